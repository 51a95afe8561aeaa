package org.clusterscope.bench;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core-indicator comparison on silver and gold tables written by a pipeline run: exports one
 * year of establishments to Parquet, computes the scope with DuckDB and with Spark, and compares
 * both, and Spark with gold.
 */
final class CoreBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(CoreBenchmark.class);

  private final SparkSession spark;
  private final Settings settings;

  CoreBenchmark(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  CoreFigures run(YearSelection selection, int level, String scheme) {
    CoreScope.validate(level, scheme);
    Dataset<Row> silver = EstablishmentsExport.silver(spark, settings);
    CoreScope scope = new CoreScope(EstablishmentsExport.year(silver, selection.years()), level, scheme);
    Path folder = EstablishmentsExport.temporaryFolder();
    try {
      Path parquet = EstablishmentsExport.write(silver, scope.year(), folder);
      long inputRows = spark.read().parquet(parquet.toUri().toString()).count();
      LOG.info("Bench: core indicators for {} on {} establishments", scope, inputRows);
      Timed<CoreResult> duck = DuckDbCore.compute(parquet, scope);
      Timed<CoreResult> sparkCore = SparkCore.compute(spark, settings, parquet, scope);
      ResultComparison duckVsSpark = ResultComparison.of("duckdb", duck.value(), "spark", sparkCore.value());
      String skipped = goldSkipped(scope);
      Optional<ResultComparison> gold = skipped.isEmpty()
          ? Optional.of(ResultComparison.of("gold", SparkCore.gold(spark, settings.catalog(), scope), "spark", sparkCore.value()))
          : Optional.empty();
      return new CoreFigures(scope, inputRows, duck.value().regionSector().size(), duck.value().regionProfile().size(),
          duck.seconds(), sparkCore.seconds(), duckVsSpark, gold, skipped);
    } finally {
      delete(folder);
    }
  }

  /**
   * Why gold cannot hold the same numbers, or "": the scope is not published, or SBS cells of the
   * year feed the NACE section and division cells of gold too.
   */
  private String goldSkipped(CoreScope scope) {
    if (!settings.indicators().sectorSchemes().contains(scope.scheme())) {
      return "scheme " + scope.scheme() + " is not in indicators.sector-schemes";
    }
    if (!settings.indicators().nutsLevels().contains(scope.level())) {
      return "NUTS level " + scope.level() + " is not in indicators.nuts-levels";
    }
    if (!scope.scheme().equals("nace_class") && sbsCellsIn(scope)) {
      return "gold also counts the SBS cells of " + scope.year();
    }
    return "";
  }

  private boolean sbsCellsIn(CoreScope scope) {
    Dataset<Row> cells = spark.table(PipelineTables.SILVER_SBS_CELLS.qualifiedName(settings.catalog()));
    if (!settings.indicators().sources().isEmpty()) {
      cells = cells.filter(col("source").isin(settings.indicators().sources().toArray()));
    }
    return !cells.filter(col("reference_year").equalTo(scope.year()).and(col("region_level").equalTo(scope.level())))
        .isEmpty();
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
