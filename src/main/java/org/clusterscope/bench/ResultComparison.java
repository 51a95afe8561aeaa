package org.clusterscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two {@link CoreResult}s value by value, joined by their keys: two values agree when
 * both are NULL or they differ by at most the tolerance, absolutely or relatively to the larger.
 *
 * @param valuesCompared values present on both sides
 * @param mismatches values that differ
 * @param missingKeys rows present on one side only
 * @param firstDifferences readable descriptions of the first few differences
 */
public record ResultComparison(String left, String right, long valuesCompared, long mismatches, long missingKeys,
    List<String> firstDifferences) {
  public static final double TOLERANCE = 1e-9;
  private static final int SHOWN = 10;

  public ResultComparison {
    firstDifferences = List.copyOf(firstDifferences);
  }

  public boolean agrees() {
    return mismatches == 0 && missingKeys == 0;
  }

  public static ResultComparison of(String left, CoreResult a, String right, CoreResult b) {
    Counter counter = new Counter();
    counter.table("region_sector", a.regionSector(), b.regionSector(), left, right);
    counter.table("region_profile", a.regionProfile(), b.regionProfile(), left, right);
    return new ResultComparison(left, right, counter.compared, counter.mismatches, counter.missing, counter.shown);
  }

  static boolean close(Double x, Double y) {
    if (x == null || y == null) {
      return x == null && y == null;
    }
    double difference = Math.abs(x - y);
    return difference <= TOLERANCE || difference <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
  }

  private static final class Counter {
    long compared;
    long mismatches;
    long missing;
    final List<String> shown = new ArrayList<>();

    void table(String table, Map<String, Map<String, Double>> a, Map<String, Map<String, Double>> b,
        String left, String right) {
      TreeSet<String> keys = new TreeSet<>(a.keySet());
      keys.addAll(b.keySet());
      for (String key : keys) {
        Map<String, Double> x = a.get(key);
        Map<String, Double> y = b.get(key);
        if (x == null || y == null) {
          missing++;
          show(table + " " + key + ": only in " + (x == null ? right : left));
          continue;
        }
        for (Map.Entry<String, Double> e : x.entrySet()) {
          compared++;
          Double other = y.get(e.getKey());
          if (!close(e.getValue(), other)) {
            mismatches++;
            show(table + " " + key + " " + e.getKey() + ": " + left + " " + e.getValue() + ", " + right + " " + other);
          }
        }
      }
    }

    private void show(String difference) {
      if (shown.size() < SHOWN) {
        shown.add(difference);
      }
    }
  }
}
