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
 * {@code cs_pub.sector_profile}. employment and establishments are the sector's total cell. A
 * concentration index is a function of the sector's cells at the level, released only where all
 * of them and the sector total are free; one that also weighs regions by their share of the area
 * (Krugman concentration, locational Gini, Ellison-Glaeser, Maurel-Sedillot) needs every region
 * total of the level and the grand total free too.
 */
final class ReleasedSectorProfile {
  private ReleasedSectorProfile() {}

  private static final Column TOTAL = col("sector_status");
  private static final Column COLUMN = strongest(TOTAL, col("cells_status"));
  private static final Column WITH_AREA = strongest(TOTAL, col("cells_status"), col("region_totals_status"),
      col("total_status"));

  static final Masking RULE = Masking.none()
      .with(TOTAL, "employment", "establishments")
      .with(COLUMN, "regions_present", "herfindahl_regions", "plant_herfindahl", "strong_clusters", "pci")
      .with(WITH_AREA, "krugman_concentration", "locational_gini", "ellison_glaeser", "maurel_sedillot");

  static Dataset<Row> of(Dataset<Row> gold, CellStatuses statuses) {
    Dataset<Row> rows = gold
        .join(statuses.sectorTotals("sector_status"), Grain.SECTOR_PROFILE.names(), "left")
        .join(statuses.strongestPerSector("cells_status"), Grain.SECTOR_PROFILE.names(), "left")
        .join(broadcast(statuses.strongestRegionTotal("region_totals_status")), Grain.SCOPE.names(), "left")
        .join(broadcast(statuses.grandTotals("total_status")), Grain.SCOPE.names(), "left");
    return RULE.apply(rows, PubTables.SECTOR_PROFILE, lit(""), RULE.strongestWithheld());
  }
}
