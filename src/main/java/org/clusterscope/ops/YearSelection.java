package org.clusterscope.ops;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.clusterscope.errors.Errors;

/**
 * The reference years a command works on: the years given with {@code --year} / {@code --years},
 * or every year present in the inputs when none is given.
 */
public final class YearSelection {
  private static final int MIN = 1000;
  private static final int MAX = 9999;
  private final SortedSet<Integer> years;

  private YearSelection(SortedSet<Integer> years) {
    this.years = years;
  }

  public static YearSelection all() {
    return new YearSelection(null);
  }

  public static YearSelection of(Collection<Integer> years) {
    return new YearSelection(Collections.unmodifiableSortedSet(new TreeSet<>(years)));
  }

  /** Parses the command-line options; both absent means every year. */
  public static YearSelection parse(String year, String range) {
    if (year != null && range != null) {
      throw Errors.conflictingYearOptions();
    }
    if (year != null) {
      return of(java.util.List.of(parseYear("--year", year, year)));
    }
    if (range != null) {
      String[] ends = range.split("-", -1);
      if (ends.length != 2) {
        throw Errors.invalidYear("--years", range);
      }
      int from = parseYear("--years", ends[0], range);
      int to = parseYear("--years", ends[1], range);
      if (from > to) {
        throw Errors.invalidYear("--years", range);
      }
      SortedSet<Integer> years = new TreeSet<>();
      for (int y = from; y <= to; y++) {
        years.add(y);
      }
      return of(years);
    }
    return all();
  }

  private static int parseYear(String option, String text, String whole) {
    String trimmed = text.trim();
    if (!trimmed.matches("[0-9]{4}")) {
      throw Errors.invalidYear(option, whole);
    }
    int year = Integer.parseInt(trimmed);
    if (year < MIN || year > MAX) {
      throw Errors.invalidYear(option, whole);
    }
    return year;
  }

  /** The selected years, or empty when every year present is meant. */
  public Optional<SortedSet<Integer>> years() {
    return Optional.ofNullable(years);
  }

  public boolean isAll() {
    return years == null;
  }

  @Override
  public String toString() {
    return years == null ? "all years" : years.toString();
  }
}
