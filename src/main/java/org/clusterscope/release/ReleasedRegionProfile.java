package org.clusterscope.release;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.clusterscope.release.ConfStatus.strongest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.Grain;

/**
 * {@code cs_pub.region_profile}. employment and establishments are the region's total cell. An
 * index is a function of the region's cells, and a function of a few unknowns and the row total
 * can pin them (a Herfindahl and E_r leave two suppressed cells one solution pair), so it is
 * released only where every cell of the row and the row's total are free; an index that also reads
 * the sector totals or the grand total (Krugman, Hoover, lq_avg, Hachman) needs those free too.
 * Related and unrelated variety read the NACE class cells whatever the scheme: they are released
 * where the class cells and total of the region are free, unrelated variety also where the
 * division cells and total are (it is their entropy), and NULL (status N) where no status vouches.
 */
final class ReleasedRegionProfile {
  private ReleasedRegionProfile() {}

  private static final Column TOTAL = col("region_status");
  private static final Column ROW = strongest(TOTAL, col("cells_status"));
  private static final Column WITH_AREA = strongest(TOTAL, col("cells_status"), col("sector_totals_status"),
      col("total_status"));
  private static final Column CLASSES = coalesce(col("class_status"), lit(ConfStatus.UNKNOWN));
  /** Unrelated variety is the entropy of the division shares: the class cells or the division cells give it. */
  private static final Column DIVISIONS = when(ConfStatus.isFree(col("class_status"))
      .or(ConfStatus.isFree(col("division_status"))), lit(ConfStatus.FREE))
      .otherwise(coalesce(col("division_status"), col("class_status"), lit(ConfStatus.UNKNOWN)));

  static final Masking RULE = Masking.none()
      .with(TOTAL, "employment", "establishments", "patents_per_10k_employees")
      .with(ROW, "sectors_present", "herfindahl", "entropy", "specialised_sectors", "stars_total",
          "strong_clusters", "strong_cluster_employment_share", "eci")
      .with(WITH_AREA, "krugman_index", "hoover_specialisation", "lq_avg", "hachman")
      .with(DIVISIONS, "unrelated_variety")
      .with(CLASSES, "related_variety");

  static Dataset<Row> of(Dataset<Row> gold, CellStatuses statuses) {
    Dataset<Row> rows = gold
        .join(statuses.regionTotals("region_status"), Grain.REGION_PROFILE.names(), "left")
        .join(statuses.strongestPerRegion("cells_status"), Grain.REGION_PROFILE.names(), "left")
        .join(broadcast(statuses.strongestSectorTotal("sector_totals_status")), Grain.SCOPE.names(), "left")
        .join(broadcast(statuses.grandTotals("total_status")), Grain.SCOPE.names(), "left")
        .join(statuses.strongestOfRegionIn("nace_class", "class_status"), Grain.REGION.names(), "left")
        .join(statuses.strongestOfRegionIn("nace_division", "division_status"), Grain.REGION.names(), "left");
    return RULE.apply(rows, PubTables.REGION_PROFILE, lit(""), RULE.strongestWithheld());
  }
}
