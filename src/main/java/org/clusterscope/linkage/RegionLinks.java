package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** {@code region_links}: activities joining two regions, and their pair weight (DESIGN 4.5). */
final class RegionLinks {
  private RegionLinks() {}

  /**
   * Region pairs per activity (a < b) with the pair weight n_a n_b / C(n, 2). The self-join is on
   * an activity's distinct regions, so its cost is the square of the regions, not the participants.
   *
   * @param regions {@link ActivityRegions#regions}: per activity and region, n_r and the activity's n
   */
  static Dataset<Row> activityPairs(Dataset<Row> regions) {
    Dataset<Row> a = regions.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"),
        col("region").as("region_a"), col("country_code").as("country_a"), col("n_r").as("n_a"), col("n"));
    Dataset<Row> b = regions.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"),
        col("region").as("region_b"), col("country_code").as("country_b"), col("n_r").as("n_b"));
    return a.join(b, ActivityRegions.ACTIVITY)
        .filter(col("region_a").lt(col("region_b")))
        .withColumn("pair_weight", ActivityRegions.perPair(col("n_a").multiply(col("n_b")), col("n")));
  }

  static Dataset<Row> compute(Dataset<Row> activityPairs) {
    return activityPairs
        .groupBy("reference_year", "nuts_level", "source", "region_a", "region_b", "country_a", "country_b")
        .agg(count(lit(1)).as("links"), sum("pair_weight").as("weight"))
        .withColumn("cross_border", col("country_a").notEqual(col("country_b")));
  }
}
