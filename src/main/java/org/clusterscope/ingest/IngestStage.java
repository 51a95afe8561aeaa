package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.QualityCheck;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageResult;
import org.clusterscope.ops.StageTables;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/**
 * Ingest: input files to the bronze tables. Records that cannot be read as one record of the
 * header's shape, or whose reference year is unreadable or out of range, are quarantined; records
 * of years outside {@code --year(s)} are excluded; the rest land in bronze as text, with lineage.
 * Each (source, year) in bronze is replaced as a whole, or, for deliveries whose year is known only
 * after conform (REGPAT, CORDIS), each source part, so a rerun is idempotent. What differs by
 * format (readers, bronze tables) is the format's {@link IngestFormat}.
 */
public final class IngestStage implements Stage {
  private static final String STAGE = "ingest";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestStage.class);

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

  @Override
  public String name() {
    return STAGE;
  }

  /** No input tables (ingest reads files); the bronze tables of the configured sources. */
  @Override
  public StageTables tables(List<SourceSettings> sources) {
    return new StageTables(List.of(), IngestFormat.bronzeTables(sources));
  }

  @Override
  public boolean readsReference() {
    return false;
  }

  /** Ingests the user's selection; the result is the reference years written to bronze, over all sources. */
  @Override
  public StageResult execute(StageContext ctx, Supplier<ReferenceData> reference, StageYears years) {
    List<SourceSettings> sources = ctx.settings().sources();
    if (sources.isEmpty()) {
      throw Errors.noSources();
    }
    SortedSet<Integer> written = new TreeSet<>();
    for (SourceSettings source : sources) {
      ctx.describe("ingest: " + source.name(), () -> {
        ingest(ctx, source, years.requested(), written);
        return null;
      });
    }
    ctx.audit().addYears(written);
    return StageResult.chained(written, years);
  }

  private static void ingest(StageContext ctx, SourceSettings source, YearSelection selection, SortedSet<Integer> years) {
    for (Part part : source.format().parts()) {
      if (!source.paths(part).isEmpty()) {
        List<QualityCheck> notices = InputNotices.of(source, part, ctx.spark().sparkContext().hadoopConfiguration());
        notices.forEach(n -> LOG.warn("Run {}: {}", ctx.audit().runId(), n.summary()));
        ctx.audit().addChecks(notices);
      }
    }
    IngestFormat format = IngestFormat.of(source.format());
    if (format.yearly()) {
      yearly(ctx, source, format.read(ctx.spark(), ctx.settings().ingest(), source, Part.RECORDS),
          format.bronzeTable(Part.RECORDS), selection, years);
      return;
    }
    for (Part part : source.format().parts()) {
      if (!source.paths(part).isEmpty()) {
        whole(ctx, source, part, format);
      }
    }
  }

  /** A source whose records carry their year: bronze replaces the years it holds. */
  private static void yearly(StageContext ctx, SourceSettings source, Dataset<Row> read, TableSpec table,
      YearSelection selection, SortedSet<Integer> years) {
    // Not cached: one aggregation gives the counts and the years, then the quarantine (when there
    // is one) and bronze each parse the files again. Parsing is cheap next to building a columnar
    // cache of every record, which took longer than the bronze write itself (measured on 4.3
    // million register records).
    Dataset<Row> classified = classify(read, selection, ctx.settings().conform());
    RecordOutcomes.FileYearCounts withFiles = RecordOutcomes.countWithFileYears(classified, source.name(), STAGE);
    RecordOutcomes.YearlyCounts counted = withFiles.yearly();
    ctx.audit().addFileYears(withFiles.fileYears());
    RecordOutcomes.settle(ctx, classified, counted.counts());
    Dataset<Row> accepted = classified.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
        .withColumn("run_id", lit(ctx.audit().runId()));
    SortedSet<Integer> replaced = selection.years().orElse(counted.acceptedYears());
    long version = ctx.tables().replaceYears(table, accepted, replaced, source.name());
    ctx.audit().addVersion(ctx.table(table), version);
    years.addAll(replaced);
  }

  /**
   * A part of a complete delivery (REGPAT, CORDIS) whose year is known only after conform joins
   * its files: bronze replaces the part as a whole, whatever --year says (conform applies it).
   */
  private static void whole(StageContext ctx, SourceSettings source, Part part, IngestFormat format) {
    String recordSet = source.recordSet(part);
    // Not cached, as in yearly().
    Dataset<Row> classified = classifyRecords(format.read(ctx.spark(), ctx.settings().ingest(), source, part));
    RecordOutcomes.settle(ctx, classified, RecordOutcomes.countWithYears(classified, recordSet, STAGE).counts());
    TableSpec table = format.bronzeTable(part);
    Dataset<Row> accepted = format.bronzeRows(classified.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
        .withColumn("run_id", lit(ctx.audit().runId())), part);
    long version = ctx.tables().replaceSource(table, accepted, recordSet);
    ctx.audit().addVersion(ctx.table(table), version);
  }

  /** The ingest outcome of records without a year of their own (also used by {@code validate}). */
  public static Dataset<Row> classifyRecords(Dataset<Row> parsed) {
    return parsed
        .withColumn("reference_year", lit(null).cast("int"))
        .withColumn("outcome", when(col("reason_code").isNotNull(), lit(RecordOutcomes.QUARANTINED))
            .otherwise(lit(RecordOutcomes.ACCEPTED)));
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
}
