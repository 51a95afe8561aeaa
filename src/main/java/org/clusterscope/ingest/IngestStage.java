package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.QualityCheck;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;

/**
 * Ingest: input files to the bronze tables. Records that cannot be read as one record of the
 * header's shape, or whose reference year is unreadable or out of range, are quarantined; records
 * of years outside {@code --year(s)} are excluded; the rest land in bronze as text, with lineage.
 * Each (source, year) in bronze is replaced as a whole, or, for deliveries whose year is known only
 * after conform (REGPAT, CORDIS), each source part, so a rerun is idempotent.
 */
public final class IngestStage {
  private static final String STAGE = "ingest";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestStage.class);
  private final StageContext ctx;

  public IngestStage(StageContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Checks, without Spark, that every source is configured and its files exist, so that a
   * missing delivery fails in a second with exit code 3 rather than after Spark has started.
   */
  public static void checkInputs(org.clusterscope.config.Settings settings) {
    if (settings.sources().isEmpty()) {
      throw Errors.noSources();
    }
    org.apache.hadoop.conf.Configuration hadoop = new org.apache.hadoop.conf.Configuration();
    settings.sources().forEach(source -> source.format().parts()
        .forEach(part -> InputFiles.list(source, part, hadoop)));
    for (SourceSettings source : settings.sources()) {
      source.option("commune-nuts").ifPresent(path -> InputFiles.requireOptionFile(
          "clusterscope.sources." + source.name() + ".options.commune-nuts", path, hadoop));
    }
  }

  /** @return the reference years written to bronze, over all sources */
  public IngestResult execute(YearSelection selection) {
    List<SourceSettings> sources = ctx.settings().sources();
    if (sources.isEmpty()) {
      throw Errors.noSources();
    }
    ctx.tables().ensure(bronzeTables(sources));
    SortedSet<Integer> years = new TreeSet<>();
    List<SourceCounts> counts = new ArrayList<>();
    for (SourceSettings source : sources) {
      ctx.describe("ingest: " + source.name(), () -> {
        ingest(source, selection, years, counts);
        return null;
      });
    }
    ctx.audit().addYears(years);
    return new IngestResult(years, counts);
  }

  /** The bronze tables the configured sources write. */
  public static List<TableSpec> bronzeTables(List<SourceSettings> sources) {
    Set<TableSpec> tables = new LinkedHashSet<>();
    for (SourceSettings source : sources) {
      switch (source.format()) {
        case REGISTER_CSV, SIRENE -> tables.add(PipelineTables.BRONZE_REGISTER);
        case SBS -> tables.add(PipelineTables.BRONZE_SBS);
        case REGPAT -> tables.addAll(List.of(PipelineTables.BRONZE_REGPAT_PERSONS, PipelineTables.BRONZE_REGPAT_IPC));
        case CORDIS -> tables.addAll(List.of(PipelineTables.BRONZE_CORDIS_ORGANIZATIONS, PipelineTables.BRONZE_CORDIS_PROJECTS));
        default -> throw new IllegalStateException("No bronze table for " + source.format());
      }
    }
    return List.copyOf(tables);
  }

  private void ingest(SourceSettings source, YearSelection selection, SortedSet<Integer> years, List<SourceCounts> counts) {
    for (Part part : source.format().parts()) {
      if (!source.paths(part).isEmpty()) {
        List<QualityCheck> notices = InputNotices.of(source, part, ctx.spark().sparkContext().hadoopConfiguration());
        notices.forEach(n -> LOG.warn("Run {}: {}", ctx.audit().runId(), n.summary()));
        ctx.audit().addChecks(notices);
      }
    }
    switch (source.format()) {
      case REGISTER_CSV, SIRENE, SBS -> {
        TableSpec table = source.format() == SourceFormat.SBS ? PipelineTables.BRONZE_SBS : PipelineTables.BRONZE_REGISTER;
        counts.add(yearly(source, read(ctx.spark(), ctx.settings().ingest(), source, Part.RECORDS), table, selection, years));
      }
      case REGPAT, CORDIS -> {
        for (Part part : source.format().parts()) {
          if (!source.paths(part).isEmpty()) {
            counts.add(whole(source, part, read(ctx.spark(), ctx.settings().ingest(), source, part)));
          }
        }
      }
      default -> throw new IllegalStateException("No reader for " + source.format());
    }
  }

  /**
   * The parsed records of one part of a source, as rows of its layout (also used by
   * {@code validate}). A SIRENE record without anneeEffectifsEtablissement (a non-employer unit)
   * takes the source's {@code reference-year} option, if set.
   */
  public static Dataset<Row> read(SparkSession spark, IngestSettings bounds, SourceSettings source, Part part) {
    return switch (source.format()) {
      case REGISTER_CSV -> new LineRecordReader(spark, bounds).read(source, part, RecordLayout.register(delimiter(source)));
      case SIRENE -> {
        Dataset<Row> parsed = new LineRecordReader(spark, bounds).read(source, part, RecordLayout.sirene());
        yield source.option("reference-year")
            .map(year -> parsed.withColumn("reference_year_raw",
                when(col("reason_code").isNull(), coalesce(col("reference_year_raw"), lit(year)))))
            .orElse(parsed);
      }
      case SBS -> new SbsReader(spark).read(source);
      case REGPAT -> new LineRecordReader(spark, bounds).read(source, part, switch (part) {
        case INVENTORS -> RecordLayout.regpatPersons("inv_share");
        case APPLICANTS -> RecordLayout.regpatPersons("app_share");
        default -> RecordLayout.regpatIpc();
      });
      case CORDIS -> new MultiLineRecordReader(spark, bounds).read(source, part,
          part == Part.PROJECTS ? RecordLayout.cordisProjects() : RecordLayout.cordisOrganizations());
    };
  }

  /** A source whose records carry their year: bronze replaces the years it holds. */
  private SourceCounts yearly(SourceSettings source, Dataset<Row> read, TableSpec table,
      YearSelection selection, SortedSet<Integer> years) {
    // Not cached: one aggregation gives the counts and the years, then the quarantine (when there
    // is one) and bronze each parse the files again. Parsing is cheap next to building a columnar
    // cache of every record, which took longer than the bronze write itself (measured on 4.3
    // million register records).
    Dataset<Row> classified = classify(read, selection, ctx.settings().conform());
    RecordOutcomes.YearlyCounts counted = RecordOutcomes.countWithYears(classified, source.name(), STAGE);
    SourceCounts counts = RecordOutcomes.settle(ctx, classified, counted.counts());
    Dataset<Row> accepted = classified.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
        .withColumn("run_id", lit(ctx.audit().runId()));
    SortedSet<Integer> replaced = selection.years().orElse(counted.acceptedYears());
    long version = ctx.tables().replaceYears(table, accepted, replaced, source.name());
    ctx.audit().addVersion(ctx.table(table), version);
    years.addAll(replaced);
    return counts;
  }

  /**
   * A part of a complete delivery (REGPAT, CORDIS) whose year is known only after conform joins
   * its files: bronze replaces the part as a whole, whatever --year says (conform applies it).
   */
  private SourceCounts whole(SourceSettings source, Part part, Dataset<Row> read) {
    String recordSet = source.recordSet(part);
    // Not cached, as in yearly().
    Dataset<Row> classified = classifyRecords(read);
    SourceCounts counts = RecordOutcomes.settle(ctx, classified,
        RecordOutcomes.countWithYears(classified, recordSet, STAGE).counts());
    TableSpec table = switch (part) {
      case INVENTORS, APPLICANTS -> PipelineTables.BRONZE_REGPAT_PERSONS;
      case IPC -> PipelineTables.BRONZE_REGPAT_IPC;
      case ORGANIZATIONS -> PipelineTables.BRONZE_CORDIS_ORGANIZATIONS;
      case PROJECTS -> PipelineTables.BRONZE_CORDIS_PROJECTS;
      default -> throw new IllegalStateException("No bronze table for part " + part);
    };
    Dataset<Row> accepted = classified.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
        .withColumn("run_id", lit(ctx.audit().runId()));
    Optional<String> personRole = regpatRole(part);
    if (personRole.isPresent()) {
      accepted = accepted.withColumn("role", lit(personRole.get()));
    }
    long version = ctx.tables().replaceSource(table, accepted, recordSet);
    ctx.audit().addVersion(ctx.table(table), version);
    return counts;
  }

  /**
   * The role a REGPAT person file gives its rows (its files have no role column); empty for the
   * other parts, CORDIS organisations among them, whose {@code role} column is the source's own
   * (coordinator, participant, ...).
   */
  public static Optional<String> regpatRole(Part part) {
    return switch (part) {
      case INVENTORS -> Optional.of("inventor");
      case APPLICANTS -> Optional.of("applicant");
      default -> Optional.empty();
    };
  }

  /** The ingest outcome of records without a year of their own (also used by {@code validate}). */
  public static Dataset<Row> classifyRecords(Dataset<Row> parsed) {
    return parsed
        .withColumn("reference_year", lit(null).cast("int"))
        .withColumn("outcome", when(col("reason_code").isNotNull(), lit(RecordOutcomes.QUARANTINED))
            .otherwise(lit(RecordOutcomes.ACCEPTED)));
  }

  private static char delimiter(SourceSettings source) {
    String value = source.option("delimiter", ",");
    String unescaped = value.equals("\\t") ? "\t" : value;
    if (unescaped.length() != 1) {
      throw Errors.invalidConfigValue("clusterscope.sources." + source.name() + ".options.delimiter",
          "config", "a single character such as , or ; (got '" + value + "')");
    }
    return unescaped.charAt(0);
  }

  /** Adds reference_year (INT) and the ingest outcome with its reason (also used by {@code validate}). */
  public static Dataset<Row> classify(Dataset<Row> parsed, YearSelection selection, ConformSettings rules) {
    Column raw = col("reference_year_raw");
    Column wellFormed = raw.rlike("^[0-9]{4}$");
    Column year = when(wellFormed, raw.cast("int"));
    Column yearReason = when(raw.isNull(), lit("reference_year is empty"))
        .when(not(wellFormed), concat(lit("reference_year "), QuotedValue.of(raw), lit(" is not a four-digit year")))
        .when(year.gt(rules.maxReferenceYear()), concat(lit("reference_year "), raw,
            lit(" is after the newest accepted year " + rules.maxReferenceYear()
                + " (clusterscope.conform.max-reference-year)")))
        .when(year.lt(rules.minReferenceYear()), concat(lit("reference_year "), raw,
            lit(" is before the oldest accepted year " + rules.minReferenceYear()
                + " (clusterscope.conform.min-reference-year)")));
    Column reasonCode = coalesce(col("reason_code"),
        when(yearReason.isNotNull(), lit(QuarantineReason.INVALID_YEAR.code())));
    Column reasonDetail = coalesce(col("reason_detail"), yearReason);
    Column inSelection = selection.years()
        .map(ys -> year.isin(ys.toArray()))
        .orElse(lit(true));
    return parsed
        .withColumn("reference_year", year)
        .withColumn("reason_detail", reasonDetail)
        .withColumn("reason_code", reasonCode)
        .withColumn("outcome",
            when(col("reason_code").isNotNull(), lit(RecordOutcomes.QUARANTINED))
                .when(not(inSelection), lit(RecordOutcomes.EXCLUDED))
                .otherwise(lit(RecordOutcomes.ACCEPTED)))
        .withColumn("reason_code",
            when(col("outcome").equalTo(RecordOutcomes.EXCLUDED), lit("out_of_selected_years"))
                .otherwise(col("reason_code")))
        .withColumnRenamed("reference_year_raw", "reference_year_text");
  }

  /** What ingest wrote: the years per source in bronze, and the counts. */
  public record IngestResult(SortedSet<Integer> years, List<SourceCounts> counts) {}
}
