package org.clusterscope.indicators;

import java.util.List;
import java.util.SortedSet;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.reference.ReferenceData;

/**
 * Indicators: {@code cs_silver.establishments} and {@code cs_silver.sbs_cells} (aggregated
 * cells, see {@link AggregatedCells}) to the gold tables ({@link IndicatorTables}), and the
 * silver patent tables to {@code region_technology} ({@link TechnologyTable}). Each output year
 * is replaced as a whole.
 */
public final class IndicatorStage {
  static final String STAGE = "indicators";

  private final StageContext ctx;
  private final ReferenceData reference;

  public IndicatorStage(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
  }

  /**
   * region_technology for the selected years with patent data, then the other tables for the
   * selected years with employment data (it fails when there are none).
   *
   * @return the years written
   */
  public SortedSet<Integer> execute(YearSelection selection) {
    ctx.tables().ensure(List.of(PipelineTables.SILVER_ESTABLISHMENTS, PipelineTables.SILVER_SBS_CELLS,
        PipelineTables.SILVER_PATENT_INVENTORS, PipelineTables.SILVER_PATENT_CLASSES,
        GoldTables.REGION_SECTOR, GoldTables.REGION_PROFILE, GoldTables.SECTOR_PROFILE, GoldTables.REGION_TECHNOLOGY));
    EmploymentRows employment = EmploymentRows.read(ctx);
    PatentRows patents = PatentRows.read(ctx);
    SortedSet<Integer> technologyYears = patents.yearsIn(selection);
    if (!technologyYears.isEmpty()) {
      new TechnologyTable(ctx, reference).write(patents, technologyYears);
    }
    SortedSet<Integer> employmentYears = IndicatorYears.select(ctx, selection, employment.years());
    return new IndicatorTables(ctx, reference).write(employment, patents, employmentYears);
  }
}
