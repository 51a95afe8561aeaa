package org.clusterscope.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which suppressed cells an attacker can compute exactly from the released cells of one year and
 * one measure, using that atoms are non-negative.
 *
 * <p>Three steps, repeated until nothing new is learnt:
 * <ol>
 *   <li>propagation: a released cell with one atom not yet known makes it known (its value less
 *       the known ones); a released cell whose unknown atoms are all at their lower bound in truth
 *       (0, or 1 establishment for an atom published as a row of its own) has that sum as value
 *       once the known atoms are subtracted, which pins each of them to its bound;
 *   <li>elimination: the released cells, reduced to their unknown atoms and smallest first, go
 *       through {@link SparseBasis}; the first pass over the released finest cells removed most
 *       atoms, so the rows left are short;
 *   <li>bounds: a reduced row whose coefficients share one sign and whose atoms are all at their
 *       bound is a combination of released values at its least possible value (a total equal to
 *       the sum of its released parts: the parts left are 0), so its atoms are pinned as well,
 *       and the steps run again.
 * </ol>
 * A suppressed cell is disclosed when its unknown atoms are none, or their sum lies in the span.
 * The interval attack ({@link IntervalCheck}) finds the zeros these steps miss.
 */
final class SpanCheck {
  private SpanCheck() {}

  /**
   * @param released the atoms of each released cell
   * @param atBound whether each atom's true value is its lower bound (what an attacker can pin)
   * @param targets the atoms of each suppressed cell
   */
  static Outcome run(int atomCount, List<int[]> released, boolean[] atBound, List<int[]> targets) {
    boolean[] known = new boolean[atomCount];
    int[][] rowsOfAtom = rowsOfAtom(atomCount, released);
    SparseBasis basis;
    while (true) {
      propagate(known, released, atBound, rowsOfAtom);
      basis = new SparseBasis(atomCount);
      List<int[]> reduced = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (int r = 0; r < released.size(); r++) {
        reduced.add(unknown(released.get(r), known));
        order.add(r);
      }
      order.sort(Comparator.comparingInt((Integer r) -> reduced.get(r).length).thenComparingInt(r -> r));
      for (int r : order) {
        if (reduced.get(r).length > 0) {
          basis.add(reduced.get(r), r);
        }
      }
      if (!pinBounds(basis, known, atBound)) {
        break;
      }
    }
    boolean[] disclosed = new boolean[targets.size()];
    for (int t = 0; t < targets.size(); t++) {
      int[] rest = unknown(targets.get(t), known);
      disclosed[t] = rest.length == 0 || basis.spans(rest);
    }
    List<int[]> independent = new ArrayList<>();
    for (int origin : basis.origins()) {
      independent.add(unknown(released.get(origin), known));
    }
    return new Outcome(known, disclosed, independent);
  }

  /**
   * @param known the atoms an attacker knows exactly
   * @param disclosed per target, whether its value is determined
   * @param independentRows the released rows over the unknown atoms that span the others
   */
  record Outcome(boolean[] known, boolean[] disclosed, List<int[]> independentRows) {}

  /** The atoms of {@code cell} not known. */
  static int[] unknown(int[] cell, boolean[] known) {
    IntList rest = new IntList();
    for (int atom : cell) {
      if (!known[atom]) {
        rest.add(atom);
      }
    }
    return rest.toArray();
  }

  private static void propagate(boolean[] known, List<int[]> released, boolean[] atBound, int[][] rowsOfAtom) {
    int[] unknown = new int[released.size()];
    int[] aboveBound = new int[released.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int r = 0; r < released.size(); r++) {
      for (int atom : released.get(r)) {
        if (!known[atom]) {
          unknown[r]++;
          aboveBound[r] += atBound[atom] ? 0 : 1;
        }
      }
      if (unknown[r] > 0 && (unknown[r] == 1 || aboveBound[r] == 0)) {
        queue.add(r);
      }
    }
    while (!queue.isEmpty()) {
      int r = queue.poll();
      if (unknown[r] == 0 || (unknown[r] > 1 && aboveBound[r] > 0)) {
        continue;
      }
      for (int atom : released.get(r)) {
        if (known[atom]) {
          continue;
        }
        known[atom] = true;
        for (int other : rowsOfAtom[atom]) {
          unknown[other]--;
          aboveBound[other] -= atBound[atom] ? 0 : 1;
          if (unknown[other] > 0 && (unknown[other] == 1 || aboveBound[other] == 0)) {
            queue.add(other);
          }
        }
      }
    }
  }

  /** Marks the atoms of rows of one sign at their bound as known; whether any was new. */
  private static boolean pinBounds(SparseBasis basis, boolean[] known, boolean[] atBound) {
    boolean pinned = false;
    for (int row = 0; row < basis.size(); row++) {
      int[] atoms = basis.atoms(row);
      boolean bound = true;
      for (int atom : atoms) {
        bound &= atBound[atom];
      }
      if (bound && basis.sameSign(row)) {
        for (int atom : atoms) {
          pinned |= !known[atom];
          known[atom] = true;
        }
      }
    }
    return pinned;
  }

  /** For each atom, the released rows holding it. */
  private static int[][] rowsOfAtom(int atomCount, List<int[]> released) {
    int[] counts = new int[atomCount];
    for (int[] row : released) {
      for (int atom : row) {
        counts[atom]++;
      }
    }
    int[][] rows = new int[atomCount][];
    for (int a = 0; a < atomCount; a++) {
      rows[a] = new int[counts[a]];
      counts[a] = 0;
    }
    for (int r = 0; r < released.size(); r++) {
      for (int atom : released.get(r)) {
        rows[atom][counts[atom]++] = r;
      }
    }
    return rows;
  }
}
