package org.clusterscope.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A row-echelon basis of integer rows over atoms, built by fraction-free Gaussian elimination in
 * exact arithmetic: every row is kept with integer coefficients divided by their greatest common
 * divisor, and its pivot is its highest atom. Released cells are sums of atoms (coefficients 1),
 * so the coefficients stay small; a coefficient beyond the range of a long stops the audit
 * ({@link ArithmeticException}) rather than round.
 *
 * <p>Rows are stored sparse and reduced top-down: subtracting the row of pivot p only touches
 * atoms at or below p, so a reduction never revisits an atom it has passed. An atom above every
 * remaining pivot that is no pivot itself cannot be eliminated, which ends a membership test
 * early.
 */
final class SparseBasis {
  private final int[] pivotRow;
  private final List<int[]> atoms = new ArrayList<>();
  private final List<long[]> coefficients = new ArrayList<>();
  private final List<Integer> origins = new ArrayList<>();

  SparseBasis(int atomCount) {
    pivotRow = new int[atomCount];
    Arrays.fill(pivotRow, -1);
  }

  /**
   * Adds the sum of {@code rowAtoms}, fully reduced by the rows before it.
   *
   * @param origin the caller's index of the row, reported by {@link #origins()} if it is independent
   * @return whether the row was independent of the rows added before it
   */
  boolean add(int[] rowAtoms, int origin) {
    TreeMap<Integer, Long> work = reduce(rowAtoms, false);
    if (work == null || work.isEmpty()) {
      return false;
    }
    int[] a = new int[work.size()];
    long[] c = new long[work.size()];
    long gcd = 0;
    int i = 0;
    for (Map.Entry<Integer, Long> e : work.entrySet()) {
      a[i] = e.getKey();
      c[i] = e.getValue();
      gcd = gcd(gcd, Math.abs(c[i]));
      i++;
    }
    long sign = c[c.length - 1] < 0 ? -1 : 1;
    for (int j = 0; j < c.length; j++) {
      c[j] = c[j] / gcd * sign;
    }
    pivotRow[a[a.length - 1]] = atoms.size();
    atoms.add(a);
    coefficients.add(c);
    origins.add(origin);
    return true;
  }

  /** Whether the sum of {@code rowAtoms} lies in the span of the rows added. */
  boolean spans(int[] rowAtoms) {
    TreeMap<Integer, Long> work = reduce(rowAtoms, true);
    return work != null && work.isEmpty();
  }

  /** The callers' indices of the independent rows, in the order they were added. */
  List<Integer> origins() {
    return List.copyOf(origins);
  }

  int size() {
    return atoms.size();
  }

  int[] atoms(int row) {
    return atoms.get(row);
  }

  /** Whether every coefficient of the row has the same sign: its atoms are then all 0 if its value is. */
  boolean sameSign(int row) {
    long[] c = coefficients.get(row);
    boolean positive = c[0] > 0;
    for (long v : c) {
      if (v > 0 != positive) {
        return false;
      }
    }
    return true;
  }

  /**
   * The row reduced by the basis, or NULL when {@code stopEarly} and an atom that no row can
   * remove was reached (the row is then not in the span).
   */
  private TreeMap<Integer, Long> reduce(int[] rowAtoms, boolean stopEarly) {
    TreeMap<Integer, Long> work = new TreeMap<>();
    for (int atom : rowAtoms) {
      work.merge(atom, 1L, Math::addExact);
    }
    Integer key = work.isEmpty() ? null : work.lastKey();
    while (key != null) {
      int row = pivotRow[key];
      if (row < 0) {
        if (stopEarly) {
          return null;
        }
        key = work.lowerKey(key);
        continue;
      }
      long[] c = coefficients.get(row);
      int[] a = atoms.get(row);
      long pivotCoefficient = c[c.length - 1];
      long factor = work.get(key);
      if (pivotCoefficient != 1) {
        work.replaceAll((k, v) -> Math.multiplyExact(v, pivotCoefficient));
      }
      for (int j = 0; j < a.length; j++) {
        long delta = Math.multiplyExact(factor, c[j]);
        Long updated = work.merge(a[j], -delta, Math::addExact);
        if (updated != null && updated == 0) {
          work.remove(a[j]);
        }
      }
      key = work.lowerKey(key);
    }
    return work;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
