package org.clusterscope.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.conform.ConformStage;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.ingest.RegisterCsvReader;
import org.clusterscope.ops.QualityCheck;
import org.clusterscope.ops.QualityGate;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.reference.ReferenceData;

/**
 * What {@code ingest} and {@code conform} would do with every input record, computed with the
 * same rules but without writing anything: counts by outcome and reason, the first examples of
 * each reason, and the quality checks that would gate a run.
 */
public final class InputValidation {
  private final SparkSession spark;
  private final Settings settings;
  private final ReferenceData reference;

  public InputValidation(SparkSession spark, Settings settings, ReferenceData reference) {
    this.spark = spark;
    this.settings = settings;
    this.reference = reference;
  }

  /** The verdict on one source. */
  public record SourceReport(SourceCounts counts, List<String> examples, List<QualityCheck> checks) {
    public boolean failed() {
      return checks.stream().anyMatch(QualityCheck::failsRun);
    }
  }

  public List<SourceReport> validate(YearSelection selection, int examplesPerReason) {
    List<SourceReport> reports = new ArrayList<>();
    for (SourceSettings source : settings.sources()) {
      reports.add(validate(source, selection, examplesPerReason));
    }
    return reports;
  }

  private SourceReport validate(SourceSettings source, YearSelection selection, int examplesPerReason) {
    Dataset<Row> parsed = new RegisterCsvReader(spark).read(source).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long read = parsed.count();
      Dataset<Row> ingested = IngestStage.classify(parsed, selection, settings.conform());
      Column[] outcome = {col("outcome"), col("reason_code"), col("reason_detail"), col("source_file"), col("line_number")};
      Dataset<Row> ingestRejected = ingested.filter(col("outcome").notEqual(RecordOutcomes.ACCEPTED))
          .select(outcome);
      Dataset<Row> conformed = ConformStage.classify(
              ingested.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
                  .drop("outcome", "reason_code", "reason_detail"),
              settings.conform(), reference)
          .select(outcome);
      Dataset<Row> outcomes = ingestRejected.unionByName(conformed).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        SourceCounts counts = RecordOutcomes.count(outcomes, read, source.name(), "validate");
        List<String> examples = new ArrayList<>();
        for (Row r : outcomes.filter(col("outcome").equalTo(RecordOutcomes.QUARANTINED))
            .withColumn("n", row_number().over(Window.partitionBy("reason_code").orderBy("source_file", "line_number")))
            .filter(col("n").leq(examplesPerReason))
            .orderBy("reason_code", "source_file", "line_number")
            .collectAsList()) {
          examples.add(String.format(Locale.ROOT, "%-20s %s line %d: %s",
              r.getString(1), r.getString(3), r.getLong(4), r.getString(2)));
        }
        return new SourceReport(counts, examples, new QualityGate(settings.maxQuarantineShare()).evaluate(counts));
      } finally {
        outcomes.unpersist();
      }
    } finally {
      parsed.unpersist();
    }
  }
}
