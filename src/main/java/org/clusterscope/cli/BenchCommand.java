package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.bench.BenchOutput;
import org.clusterscope.bench.BenchReport;
import org.clusterscope.bench.Benchmark;
import org.clusterscope.bench.CoreScope;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.lock.LockHolder;
import org.clusterscope.lock.WarehouseLock;
import org.clusterscope.spark.SessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: runs every stage with timings and checks the core indicators against DuckDB.
 * Exit 0 when the results agree, 3 when they do not.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Run the pipeline stage by stage and print, per stage, wall time, rows in and out,"
        + " rows per second and peak driver heap; compute the core region_sector and region_profile"
        + " indicators of one year, NUTS level and NACE scheme with DuckDB and with Spark, check they"
        + " agree to 1e-9, and print the Spark/DuckDB time ratio. Writes <out>/bench-<time>.json and"
        + " appends to <out>/bench.csv.",
        "Exit codes: 0 results agree, 3 they do not, 2 bad options."})
final class BenchCommand extends ClusterscopeCommand {
  @Option(names = "--level", paramLabel = "<0-3>", defaultValue = "3",
      description = "NUTS level of the DuckDB comparison (default: ${DEFAULT-VALUE})")
  int level;

  @Option(names = "--scheme", paramLabel = "<scheme>", defaultValue = "nace_division",
      description = "nace_section, nace_division or nace_class (default: ${DEFAULT-VALUE})")
  String scheme;

  @Option(names = "--out", paramLabel = "<dir>", defaultValue = "bench-results",
      description = "Folder of the JSON and CSV records (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--label", paramLabel = "<text>", defaultValue = "",
      description = "Label of this run in the records, e.g. 'eu-2023 8 partitions'")
  String label;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    YearSelection selection = options.selection();
    CoreScope.validate(level, scheme);
    IngestStage.checkInputs(settings);
    ReferenceData.load(settings);
    // bench runs the stages on the configured warehouse: it writes, so it holds the lock too.
    try (WarehouseLock lock = WarehouseLock.acquire(settings, LockHolder.startingNow("bench"), java.time.Duration.ZERO)) {
      return bench(settings, selection);
    }
  }

  private int bench(Settings settings, YearSelection selection) {
    SparkSession spark = SessionFactory.start(settings);
    try {
      Benchmark benchmark = Benchmark.on(spark, settings).core(level, scheme).years(selection).label(label)
          .arguments(String.join(" ", spec.commandLine().getParseResult().originalArgs()));
      BenchReport report = benchmark.execute();
      PrintWriter console = spec.commandLine().getOut();
      BenchOutput.print(report, console);
      console.println("Wrote " + BenchOutput.write(report, out.toAbsolutePath()) + " and "
          + out.toAbsolutePath().resolve("bench.csv"));
      console.flush();
      return report.agrees() ? ExitCode.SUCCESS.code() : ExitCode.INPUT.code();
    } finally {
      spark.stop();
    }
  }
}
