package org.clusterscope.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;

/** The years the indicators are computed for, and the earlier years growth reads. */
final class IndicatorYears {
  /** Growth looks back this many years at most (employment_cagr_5y). */
  private static final int LOOK_BACK = 5;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IndicatorStage.class);

  private IndicatorYears() {}

  /**
   * The selected years with employment data; fails when there are none, and warns of the
   * selected years without it (they get no indicators).
   */
  static SortedSet<Integer> select(StageContext ctx, YearSelection selection, SortedSet<Integer> present) {
    SortedSet<Integer> years = new TreeSet<>(selection.years().orElse(present));
    years.retainAll(present);
    if (years.isEmpty()) {
      throw Errors.noDataForYears(ctx.table(PipelineTables.SILVER_ESTABLISHMENTS) + " or "
          + ctx.table(PipelineTables.SILVER_SBS_CELLS), selection.years().map(Object::toString).orElse("(any)"));
    }
    selection.years().ifPresent(selected -> {
      SortedSet<Integer> skipped = new TreeSet<>(selected);
      skipped.removeAll(present);
      if (!skipped.isEmpty()) {
        LOG.warn("No employment data (establishments or SBS cells) for {}: no indicators for those years", skipped);
      }
    });
    return years;
  }

  /** Each year and the {@value #LOOK_BACK} before it, as growth reads them (repeats kept). */
  static List<Integer> withLookBack(SortedSet<Integer> years) {
    List<Integer> needed = new ArrayList<>();
    for (int year : years) {
      for (int back = 0; back <= LOOK_BACK; back++) {
        needed.add(year - back);
      }
    }
    return needed;
  }
}
