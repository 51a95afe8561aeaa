package org.clusterscope.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.conform.ConformFormat;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.ingest.IngestFormat;
import org.clusterscope.ingest.IngestStage;
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
      reports.addAll(validate(source, selection, examplesPerReason));
    }
    return reports;
  }

  /** One report per part of the source (a REGPAT delivery has its inventors, IPC, ...). */
  private List<SourceReport> validate(SourceSettings source, YearSelection selection, int examplesPerReason) {
    Map<Part, Dataset<Row>> parsed = new LinkedHashMap<>();
    Map<Part, Long> read = new LinkedHashMap<>();
    Map<Part, Dataset<Row>> ingested = new LinkedHashMap<>();
    Map<Part, Dataset<Row>> accepted = new LinkedHashMap<>();
    IngestFormat format = IngestFormat.of(source.format());
    try {
      for (Part part : source.format().parts()) {
        if (source.paths(part).isEmpty()) {
          continue;
        }
        Dataset<Row> rows = format.read(spark, settings.ingest(), source, part).persist(StorageLevel.MEMORY_AND_DISK());
        parsed.put(part, rows);
        read.put(part, rows.count());
        Dataset<Row> classified = format.yearly()
            ? IngestStage.classify(rows, selection, settings.conform())
            : IngestStage.classifyRecords(rows);
        ingested.put(part, classified);
        Dataset<Row> ok = classified.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
            .drop("outcome", "reason_code", "reason_detail");
        accepted.put(part, ok);
      }
      Map<Part, Dataset<Row>> conformed = ConformFormat.of(source.format())
          .classify(spark, source, accepted, settings, reference, selection);
      List<SourceReport> reports = new ArrayList<>();
      for (Part part : ingested.keySet()) {
        Dataset<Row> outcomes = ingested.get(part).filter(col("outcome").notEqual(RecordOutcomes.ACCEPTED))
            .select(OUTCOME).unionByName(conformed.get(part).select(OUTCOME));
        reports.add(report(outcomes, read.get(part), source.recordSet(part), examplesPerReason));
      }
      return reports;
    } finally {
      parsed.values().forEach(Dataset::unpersist);
    }
  }

  private static final Column[] OUTCOME = {col("outcome"), col("reason_code"), col("reason_detail"),
      col("source_file"), col("line_number")};

  private SourceReport report(Dataset<Row> rows, long read, String recordSet, int examplesPerReason) {
    Dataset<Row> outcomes = rows.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SourceCounts counts = RecordOutcomes.count(outcomes, read, recordSet, "validate");
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
  }
}
