package org.clusterscope.release;

import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.TableSpec;

/**
 * The rows of {@code cs_pub} from gold and the cell status of the suppression (docs/design.md 7):
 * each released table is its gold table with every value that could reveal a suppressed cell set
 * to NULL, the reason in conf_status, and series breaks of released growth in obs_status. Tables of
 * public sources (patents, research projects) pass unchanged with conf_status F. Only expressions
 * and joins: nothing is computed until the caller writes.
 */
public final class ReleasedTables {
  private ReleasedTables() {}

  /** How each released table is made from its gold rows. */
  private static final Map<String, BiFunction<Dataset<Row>, CellStatuses, Dataset<Row>>> MASKED = Map.of(
      GoldTables.REGION_SECTOR.name(), ReleasedRegionSector::of,
      GoldTables.REGION_PROFILE.name(), ReleasedRegionProfile::of,
      GoldTables.SECTOR_PROFILE.name(), ReleasedSectorProfile::of,
      GoldTables.CROSS_BORDER_CLUSTERS.name(), ReleasedCrossBorderClusters::of);

  /**
   * @param gold gold rows of the years being published, by gold table (any subset of the eight
   *     tables of {@link PubTables#ALL}; each given table gives its released table)
   * @param cellStatus (reference_year, nuts_level, region_code, sector_scheme, sector_code,
   *     conf_status) of every gold cell and total of those years, and of the years one and five
   *     before where gold has them. It is read by about twenty joins and aggregations: pass it
   *     materialised (cached, or read back from a table), not as the plan that computes it.
   * @return the released rows by {@link PubTables} spec, in the order of {@link PubTables#ALL}
   */
  public static Map<TableSpec, Dataset<Row>> of(Map<TableSpec, Dataset<Row>> gold, Dataset<Row> cellStatus) {
    CellStatuses statuses = new CellStatuses(cellStatus);
    Map<String, Dataset<Row>> byName = new LinkedHashMap<>();
    gold.forEach((spec, rows) -> {
      if (PubTables.named(spec.name()).isEmpty()) {
        throw new IllegalArgumentException("Gold table " + spec.name() + " has no released table; released are "
            + PubTables.ALL.stream().map(TableSpec::name).toList());
      }
      byName.put(spec.name(), rows);
    });
    Map<TableSpec, Dataset<Row>> released = new LinkedHashMap<>();
    for (TableSpec pub : PubTables.ALL) {
      Dataset<Row> rows = byName.get(pub.name());
      if (rows != null) {
        var masked = MASKED.get(pub.name());
        released.put(pub, masked == null ? asPublic(rows, pub) : masked.apply(rows, statuses));
      }
    }
    return released;
  }

  /** A table of public sources: every value released, conf_status F. */
  private static Dataset<Row> asPublic(Dataset<Row> gold, TableSpec pub) {
    return Masking.none().apply(gold, pub, lit(""), lit(ConfStatus.FREE));
  }
}
