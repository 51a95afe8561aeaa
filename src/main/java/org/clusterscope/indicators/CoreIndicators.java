package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.config.IndicatorSettings;
import org.clusterscope.reference.SectorScheme;
import org.clusterscope.spark.CachedTables;

/**
 * The benchmark's access to the core indicator step: region_sector and region_profile of one
 * year, NUTS level and scheme from establishments alone, through the same {@link CellAggregate},
 * {@link RegionSectorIndicators} and {@link RegionProfileIndicators} as the indicator stage,
 * without writing tables. Labels, ECI, variety, growth and patents are left NULL: the bench
 * compares the columns that do not need them. Not used by the pipeline itself.
 */
public final class CoreIndicators {
  private static final StructType LABELS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("sector_scheme", DataTypes.StringType, false),
      DataTypes.createStructField("sector_code", DataTypes.StringType, false),
      DataTypes.createStructField("sector_label", DataTypes.StringType, true)));

  private CoreIndicators() {}

  /** region_sector and region_profile rows with the gold tables' column names. */
  public record Result(Dataset<Row> regionSector, Dataset<Row> regionProfile) {}

  /**
   * @param establishments rows with the columns of {@code cs_silver.establishments}; extra-regio
   *     rows are left out here, as in the indicator stage
   */
  public static Result compute(SparkSession spark, Dataset<Row> establishments, int year, int level,
      SectorScheme scheme, IndicatorSettings settings) {
    Dataset<Row> cells;
    try (CachedTables cache = new CachedTables()) {
      cells = CellAggregate.of(
              establishments.filter(col("extra_regio").equalTo(false).and(col("reference_year").equalTo(year))),
              List.of(level), List.of(scheme), cache)
          .localCheckpoint();
    }
    Dataset<Row> regionSector = new RegionSectorIndicators(settings)
        .compute(cells, spark.createDataFrame(List.of(), LABELS), List.of(year))
        .localCheckpoint();
    Dataset<Row> noEci = Complexity.eci(spark.createDataFrame(List.<Row>of(), Complexity.SCHEMA));
    return new Result(regionSector, RegionProfileIndicators.compute(regionSector, noEci));
  }
}
