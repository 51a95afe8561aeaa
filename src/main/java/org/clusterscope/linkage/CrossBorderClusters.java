package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.LinkageSettings;
import org.clusterscope.publish.Grain;
import org.clusterscope.spark.Checkpoints;
import org.clusterscope.spark.SmallTables;

/**
 * {@code cross_border_clusters} (docs/design.md 4.8): a sector that is a cluster on both sides of a border
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
    // Clusters are a few percent of region_sector, so they are broadcast. A linked pair's common
    // clusters are the intersection of its two regions' cluster sectors (one array per region and
    // scheme): joining every linked pair with all clusters of its region a and then filtering by
    // region b made tens of millions of rows for a result of a few hundred thousand.
    // The sets are grouped from the clusters before their broadcast mark: a mark below an
    // aggregate is no join side, and Spark logs a warning for it in every run.
    Dataset<Row> clusterRows = Checkpoints.materialise(regionSector.filter(cluster.and(col("sector_code").notEqual("other")))
        .select(col("reference_year"), col("nuts_level"), col("region_code"), col("sector_scheme"), col("sector_code"),
            col("stars"), col("lq"), col("employment")));
    Dataset<Row> clusters = SmallTables.markIfSmall(clusterRows, MAX_BROADCAST_CLUSTERS);
    Dataset<Row> sectorSets = SmallTables.broadcastIfSmall(clusterRows
        .groupBy(Grain.REGION_PROFILE.cols())
        .agg(collect_list("sector_code").as("sectors")), MAX_BROADCAST_CLUSTERS);
    Dataset<Row> common = linked
        .join(side(sectorSets, "a", "sectors"), new String[] {"reference_year", "nuts_level", "region_a"})
        .join(side(sectorSets, "b", "sectors"), new String[] {"reference_year", "nuts_level", "region_b", "sector_scheme"})
        .select(col("*"), explode(array_intersect(col("sectors_a"), col("sectors_b"))).as("sector_code"))
        .drop("sectors_a", "sectors_b");
    return common
        .join(side(clusters, "a", "stars", "lq", "employment"), Grain.SECTOR_PROFILE.with("region_a").names())
        .join(side(clusters, "b", "stars", "lq", "employment"), Grain.SECTOR_PROFILE.with("region_b").names());
  }

  /**
   * The table with region_code and the given columns suffixed for one side of the pair. Every
   * column is a new alias: both sides read the same checkpointed rows, and without adaptive
   * execution Spark failed to tell the two sides' columns apart in the join ("Failure when
   * resolving conflicting references in Join").
   */
  private static Dataset<Row> side(Dataset<Row> table, String suffix, String... columns) {
    List<String> suffixed = List.of(columns);
    List<Column> renamed = new ArrayList<>();
    for (String column : table.columns()) {
      String name = column.equals("region_code") ? "region_" + suffix
          : suffixed.contains(column) ? column + "_" + suffix : column;
      renamed.add(col(column).as(name));
    }
    return table.select(renamed.toArray(Column[]::new));
  }
}
