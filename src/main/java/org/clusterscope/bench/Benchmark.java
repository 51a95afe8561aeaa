package org.clusterscope.bench;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.ops.YearSelection;

/**
 * {@code jobs/clusterscope bench}: runs the pipeline stage by stage in one session, measuring
 * each, then compares the core indicators of one year, level and scheme computed by DuckDB and
 * by Spark (see {@link CoreBenchmark}). Built with fluent options, run by {@link #execute()}.
 */
public final class Benchmark {
  private final SparkSession spark;
  private final Settings settings;
  private YearSelection selection = YearSelection.all();
  private int level = 3;
  private String scheme = "nace_division";
  private String label = "";
  private String arguments = "bench";

  private Benchmark(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  public static Benchmark on(SparkSession spark, Settings settings) {
    return new Benchmark(spark, settings);
  }

  public Benchmark years(YearSelection years) {
    this.selection = years;
    return this;
  }

  /** NUTS level and built-in NACE scheme of the core comparison. */
  public Benchmark core(int nutsLevel, String sectorScheme) {
    CoreScope.validate(nutsLevel, sectorScheme);
    this.level = nutsLevel;
    this.scheme = sectorScheme;
    return this;
  }

  public Benchmark label(String text) {
    this.label = text;
    return this;
  }

  /** The command line, recorded in each stage's cs_ops.runs row. */
  public Benchmark arguments(String commandLine) {
    this.arguments = commandLine;
    return this;
  }

  public BenchReport execute() {
    Instant started = Instant.now();
    List<StageFigures> stages = new PipelineStages(spark, settings, arguments).run(selection);
    CoreFigures core = new CoreBenchmark(spark, settings).run(selection, level, scheme);
    return new BenchReport(label, started, settings.configFile().toString(), BenchEnvironment.gitCommit(),
        spark.sparkContext().master(), spark.conf().get("spark.sql.shuffle.partitions"),
        BenchEnvironment.inputBytes(settings), stages, core);
  }
}
