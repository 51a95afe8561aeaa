package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.report.Report;
import org.clusterscope.report.ReportResult;
import org.clusterscope.spark.SessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report}: writes the visual report (one HTML page per reference year and sector scheme,
 * and an index) from the released layer, or from gold's free cells before the first publish.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the visual cluster report: one self-contained HTML page per reference year and sector"
        + " scheme at one NUTS level, and index.html. Reads the released layer (cs_pub) once publish has"
        + " written it, else only gold's cells whose confidentiality is free. See docs/report.md.",
        "Exit codes: 0 written, 2 bad options or configuration, 3 no data for the years asked."})
final class ReportCommand extends ClusterscopeCommand {
  @Option(names = "--out", paramLabel = "<dir>", required = true, description = "Folder of the pages, e.g. report")
  Path out;

  @Option(names = "--level", paramLabel = "<0-3>",
      description = "NUTS level of the pages (default: config report.nuts-level, the finest configured level)")
  Integer level;

  @Option(names = "--scheme", paramLabel = "<scheme>",
      description = "Sector scheme of the pages; repeatable (default: every configured scheme)")
  List<String> schemes;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    YearSelection selection = options.selection();
    Path folder = out.toAbsolutePath().normalize();
    OutputFolder.prepare(folder, detail -> Errors.reportNotWritable("--out", folder, detail));
    Report.preflight(settings, level, schemes);
    SparkSession spark = SessionFactory.start(settings);
    try {
      Report report = Report.on(spark, settings).years(selection);
      if (level != null) {
        report.level(level);
      }
      if (schemes != null) {
        report.schemes(schemes);
      }
      print(report.writeTo(folder), spec.commandLine().getOut());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The pages written, their sizes and times, and where to open them. */
  static void print(ReportResult result, PrintWriter out) {
    out.println("Report from " + result.database() + (result.released() ? " (released layer)"
        : " (gold, free cells only: publish has not written the released layer)") + ":");
    result.pages().forEach(page -> out.println("  " + page.summary()));
    out.println(String.format(java.util.Locale.ROOT, "Wrote %d pages in %.1f s; open %s", result.pages().size(),
        result.took().toMillis() / 1e3, result.index().toUri()));
    out.flush();
  }
}
