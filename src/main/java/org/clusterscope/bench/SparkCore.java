package org.clusterscope.bench;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.indicators.CoreIndicators;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.reference.SectorScheme;
import org.clusterscope.spark.RunCheckpoints;

/**
 * The core indicators with Spark: computed from the Parquet through the product's own code
 * ({@link CoreIndicators}), and read back from the gold tables the pipeline wrote.
 */
final class SparkCore {
  private SparkCore() {}

  /** Computes and collects the core result; the time covers reading the Parquet to collecting. */
  static Timed<CoreResult> compute(SparkSession spark, Settings settings, Path parquetFolder, CoreScope scope) {
    SectorScheme scheme = SectorScheme.builtIn(scope.scheme(), ReferenceData.load(settings).nace());
    return Timed.of(() -> {
      try (RunCheckpoints checkpoints = RunCheckpoints.open(spark, settings.checkpointDir(),
          "bench-core-" + java.util.UUID.randomUUID())) {
        Dataset<Row> establishments = spark.read().parquet(parquetFolder.toUri().toString());
        CoreIndicators.Result result = CoreIndicators.compute(establishments, scope.year(), scope.level(), scheme);
        return CoreResult.collect(result.regionSector(), result.regionProfile());
      }
    });
  }

  /** The same slice of the gold tables written by the pipeline run. */
  static CoreResult gold(SparkSession spark, CatalogSettings catalog, CoreScope scope) {
    return CoreResult.collect(slice(spark.table(GoldTables.REGION_SECTOR.qualifiedName(catalog)), scope),
        slice(spark.table(GoldTables.REGION_PROFILE.qualifiedName(catalog)), scope));
  }

  private static Dataset<Row> slice(Dataset<Row> table, CoreScope scope) {
    return table.filter(col("reference_year").equalTo(scope.year()).and(col("nuts_level").equalTo(scope.level()))
        .and(col("sector_scheme").equalTo(scope.scheme())));
  }
}
