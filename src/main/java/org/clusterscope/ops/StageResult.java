package org.clusterscope.ops;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a stage reports back to the run: the years it wrote (also added to the run audit), and
 * the years the stages after it work on.
 *
 * @param written the years the stage wrote
 * @param next the years of the next stage: usually {@code written}; indicators passes on the
 *     years it was given, because linkages computes for every year conform wrote, whether or not
 *     it had employment data
 */
public record StageResult(SortedSet<Integer> written, StageYears next) {

  public StageResult {
    written = Collections.unmodifiableSortedSet(new TreeSet<>(written));
  }

  /** A stage whose written years are the next stage's. */
  public static StageResult chained(SortedSet<Integer> written, StageYears given) {
    return new StageResult(written, given.after(written));
  }
}
