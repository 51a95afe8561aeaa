package org.clusterscope.cli;

import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.ops.QualityCheck;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.InputValidation;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.spark.SessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Checks the configuration, the reference data and every input record with the rules of
 * {@code ingest} and {@code conform}, and reports what would be accepted and rejected, without
 * writing anything and without the catalog (so it can run beside a process holding it). Exits 3
 * when a source fails a quality check, e.g. too many rejected records.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check config and inputs; report accepted and rejected records; write nothing.")
final class ValidateCommand extends ClusterscopeCommand {

  @Option(names = "--examples", paramLabel = "<n>", description = "Examples shown per reason (default: ${DEFAULT-VALUE})")
  int examples = 3;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    YearSelection selection = options.selection();
    ReferenceData reference = ReferenceData.load(settings);
    IngestStage.checkInputs(settings);
    PrintWriter out = spec.commandLine().getOut();
    SparkSession spark = SessionFactory.startWithoutCatalog(settings);
    boolean failed = false;
    try {
      for (InputValidation.SourceReport report : new InputValidation(spark, settings, reference).validate(selection, examples)) {
        out.println(report.counts().summary());
        report.examples().forEach(example -> out.println("  " + example));
        for (QualityCheck check : report.checks()) {
          out.println("  check " + check.check() + " (" + check.severity() + "): "
              + (check.passed() ? "passed" : "FAILED") + " - " + check.detail());
        }
        failed |= report.failed();
      }
    } finally {
      spark.stop();
    }
    out.println(failed ? "Validation FAILED: see the checks above; nothing was written." : "Validation passed; nothing was written.");
    out.flush();
    return failed ? 3 : 0;
  }
}
