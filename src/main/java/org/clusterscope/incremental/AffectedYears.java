package org.clusterscope.incremental;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The gold years a change reaches. A year's gold reads that year's silver and, through
 * employment_growth_1y and employment_cagr_5y, the year before and the fifth year before; the
 * released layer masks growth against suppressed earlier years the same way. So a changed year
 * affects itself and the next {@value #REACH} years, of those that have data.
 */
public final class AffectedYears {
  /** How far a year reaches forward: the look-back of the 5-year CAGR. */
  public static final int REACH = 5;

  private AffectedYears() {}

  /** The years among {@code present} that read one of {@code changed}. */
  public static SortedSet<Integer> of(Collection<Integer> changed, Collection<Integer> present) {
    SortedSet<Integer> affected = new TreeSet<>();
    for (int year : changed) {
      for (int later = year; later <= year + REACH; later++) {
        if (present.contains(later)) {
          affected.add(later);
        }
      }
    }
    return Collections.unmodifiableSortedSet(affected);
  }
}
