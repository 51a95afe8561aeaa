package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

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
  private static final String[] SCOPE = {"reference_year", "nuts_level", "sector_scheme"};

  private SectorProfileIndicators() {}

  /** @param pci {@link Complexity#pci} */
  static Dataset<Row> compute(Dataset<Row> regionSector, Dataset<Row> pci) {
    Dataset<Row> regionsOfLevel = regionSector
        .select(col(SCOPE[0]), col(SCOPE[1]), col(SCOPE[2]), col("region_code"),
            Formulas.ratio(col("region_employment"), col("total_employment")).as("x"))
        .distinct()
        .groupBy(SCOPE[0], SCOPE[1], SCOPE[2])
        .agg(sum(col("x").multiply(col("x"))).as("sum_x2_all"));

    WindowSpec lorenz = Window.partitionBy(SCOPE[0], SCOPE[1], SCOPE[2], "sector_code")
        .orderBy(col("focus").asc_nulls_first(), col("region_code"))
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column s = col("size_share");
    Column x = Formulas.ratio(col("region_employment"), col("total_employment"));
    Dataset<Row> cells = regionSector
        .withColumn("x", x)
        .withColumn("lorenz_height", sum(s).over(lorenz))
        // area of the trapezoid between the previous and this region on the Lorenz curve
        .withColumn("lorenz_area", col("x").multiply(col("lorenz_height").multiply(2).minus(s)).divide(2));

    Column sumX2 = col("sum_x2_all");
    // Establishment sizes are known only from microdata: one aggregated (SBS) cell makes it NULL.
    Column plantH = when(count("squared_sizes").equalTo(count(lit(1))),
        Formulas.ratio(sum("squared_sizes"), first("sector_employment").multiply(first("sector_employment"))));
    Dataset<Row> profile = cells.join(regionsOfLevel, SCOPE)
        .groupBy(col(SCOPE[0]), col(SCOPE[1]), col(SCOPE[2]), col("sector_code"))
        .agg(first("sector_label").as("sector_label"),
            first("sector_employment").as("employment"),
            sum("establishments").as("establishments"),
            count(when(col("employment").gt(0), lit(1))).as("regions_present"),
            sum(s.multiply(s)).as("herfindahl_regions"),
            Formulas.nonNegative(sum(abs(s.minus(col("x")))).plus(lit(1.0)).minus(sum("x"))).as("krugman_concentration"),
            Formulas.nonNegative(lit(0.5).minus(sum("lorenz_area"))).as("locational_gini"),
            plantH.as("plant_herfindahl"),
            // G = Σ_present (s − x)² + Σ_absent x² = Σ_present (s − x)² + Σ_all x² − Σ_present x²
            sum(s.minus(col("x")).multiply(s.minus(col("x")))).plus(first(sumX2))
                .minus(sum(col("x").multiply(col("x")))).as("g"),
            first(sumX2).as("sum_x2"),
            count(when(col("strong_cluster"), lit(1))).as("strong_clusters"))
        .withColumn("ellison_glaeser", Formulas.ellisonGlaeser(col("g"), col("sum_x2"), col("plant_herfindahl")))
        .withColumn("maurel_sedillot",
            Formulas.maurelSedillot(col("herfindahl_regions"), col("sum_x2"), col("plant_herfindahl")))
        .withColumn("locational_gini", when(col("employment").gt(0), col("locational_gini")));
    return profile.join(pci, new String[] {SCOPE[0], SCOPE[1], SCOPE[2], "sector_code"}, "left");
  }
}
