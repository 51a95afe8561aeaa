package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;

/**
 * Ingest: input files to {@code cs_bronze.register}. Records that cannot be read as one record
 * of the header's shape, or whose reference year is unreadable or out of range, are quarantined;
 * records of years outside {@code --year(s)} are excluded; the rest land in bronze as text, with
 * lineage. Each (source, year) in bronze is replaced as a whole, so a rerun is idempotent.
 */
public final class IngestStage {
  private static final String STAGE = "ingest";
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
    settings.sources().forEach(source -> InputFiles.list(source, hadoop));
  }

  /** @return the reference years written to bronze, over all sources */
  public IngestResult execute(YearSelection selection) {
    List<SourceSettings> sources = ctx.settings().sources();
    if (sources.isEmpty()) {
      throw Errors.noSources();
    }
    ctx.tables().ensure(List.of(PipelineTables.BRONZE_REGISTER));
    SortedSet<Integer> years = new TreeSet<>();
    List<SourceCounts> counts = new ArrayList<>();
    for (SourceSettings source : sources) {
      ctx.describe("ingest: " + source.name(), () -> {
        counts.add(ingest(source, selection, years));
        return null;
      });
    }
    ctx.audit().addYears(years);
    return new IngestResult(years, counts);
  }

  private SourceCounts ingest(SourceSettings source, YearSelection selection, SortedSet<Integer> years) {
    Dataset<Row> parsed = new RegisterCsvReader(ctx.spark()).read(source)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long read = parsed.count();
      // Checkpointed: counts, quarantine and bronze all read it (see ConformStage).
      Dataset<Row> classified = classify(parsed, selection, ctx.settings().conform()).localCheckpoint();
      SourceCounts counts = RecordOutcomes.settle(ctx, classified, read, source.name(), STAGE);
      Dataset<Row> accepted = classified.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
          .withColumn("run_id", lit(ctx.audit().runId()));
      SortedSet<Integer> present = new TreeSet<>();
      accepted.select("reference_year").distinct().collectAsList().forEach(r -> present.add(r.getInt(0)));
      SortedSet<Integer> replaced = selection.years().orElse(present);
      long version = ctx.tables().replaceYears(PipelineTables.BRONZE_REGISTER, accepted, replaced, source.name());
      ctx.audit().addVersion(ctx.table(PipelineTables.BRONZE_REGISTER), version);
      years.addAll(replaced);
      return counts;
    } finally {
      parsed.unpersist();
    }
  }

  /** Adds reference_year (INT) and the ingest outcome with its reason (also used by {@code validate}). */
  public static Dataset<Row> classify(Dataset<Row> parsed, YearSelection selection, ConformSettings rules) {
    Column raw = col("reference_year_raw");
    Column wellFormed = raw.rlike("^[0-9]{4}$");
    Column year = when(wellFormed, raw.cast("int"));
    Column yearReason = when(raw.isNull(), lit("reference_year is empty"))
        .when(not(wellFormed), concat(lit("reference_year '"), raw, lit("' is not a four-digit year")))
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
