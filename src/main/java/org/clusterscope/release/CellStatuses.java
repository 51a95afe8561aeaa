package org.clusterscope.release;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring;

import java.util.List;
import org.apache.commons.lang3.ArrayUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.Grain;

/**
 * The cell status of the publish contract (reference_year, nuts_level, region_code, sector_scheme,
 * sector_code, conf_status), cut the ways a released value reads it: single cells, the totals
 * (code {@code _T}), the same cell in an earlier year, and the strongest status over a row, a
 * column or a country of cells. Each view names its status column, so several join one table.
 */
final class CellStatuses {
  /** The code of "all regions" or "all sectors" in the cell status. */
  static final String TOTAL = "_T";

  private static final List<String> COLUMNS =
      List.of("reference_year", "nuts_level", "region_code", "sector_scheme", "sector_code", "conf_status");

  private final Dataset<Row> status;

  CellStatuses(Dataset<Row> status) {
    List<String> present = List.of(status.columns());
    for (String column : COLUMNS) {
      if (!present.contains(column)) {
        throw new IllegalArgumentException("The cell status lacks column " + column + "; it has " + present);
      }
    }
    this.status = status.select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private static Column isTotal(String column) {
    return col(column).equalTo(TOTAL);
  }

  private Dataset<Row> cellRows() {
    return status.filter(not(isTotal("region_code").or(isTotal("sector_code"))));
  }

  private Dataset<Row> regionTotalRows() {
    return status.filter(isTotal("sector_code").and(not(isTotal("region_code"))));
  }

  private Dataset<Row> sectorTotalRows() {
    return status.filter(isTotal("region_code").and(not(isTotal("sector_code"))));
  }

  /** Each cell's status, by {@link Grain#CELL}. */
  Dataset<Row> cells(String as) {
    return cellRows().withColumnRenamed("conf_status", as);
  }

  /** Each cell's status {@code years} earlier, keyed by the later year. */
  Dataset<Row> cellsEarlier(int years, String as) {
    return cellRows().withColumn("reference_year", col("reference_year").plus(years))
        .withColumnRenamed("conf_status", as);
  }

  /** The status of each region's total (E_r), by {@link Grain#REGION_PROFILE}. */
  Dataset<Row> regionTotals(String as) {
    return regionTotalRows().drop("sector_code").withColumnRenamed("conf_status", as);
  }

  /** The status of each sector's total (E_s), by {@link Grain#SECTOR_PROFILE}. */
  Dataset<Row> sectorTotals(String as) {
    return sectorTotalRows().drop("region_code").withColumnRenamed("conf_status", as);
  }

  /** The status of each grand total (E), by {@link Grain#SCOPE}. */
  Dataset<Row> grandTotals(String as) {
    return status.filter(isTotal("region_code").and(isTotal("sector_code")))
        .drop("region_code", "sector_code").withColumnRenamed("conf_status", as);
  }

  /** The strongest status of each region's cells in a scheme, by {@link Grain#REGION_PROFILE}. */
  Dataset<Row> strongestPerRegion(String as) {
    return strongest(cellRows(), Grain.REGION_PROFILE.cols(), as);
  }

  /** The strongest status of each sector's cells at a level, by {@link Grain#SECTOR_PROFILE}. */
  Dataset<Row> strongestPerSector(String as) {
    return strongest(cellRows(), Grain.SECTOR_PROFILE.cols(), as);
  }

  /** The strongest status of the region totals of each scope, by {@link Grain#SCOPE}. */
  Dataset<Row> strongestRegionTotal(String as) {
    return strongest(regionTotalRows(), Grain.SCOPE.cols(), as);
  }

  /** The strongest status of the sector totals of each scope, by {@link Grain#SCOPE}. */
  Dataset<Row> strongestSectorTotal(String as) {
    return strongest(sectorTotalRows(), Grain.SCOPE.cols(), as);
  }

  /**
   * The strongest status of every cell and the total of each region in one scheme, by
   * {@link Grain#REGION}: the rows a measure of the region's whole NACE structure reads.
   */
  Dataset<Row> strongestOfRegionIn(String scheme, String as) {
    return strongest(status.filter(col("sector_scheme").equalTo(scheme).and(not(isTotal("region_code")))),
        Grain.REGION.cols(), as);
  }

  /**
   * The strongest status of the cells of a sector in a country's regions (E_cs at the level), by
   * {@link Grain#SCOPE}, country_code and sector_code.
   */
  Dataset<Row> strongestPerCountrySector(String as) {
    return strongest(cellRows().withColumn("country_code", country()),
        ArrayUtils.addAll(Grain.SCOPE.cols(), col("country_code"), col("sector_code")), as);
  }

  /** The strongest status of the region totals of a country (E_c at the level), by {@link Grain#SCOPE} and country_code. */
  Dataset<Row> strongestRegionTotalPerCountry(String as) {
    return strongest(regionTotalRows().withColumn("country_code", country()),
        ArrayUtils.add(Grain.SCOPE.cols(), col("country_code")), as);
  }

  /** The country of a NUTS code: its first two letters (docs/design.md 3). */
  static Column country() {
    return substring(col("region_code"), 1, 2);
  }

  private static Dataset<Row> strongest(Dataset<Row> rows, Column[] by, String as) {
    return rows.groupBy(by).agg(ConfStatus.code(max(ConfStatus.rank(col("conf_status")))).as(as));
  }
}
