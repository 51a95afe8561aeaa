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
 * {@code cs_pub.region_sector}: each gold cell with its status. Every value of a cell that is not
 * free is NULL. In a free cell, a value that also reads a total (E_r, E_s, E, the country's E_cs
 * and E_c) or the same cell in an earlier year is released only where that is free too, since the
 * value and the cell's employment give the other number back (size_share · E_s = E_rs). The rules
 * per column are in docs/disclosure.md, "Released columns".
 */
final class ReleasedRegionSector {
  private ReleasedRegionSector() {}

  private static final Column CELL = col("cell_status");
  private static final Column REGION_TOTAL = col("region_status");
  private static final Column SECTOR_TOTAL = col("sector_status");
  private static final Column GRAND_TOTAL = col("total_status");

  /** Which column reads which statuses. */
  static final Masking RULE = Masking.none()
      .with(CELL, "employment", "establishments", "avg_establishment_size", "size_star", "specialisation_star",
          "focus_star", "stars", "strong_cluster", "patents", "patents_per_10k_employees", "relatedness_density")
      .with(REGION_TOTAL, "region_employment")
      .with(SECTOR_TOTAL, "sector_employment")
      .with(GRAND_TOTAL, "total_employment")
      .with(strongest(CELL, SECTOR_TOTAL), "size_share")
      .with(strongest(CELL, REGION_TOTAL), "focus")
      .with(strongest(CELL, REGION_TOTAL, SECTOR_TOTAL, GRAND_TOTAL), "lq")
      .with(strongest(CELL, REGION_TOTAL, col("national_status")), "lq_national")
      .with(strongest(CELL, col("status_1y_before")), "employment_growth_1y", "growth_break")
      .with(strongest(CELL, col("status_5y_before")), "employment_cagr_5y", "cagr_5y_break");

  static Dataset<Row> of(Dataset<Row> gold, CellStatuses statuses) {
    // The cell joins first, on the same keys; region, sector and grand totals are small.
    Dataset<Row> rows = gold
        .join(statuses.cells("cell_status"), Grain.CELL.names(), "left")
        .join(statuses.cellsEarlier(1, "status_1y_before"), Grain.CELL.names(), "left")
        .join(statuses.cellsEarlier(5, "status_5y_before"), Grain.CELL.names(), "left")
        .join(broadcast(statuses.regionTotals("region_status")), Grain.REGION_PROFILE.names(), "left")
        .join(broadcast(statuses.sectorTotals("sector_status")), Grain.SECTOR_PROFILE.names(), "left")
        .join(broadcast(statuses.grandTotals("total_status")), Grain.SCOPE.names(), "left")
        .join(NationalTotals.status(gold, statuses, "national_status"),
            Grain.SCOPE.with("country_code", "sector_code").names(), "left");
    return RULE.apply(rows, PubTables.REGION_SECTOR, obsStatus(), coalesce(CELL, lit(ConfStatus.UNKNOWN)));
  }

  /** 'b' where a released growth or CAGR compares years of different sources, else empty. */
  private static Column obsStatus() {
    Column growthBreak = RULE.released("employment_growth_1y").isNotNull().and(col("growth_break"));
    Column cagrBreak = RULE.released("employment_cagr_5y").isNotNull().and(col("cagr_5y_break"));
    return when(coalesce(growthBreak, lit(false)).or(coalesce(cagrBreak, lit(false))), lit("b")).otherwise(lit(""));
  }
}
