package org.clusterscope.ops;

import java.util.Collection;

/**
 * The years a stage works on. The first stage of a run, or a stage run alone, works on the
 * user's selection; a later one works on the years the stages before it wrote ({@link #upstream}),
 * except the complete deliveries (REGPAT, CORDIS), whose years conform learns from their records
 * and selects with the user's selection ({@link #requested}).
 *
 * @param requested the user's --year(s), every year when none was given
 * @param upstream the years the earlier stages of the run wrote
 */
public record StageYears(YearSelection requested, YearSelection upstream) {

  /** The years of a run's first stage, or of a stage run alone. */
  public static StageYears of(YearSelection requested) {
    return new StageYears(requested, requested);
  }

  /** The years of the stage after one that wrote {@code written}. */
  public StageYears after(Collection<Integer> written) {
    return new StageYears(requested, YearSelection.of(written));
  }
}
