package org.clusterscope.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A row-echelon basis of integer rows over atoms, built by fraction-free Gaussian elimination in
 * exact arithmetic: every row is kept with integer coefficients divided by their greatest common
 * divisor, and its pivot is its highest atom. Released cells are sums of atoms (coefficients 1),
 * so the coefficients stay small; a coefficient beyond the range of a long stops the audit
 * ({@link ArithmeticException}) rather than round.
 *
 * <p>Rows are stored sparse and reduced top-down in one dense work row: subtracting the row of
 * pivot p only touches atoms at or below p, so a reduction never revisits an atom it has passed. An atom above every
 * remaining pivot that is no pivot itself cannot be eliminated, which ends a membership test
 * early.
 */
final class SparseBasis {
  private final int[] pivotRow;
  private final List<int[]> atoms = new ArrayList<>();
  private final List<long[]> coefficients = new ArrayList<>();
  private final List<Integer> origins = new ArrayList<>();
  /** The row being reduced, dense: one row at a time, so no map per row. */
  private final long[] work;
  private final BitSet present = new BitSet();

  SparseBasis(int atomCount) {
    work = new long[atomCount];
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
    if (!reduce(rowAtoms, false)) {
      clear();
      return false;
    }
    int count = present.cardinality();
    if (count == 0) {
      return false;
    }
    int[] a = new int[count];
    long[] c = new long[count];
    long gcd = 0;
    int i = 0;
    for (int atom = present.nextSetBit(0); atom >= 0; atom = present.nextSetBit(atom + 1)) {
      a[i] = atom;
      c[i] = work[atom];
      gcd = gcd(gcd, Math.abs(c[i]));
      i++;
    }
    clear();
    long sign = c[count - 1] < 0 ? -1 : 1;
    for (int j = 0; j < count; j++) {
      c[j] = c[j] / gcd * sign;
    }
    pivotRow[a[count - 1]] = atoms.size();
    atoms.add(a);
    coefficients.add(c);
    origins.add(origin);
    return true;
  }

  /** Whether the sum of {@code rowAtoms} lies in the span of the rows added. */
  boolean spans(int[] rowAtoms) {
    boolean reduced = reduce(rowAtoms, true);
    boolean empty = reduced && present.isEmpty();
    clear();
    return empty;
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
   * Reduces the row into {@link #work} (dense coefficients, {@link #present} their atoms),
   * top-down; false when {@code stopEarly} and an atom that no row can remove was reached (the
   * row is then not in the span).
   */
  private boolean reduce(int[] rowAtoms, boolean stopEarly) {
    int top = -1;
    for (int atom : rowAtoms) {
      work[atom] = Math.addExact(work[atom], 1);
      present.set(atom);
      top = Math.max(top, atom);
    }
    for (int key = present.previousSetBit(top); key >= 0; key = present.previousSetBit(key - 1)) {
      int row = pivotRow[key];
      if (row < 0) {
        if (stopEarly) {
          return false;
        }
        continue;
      }
      long[] c = coefficients.get(row);
      int[] a = atoms.get(row);
      long pivotCoefficient = c[c.length - 1];
      long factor = work[key];
      if (pivotCoefficient != 1) {
        for (int i = present.nextSetBit(0); i >= 0 && i <= key; i = present.nextSetBit(i + 1)) {
          work[i] = Math.multiplyExact(work[i], pivotCoefficient);
        }
      }
      for (int j = 0; j < a.length; j++) {
        long updated = Math.subtractExact(work[a[j]], Math.multiplyExact(factor, c[j]));
        work[a[j]] = updated;
        present.set(a[j], updated != 0);
      }
    }
    return true;
  }

  /** Resets the work row to zero, touching only its atoms. */
  private void clear() {
    for (int atom = present.nextSetBit(0); atom >= 0; atom = present.nextSetBit(atom + 1)) {
      work[atom] = 0;
    }
    present.clear();
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
