package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.SectorScheme;
import org.clusterscope.spark.Checkpoints;

/**
 * The benchmark's access to the core indicator step: employment, establishments, size_share,
 * focus and lq (region_sector) and employment, establishments, krugman_index and herfindahl
 * (region_profile) of one year, NUTS level and scheme from establishments alone, without writing
 * tables. These are the columns the bench's DuckDB query computes, and they are computed here by
 * the indicator stage's own roll-up ({@link CellAggregate#sums}) and expressions
 * ({@link RegionSectorIndicators#shares}, {@link RegionProfileIndicators#core}). What only the
 * full stage computes (contributors and confidentiality, stars, growth, variety, ECI, patents) is
 * left out, as DuckDB leaves it out; the bench times the full stage separately. Not used by the
 * pipeline itself.
 */
public final class CoreIndicators {
  private CoreIndicators() {}

  /** region_sector and region_profile rows with the gold tables' column names. */
  public record Result(Dataset<Row> regionSector, Dataset<Row> regionProfile) {}

  /**
   * @param establishments rows with the columns of {@code cs_silver.establishments}; extra-regio
   *     rows are left out here, as in the indicator stage
   */
  public static Result compute(Dataset<Row> establishments, int year, int level, SectorScheme scheme) {
    Dataset<Row> cells = CellAggregate.sums(
        establishments.filter(col("extra_regio").equalTo(false).and(col("reference_year").equalTo(year))),
        List.of(level), List.of(scheme));
    Dataset<Row> regionSector = Checkpoints.materialise(RegionSectorIndicators.shares(cells, List.of(year)));
    return new Result(regionSector, RegionProfileIndicators.core(regionSector));
  }
}
