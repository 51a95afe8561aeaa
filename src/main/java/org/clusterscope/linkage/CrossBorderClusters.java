package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.LinkageSettings;
import org.clusterscope.spark.SmallTables;

/**
 * {@code cross_border_clusters} (DESIGN 4.8): a sector that is a cluster on both sides of a border
 * (stars ≥ {@code min-stars}, or a strong cluster if {@code strong-cluster} is set) in two regions
 * that are linked by co-invention or research (links ≥ {@code min-links}, summed over sources).
 * These are the candidates for cross-border cluster cooperation the policy asks for.
 */
final class CrossBorderClusters {
  /** About 100 MB as a broadcast hash table. */
  private static final long MAX_BROADCAST_CLUSTERS = 1_000_000;

  private CrossBorderClusters() {}

  static Dataset<Row> compute(Dataset<Row> regionLinks, Dataset<Row> regionSector, LinkageSettings.CrossBorder rule) {
    Dataset<Row> linked = regionLinks.filter(col("cross_border"))
        .groupBy("reference_year", "nuts_level", "region_a", "region_b", "country_a", "country_b")
        .agg(sum("links").as("links"), sum("weight").as("weight"))
        .filter(col("links").geq(rule.minLinks()));
    Column cluster = col("stars").geq(rule.minStars());
    if (rule.strongCluster()) {
      cluster = cluster.or(col("strong_cluster"));
    }
    // A custom scheme's residual sector 'other' (whatever is in no category) is no cluster.
    // Clusters are a few percent of region_sector, so both joins are broadcast: the first join
    // gives every linked pair all clusters of its region a (many times the result) and a shuffle
    // of that would cost more than the rest of the table.
    Dataset<Row> clusters = SmallTables.broadcastIfSmall(regionSector.filter(cluster.and(col("sector_code").notEqual("other")))
        .select(col("reference_year"), col("nuts_level"), col("region_code"), col("sector_scheme"), col("sector_code"),
            col("stars"), col("lq"), col("employment")), MAX_BROADCAST_CLUSTERS);
    Dataset<Row> a = clusters.select(col("reference_year"), col("nuts_level"), col("region_code").as("region_a"),
        col("sector_scheme"), col("sector_code"), col("stars").as("stars_a"), col("lq").as("lq_a"), col("employment").as("employment_a"));
    Dataset<Row> b = clusters.select(col("reference_year"), col("nuts_level"), col("region_code").as("region_b"),
        col("sector_scheme"), col("sector_code"), col("stars").as("stars_b"), col("lq").as("lq_b"), col("employment").as("employment_b"));
    return linked
        .join(a, new String[] {"reference_year", "nuts_level", "region_a"})
        .join(b, new String[] {"reference_year", "nuts_level", "region_b", "sector_scheme", "sector_code"});
  }
}
