package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.commons.lang3.ArrayUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.clusterscope.publish.Grain;

/**
 * {@code cs_gold.sector_profile} (docs/design.md 4.3) from the region_sector rows. With s_r = E_rs/E_s
 * and x_r = E_r/E, regions without the sector have s_r = 0, so their part of each sum "over every
 * region" is added in closed form from Σ_all x_r and Σ_all x_r² of the level, instead of
 * materialising a region × sector grid.
 *
 * <p>The locational Gini is Krugman's (1991): the sector's Lorenz curve against the regions'
 * total employment, regions in ascending order of E_rs/E_r, Gini = 1 − 2·area, halved as in
 * EconGeo {@code locational_gini}. Regions without the sector come first with zero height, so
 * they add no area and only the present regions are summed.
 */
final class SectorProfileIndicators {
  private SectorProfileIndicators() {}

  /** @param pci {@link Complexity#pci} */
  static Dataset<Row> compute(Dataset<Row> regionSector, Dataset<Row> pci) {
    Dataset<Row> regionsOfLevel = regionSector
        .select(ArrayUtils.addAll(Grain.SCOPE.cols(), col("region_code"),
            SectorFormulas.regionShare(col("region_employment"), col("total_employment")).as("x")))
        .distinct()
        .groupBy(Grain.SCOPE.cols())
        .agg(sum(col("x").multiply(col("x"))).as("sum_x2_all"));

    WindowSpec lorenz = Window.partitionBy(Grain.SCOPE.with("sector_code").cols())
        .orderBy(col("focus").asc_nulls_first(), col("region_code"))
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column s = col("size_share");
    Column x = col("x");
    Dataset<Row> cells = regionSector
        .withColumn("x", SectorFormulas.regionShare(col("region_employment"), col("total_employment")))
        .withColumn("lorenz_height", sum(s).over(lorenz))
        .withColumn("lorenz_area", SectorFormulas.lorenzArea(x, col("lorenz_height"), s));

    Column sumX2 = col("sum_x2_all");
    Dataset<Row> profile = cells.join(regionsOfLevel, Grain.SCOPE.names())
        .groupBy(Grain.SECTOR_PROFILE.cols())
        .agg(first("sector_label").as("sector_label"),
            first("sector_employment").as("employment"),
            sum("establishments").as("establishments"),
            count(when(col("employment").gt(0), lit(1))).as("regions_present"),
            SectorFormulas.herfindahlRegions(s).as("herfindahl_regions"),
            SectorFormulas.krugmanConcentration(s, x).as("krugman_concentration"),
            SectorFormulas.locationalGini(col("lorenz_area")).as("locational_gini"),
            SectorFormulas.plantHerfindahl(col("squared_sizes"), col("sector_employment")).as("plant_herfindahl"),
            SectorFormulas.rawConcentration(s, x, sumX2).as("g"),
            first(sumX2).as("sum_x2"),
            count(when(col("strong_cluster"), lit(1))).as("strong_clusters"))
        .withColumn("ellison_glaeser",
            SectorFormulas.ellisonGlaeser(col("g"), col("sum_x2"), col("plant_herfindahl")))
        .withColumn("maurel_sedillot",
            SectorFormulas.maurelSedillot(col("herfindahl_regions"), col("sum_x2"), col("plant_herfindahl")))
        .withColumn("locational_gini", when(col("employment").gt(0), col("locational_gini")));
    return profile.join(pci, Grain.SECTOR_PROFILE.names(), "left");
  }
}
