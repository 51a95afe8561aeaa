package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.clusterscope.publish.Grain;

/**
 * {@code region_technology}: each region's fractional and whole patent counts per WIPO field,
 * the field's share of the region, and the revealed technological advantage against all regions
 * of the same level and year ({@link TechnologyFormulas#revealedTechnologicalAdvantage}).
 */
final class TechnologyIndicators {
  private TechnologyIndicators() {}

  /** @param counts {@link PatentCounts#byTechnology} joined with field labels */
  static Dataset<Row> compute(Dataset<Row> counts) {
    var region = Window.partitionBy(Grain.REGION.cols());
    var field = Window.partitionBy("reference_year", "nuts_level", "tech_field");
    var all = Window.partitionBy("reference_year", "nuts_level");
    return counts
        .withColumn("p_r", sum("patents").over(region))
        .withColumn("p_t", sum("patents").over(field))
        .withColumn("p", sum("patents").over(all))
        .withColumn("share_of_region", TechnologyFormulas.shareOfRegion(col("patents"), col("p_r")))
        .withColumn("rta",
            TechnologyFormulas.revealedTechnologicalAdvantage(col("patents"), col("p_r"), col("p_t"), col("p")))
        .withColumn("rta_symmetric", TechnologyFormulas.symmetric(col("rta")));
  }
}
