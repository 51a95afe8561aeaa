package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.Grain;

/** {@code region_links}: activities joining two regions, and their pair weight (docs/design.md 4.5). */
final class RegionLinks {
  private RegionLinks() {}

  /**
   * Region pairs per activity (a < b) that share a pair of distinct participants, with the pair
   * weight (n_a n_b − Σ_p w_pa w_pb) / C(n, 2) (docs/design.md 4.5): each region row paired with the
   * activity's later regions, so the cost is the square of an activity's regions, not of its
   * participants. Two regions joined only by one participant with an address in each are no link.
   *
   * @param regions {@link ActivityRegions#regions}: per activity and region, its place, the
   *     activity's n and places
   */
  static Dataset<Row> activityPairs(Dataset<Row> regions) {
    Column later = filter(col(ActivityRegions.PLACES), p -> p.getField("region").gt(col("region")));
    Column pairs = LinkFormulas.pairsBetween(col(ActivityRegions.PLACE), col("b"));
    return regions.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"),
            col("region").as("region_a"), col("country_code").as("country_a"), col(ActivityRegions.PLACE), col("n"),
            explode(later).as("b"))
        .filter(LinkFormulas.linked(pairs))
        .select(col("source"), col("reference_year"), col("nuts_level"), col("activity"), col("region_a"),
            col("country_a"), col("b.region").as("region_b"), col("b.country_code").as("country_b"),
            LinkFormulas.perPair(pairs, col("n")).as("pair_weight"));
  }

  static Dataset<Row> compute(Dataset<Row> activityPairs) {
    return activityPairs
        .groupBy(Grain.REGION_LINKS.with("country_a", "country_b").cols())
        .agg(count(lit(1)).as("links"), sum("pair_weight").as("weight"))
        .withColumn("cross_border", col("country_a").notEqual(col("country_b")));
  }
}
