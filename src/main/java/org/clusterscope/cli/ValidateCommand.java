package org.clusterscope.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.conform.ConformStage;
import org.clusterscope.errors.Errors;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.ingest.RegisterCsvReader;
import org.clusterscope.ops.QualityCheck;
import org.clusterscope.ops.QualityGate;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.spark.SessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks the configuration, the reference data and every input record with the same rules as
 * {@code ingest} and {@code conform}, and reports what would be accepted and rejected, without
 * writing anything and without the catalog. Exits 3 when a source's quarantined share exceeds
 * {@code clusterscope.quality.max-quarantine-share}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check config and inputs; report accepted and rejected records; write nothing.")
final class ValidateCommand implements Callable<Integer>, VerboseAware {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--examples", paramLabel = "<n>", description = "Examples shown per reason (default: ${DEFAULT-VALUE})")
  int examples = 3;

  @Override
  public boolean verbose() {
    return options != null && options.verbose;
  }

  @Override
  public Integer call() {
    Settings settings = options.settings();
    YearSelection selection = options.selection();
    ReferenceData reference = ReferenceData.load(settings);
    if (settings.sources().isEmpty()) {
      throw Errors.noSources();
    }
    PrintWriter out = spec.commandLine().getOut();
    SparkSession spark = SessionFactory.startWithoutCatalog(settings);
    boolean failed = false;
    try {
      for (SourceSettings source : settings.sources()) {
        failed |= report(spark, settings, selection, reference, source, out);
      }
    } finally {
      spark.stop();
    }
    out.println(failed ? "Validation FAILED: see the checks above." : "Validation passed.");
    out.flush();
    return failed ? 3 : 0;
  }

  private boolean report(SparkSession spark, Settings settings, YearSelection selection,
      ReferenceData reference, SourceSettings source, PrintWriter out) {
    Dataset<Row> parsed = new RegisterCsvReader(spark).read(source).persist(StorageLevel.MEMORY_AND_DISK());
    long read = parsed.count();
    Dataset<Row> ingested = IngestStage.classify(parsed, selection, settings.conform());
    Dataset<Row> ingestRejected = ingested.filter(col("outcome").notEqual(RecordOutcomes.ACCEPTED))
        .select("outcome", "reason_code", "reason_detail", "source_file", "line_number");
    Dataset<Row> conformed = ConformStage.classify(
            ingested.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
                .drop("outcome", "reason_code", "reason_detail"),
            settings.conform(), reference)
        .select("outcome", "reason_code", "reason_detail", "source_file", "line_number");
    Dataset<Row> outcomes = ingestRejected.unionByName(conformed).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SourceCounts counts = RecordOutcomes.count(outcomes, read, source.name(), "validate");
      out.println(counts.summary());
      List<Row> shown = outcomes.filter(col("outcome").equalTo(RecordOutcomes.QUARANTINED))
          .withColumn("n", row_number().over(Window.partitionBy("reason_code").orderBy("source_file", "line_number")))
          .filter(col("n").leq(examples))
          .orderBy("reason_code", "source_file", "line_number")
          .collectAsList();
      for (Row r : shown) {
        out.println(String.format(Locale.ROOT, "  %-20s %s line %d: %s", r.getString(1), r.getString(3), r.getLong(4), r.getString(2)));
      }
      boolean failed = false;
      for (QualityCheck check : new QualityGate(settings.maxQuarantineShare()).evaluate(counts)) {
        out.println("  check " + check.check() + " (" + check.severity() + "): " + (check.passed() ? "passed" : "FAILED") + " - " + check.detail());
        failed |= check.failsRun();
      }
      return failed;
    } finally {
      outcomes.unpersist();
      parsed.unpersist();
    }
  }
}
