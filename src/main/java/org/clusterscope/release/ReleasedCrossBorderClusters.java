package org.clusterscope.release;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.clusterscope.release.ConfStatus.strongest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.Grain;

/**
 * {@code cs_pub.cross_border_clusters}. A row says that the sector is a cluster in both regions,
 * which is a statement about both cells, so a pair is listed only where both cells are free; the
 * other pairs are left out (a row of NULLs would still say it). Within a listed pair, stars and
 * employment are the free cells' own; lq_a and lq_b also read the region, sector and grand totals,
 * and are released as in region_sector.
 */
final class ReleasedCrossBorderClusters {
  private ReleasedCrossBorderClusters() {}

  private static final Column SIDE_A = col("cell_a_status");
  private static final Column SIDE_B = col("cell_b_status");

  static final Masking RULE = Masking.none()
      .with(SIDE_A, "stars_a", "employment_a")
      .with(SIDE_B, "stars_b", "employment_b")
      .with(strongest(SIDE_A, col("region_a_status"), col("sector_status"), col("total_status")), "lq_a")
      .with(strongest(SIDE_B, col("region_b_status"), col("sector_status"), col("total_status")), "lq_b");

  static Dataset<Row> of(Dataset<Row> gold, CellStatuses statuses) {
    Dataset<Row> rows = gold
        .join(side(statuses.cells("cell_a_status"), "region_a"), cellKey("region_a"), "left")
        .join(side(statuses.cells("cell_b_status"), "region_b"), cellKey("region_b"), "left")
        .join(side(statuses.regionTotals("region_a_status"), "region_a"), regionKey("region_a"), "left")
        .join(side(statuses.regionTotals("region_b_status"), "region_b"), regionKey("region_b"), "left")
        .join(statuses.sectorTotals("sector_status"), Grain.SECTOR_PROFILE.names(), "left")
        .join(broadcast(statuses.grandTotals("total_status")), Grain.SCOPE.names(), "left")
        .filter(ConfStatus.isFree(SIDE_A).and(ConfStatus.isFree(SIDE_B)));
    return RULE.apply(rows, PubTables.CROSS_BORDER_CLUSTERS, lit(""), RULE.strongestWithheld());
  }

  /** Statuses keyed by one side of the pair. */
  private static Dataset<Row> side(Dataset<Row> statuses, String region) {
    return statuses.withColumnRenamed("region_code", region);
  }

  private static String[] cellKey(String region) {
    return Grain.SECTOR_PROFILE.with(region).names();
  }

  private static String[] regionKey(String region) {
    return Grain.SCOPE.with(region).names();
  }
}
