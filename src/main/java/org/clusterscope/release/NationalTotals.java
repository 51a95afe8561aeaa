package org.clusterscope.release;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.Grain;

/**
 * Whether lq_national = (E_rs/E_r) / (E_cs/E_c) may be released beside a free cell: it gives the
 * country's sector share E_cs/E_c at the cell's level, so both must follow from released numbers.
 * E_cs does when every cell of the sector in the country's regions is free (they sum to it), or
 * when the country's own NUTS 0 cell is free and equals that sum; E_c likewise from the country's
 * region totals or its NUTS 0 total. The sums differ from NUTS 0 where establishments are coded
 * only to a coarser region than the level, or where SBS publishes each level apart; then the sum
 * is no released number, and its difference to the NUTS 0 cell could be one enterprise.
 */
final class NationalTotals {
  private NationalTotals() {}

  /** Sums this close (relative) count as the same number: floating-point order, not an enterprise. */
  private static final double SAME = 1e-9;

  private static final Grain COUNTRY_SECTOR = Grain.SCOPE.with("country_code", "sector_code");
  private static final Grain COUNTRY = Grain.SCOPE.with("country_code");
  private static final String[] NUTS0_SECTOR = {"reference_year", "sector_scheme", "country_code", "sector_code"};
  private static final String[] NUTS0 = {"reference_year", "sector_scheme", "country_code"};

  /** @return (reference_year, nuts_level, sector_scheme, country_code, sector_code, {@code as}) */
  static Dataset<Row> status(Dataset<Row> goldRegionSector, CellStatuses statuses, String as) {
    Dataset<Row> sectorSums = goldRegionSector.groupBy(COUNTRY_SECTOR.cols())
        .agg(sum("employment").as("e_cs"));
    Dataset<Row> countrySums = goldRegionSector.groupBy(COUNTRY.cols())
        .agg(sum("employment").as("e_c"));
    Dataset<Row> nuts0Sectors = sectorSums.filter(col("nuts_level").equalTo(0)).drop("nuts_level")
        .withColumnRenamed("e_cs", "e_cs0")
        .join(statuses.cells("cell0").filter(col("nuts_level").equalTo(0)).drop("nuts_level")
            .withColumnRenamed("region_code", "country_code"), NUTS0_SECTOR);
    Dataset<Row> nuts0Countries = countrySums.filter(col("nuts_level").equalTo(0)).drop("nuts_level")
        .withColumnRenamed("e_c", "e_c0")
        .join(statuses.regionTotals("total0").filter(col("nuts_level").equalTo(0)).drop("nuts_level")
            .withColumnRenamed("region_code", "country_code"), NUTS0);

    Dataset<Row> rows = statuses.strongestPerCountrySector("cells_status")
        .join(statuses.strongestRegionTotalPerCountry("totals_status"), COUNTRY.names(), "left")
        .join(sectorSums, COUNTRY_SECTOR.names(), "left")
        .join(countrySums, COUNTRY.names(), "left")
        .join(nuts0Sectors, NUTS0_SECTOR, "left")
        .join(nuts0Countries, NUTS0, "left");
    Column sectorKnown = ConfStatus.isFree(col("cells_status"))
        .or(ConfStatus.isFree(col("cell0")).and(same(col("e_cs"), col("e_cs0"))));
    Column countryKnown = ConfStatus.isFree(col("totals_status"))
        .or(ConfStatus.isFree(col("total0")).and(same(col("e_c"), col("e_c0"))));
    Column status = ConfStatus.strongest(
        when(sectorKnown, lit(ConfStatus.FREE)).otherwise(col("cells_status")),
        when(countryKnown, lit(ConfStatus.FREE)).otherwise(col("totals_status")));
    return rows.select(col("reference_year"), col("nuts_level"), col("sector_scheme"), col("country_code"),
        col("sector_code"), status.as(as));
  }

  private static Column same(Column a, Column b) {
    return coalesce(abs(a.minus(b)).leq(greatest(lit(1.0), abs(b)).multiply(SAME)), lit(false));
  }
}
