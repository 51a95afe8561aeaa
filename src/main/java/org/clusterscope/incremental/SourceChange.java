package org.clusterscope.incremental;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed in one source since the base run.
 *
 * @param source the configured source name
 * @param yearly whether its records carry their year (register, SIRENE, SBS); a complete delivery
 *     (REGPAT, CORDIS) changes as a whole, since its years are known only after conform
 * @param changed whether anything of it changed: a file added, removed or rewritten with other bytes
 * @param changedYears for a yearly source, the years with records now whose records differ in any
 *     file (a year new in the inputs included; a year no file holds any more is left as it was, as
 *     a run of every year leaves it)
 * @param unchangedYears for a yearly source, the years of the base run whose records are the same
 * @param reasons the files behind the change, for the log and the run record
 */
public record SourceChange(String source, boolean yearly, boolean changed, SortedSet<Integer> changedYears,
    SortedSet<Integer> unchangedYears, java.util.List<String> reasons) {

  public SourceChange {
    changedYears = Collections.unmodifiableSortedSet(new TreeSet<>(changedYears));
    unchangedYears = Collections.unmodifiableSortedSet(new TreeSet<>(unchangedYears));
    reasons = java.util.List.copyOf(reasons);
  }
}
