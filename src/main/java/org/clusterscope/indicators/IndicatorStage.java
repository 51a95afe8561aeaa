package org.clusterscope.indicators;

import java.util.List;
import java.util.SortedSet;
import java.util.function.Supplier;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageResult;
import org.clusterscope.ops.StageTables;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/**
 * Indicators: {@code cs_silver.establishments} and {@code cs_silver.sbs_cells} (aggregated
 * cells, see {@link AggregatedCells}) to the gold tables ({@link IndicatorTables}), and the
 * silver patent tables to {@code region_technology} ({@link TechnologyTable}), for the years
 * conform wrote in the run. Each output year is replaced as a whole.
 */
public final class IndicatorStage implements Stage {
  static final String STAGE = "indicators";
  private static final List<TableSpec> EMPLOYMENT =
      List.of(PipelineTables.SILVER_ESTABLISHMENTS, PipelineTables.SILVER_SBS_CELLS);

  @Override
  public String name() {
    return STAGE;
  }

  @Override
  public StageTables tables(List<SourceSettings> sources) {
    List<TableSpec> inputs = new java.util.ArrayList<>(EMPLOYMENT);
    inputs.addAll(List.of(PipelineTables.SILVER_PATENT_INVENTORS, PipelineTables.SILVER_PATENT_CLASSES));
    return new StageTables(inputs, List.of(GoldTables.REGION_SECTOR, GoldTables.REGION_PROFILE,
        GoldTables.SECTOR_PROFILE, GoldTables.REGION_TECHNOLOGY));
  }

  /**
   * The employment tables: their rows drive the stage's work, while the patent tables feed only
   * the patent columns and region_technology.
   */
  @Override
  public List<TableSpec> measuredInputs(List<SourceSettings> sources) {
    return EMPLOYMENT;
  }

  @Override
  public boolean readsReference() {
    return true;
  }

  /**
   * region_technology for the selected years with patent data, then the other tables for the
   * selected years with employment data (it fails when there are none, unless it wrote
   * region_technology for them). The result passes on the
   * years it was given: linkages computes for every year conform wrote, with or without employment.
   */
  @Override
  public StageResult execute(StageContext ctx, Supplier<ReferenceData> reference, StageYears years) {
    YearSelection selection = years.upstream();
    EmploymentRows employment = EmploymentRows.read(ctx);
    PatentRows patents = PatentRows.read(ctx);
    SortedSet<Integer> technologyYears = patents.yearsIn(selection);
    if (!technologyYears.isEmpty()) {
      new TechnologyTable(ctx, reference.get()).write(patents, technologyYears);
    }
    if (!technologyYears.isEmpty() && selection.years().isPresent()
        && java.util.Collections.disjoint(selection.years().get(), employment.years())) {
      // Patent years only (an incremental run after a REGPAT change outside the register's years).
      return new StageResult(new java.util.TreeSet<>(), years);
    }
    SortedSet<Integer> employmentYears = IndicatorYears.select(ctx, selection, employment.years());
    return new StageResult(new IndicatorTables(ctx, reference.get()).write(employment, patents, employmentYears), years);
  }
}
