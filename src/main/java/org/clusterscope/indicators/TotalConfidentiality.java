package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Collection;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.IndicatorSettings;
import org.clusterscope.publish.Grain;

/**
 * The primary status of the totals the released tables publish beside the cells, by the cells'
 * rules ({@link CellFormulas#confidentiality}) on the {@link CellAggregate} total cells: a
 * region's total over all sectors goes to region_profile (the same for every scheme, whose
 * sectors all add up to it), a sector's total over the level's regions to sector_profile, the
 * level's grand total to sector_profile's total_confidentiality.
 *
 * <p>The totals are measured on establishments only: SBS cells name no enterprises. A total with
 * no establishments (a region or level fed by SBS alone) is free: its values are sums of values
 * Eurostat published. A sector or level total that adds SBS cells of some countries to the
 * establishments of others is judged on its establishments' enterprises and employment alone: for
 * the frequency rule that is never less strict than the whole, and the SBS part's enterprises,
 * whose cells Eurostat released, are not known to the dominance and p% rules.
 */
final class TotalConfidentiality {
  private final Dataset<Row> totals;
  private final IndicatorSettings.Confidentiality rule;

  /**
   * @param cells the {@link CellAggregate} cells, totals among them
   * @param years the output years
   */
  TotalConfidentiality(Dataset<Row> cells, Collection<Integer> years, IndicatorSettings.Confidentiality rule) {
    this.totals = cells.filter(CellAggregate.isTotal().and(col("reference_year").isin(years.toArray())));
    this.rule = rule;
  }

  /** region_profile rows with the confidentiality and contributors of their region's total. */
  Dataset<Row> ofRegions(Dataset<Row> regionProfile) {
    Dataset<Row> regions = statuses(totals.filter(col("sector_scheme").equalTo(CellAggregate.TOTAL)
        .and(col("region_code").notEqual(CellAggregate.TOTAL))), "confidentiality")
        .select(col("reference_year"), col("nuts_level"), col("region_code"), col("confidentiality"),
            col("contributors"));
    return free(regionProfile.join(broadcast(regions), Grain.REGION.names(), "left"), "confidentiality");
  }

  /**
   * sector_profile rows with the confidentiality and contributors of their sector's total and the
   * confidentiality of their level's grand total (total_confidentiality).
   */
  Dataset<Row> ofSectors(Dataset<Row> sectorProfile) {
    Dataset<Row> sectors = statuses(totals.filter(col("region_code").equalTo(CellAggregate.TOTAL)
        .and(col("sector_scheme").notEqual(CellAggregate.TOTAL))), "confidentiality")
        .select(col("reference_year"), col("nuts_level"), col("sector_scheme"), col("sector_code"),
            col("confidentiality"), col("contributors"));
    Dataset<Row> grand = statuses(totals.filter(col("region_code").equalTo(CellAggregate.TOTAL)
        .and(col("sector_scheme").equalTo(CellAggregate.TOTAL))), "total_confidentiality")
        .select(col("reference_year"), col("nuts_level"), col("total_confidentiality"));
    Dataset<Row> withSectors = free(sectorProfile.join(broadcast(sectors), Grain.SECTOR_PROFILE.names(), "left"),
        "confidentiality");
    return free(withSectors.join(broadcast(grand), new String[] {"reference_year", "nuts_level"}, "left"),
        "total_confidentiality");
  }

  private Dataset<Row> statuses(Dataset<Row> rows, String name) {
    return rows.withColumn(name, CellFormulas.confidentiality(col("source_confidential"), col("contributors"),
        col("largest_contributors"), col("employment"), rule));
  }

  /** A row without a total measured on establishments (SBS only) is free. */
  private static Dataset<Row> free(Dataset<Row> rows, String name) {
    return rows.withColumn(name, coalesce(col(name), lit("free")));
  }
}
