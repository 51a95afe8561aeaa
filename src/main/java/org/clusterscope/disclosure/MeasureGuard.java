package org.clusterscope.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps one measure (employment or establishments) of the protected cells undetermined while
 * cells are published, also for an attacker who uses that each atom is at least its lower bound
 * (0 employment; 1 establishment for an atom that is a row of its own).
 *
 * <p>An atom above its bound can move both ways, one at its bound only up. Two spans make that
 * safe (the argument is in docs/disclosure.md, "Secondary suppression"):
 * <ul>
 *   <li>over the atoms above their bound, with every atom at its bound taken as known: a primary
 *       cell above its bound stays out of this span, so some change of the atoms above their
 *       bound, small enough to keep them above it, moves the cell and no published value;
 *   <li>over those atoms and the atoms of the primary cells at their bound: no published
 *       combination may lie on the latter alone, for such a combination at its least value
 *       would pin them. Then any increase of them is matched by atoms above their bound, and a
 *       primary cell at its bound (a zero, or one establishment) can be larger than it is.
 * </ul>
 * A candidate is published only where both hold, which also makes a published zero around a
 * primary zero, or a total whose other parts are zeros, a secondary suppression.
 */
final class MeasureGuard {
  private final BitSet aboveBound;
  private final BitSet visible;
  private final EchelonBasis aboveSpan = new EchelonBasis();
  /** Null when no primary cell is at its bound: the second condition then always holds. */
  private final EchelonBasis visibleSpan;

  /** Residuals of the protected groups above their bound against the span, and which hold each atom. */
  private final Map<Integer, SparseVector> residuals = new LinkedHashMap<>();
  private final Map<Integer, Set<Integer>> residualsWithAtom = new HashMap<>();
  /** Protected groups by normalised residual: proportional residuals meet here. */
  private final Map<SparseVector, Set<Integer>> byDirection = new HashMap<>();
  private final BitSet singletonGroups;

  /** What publishing one cell changes; {@link #NONE} for a cell already in both spans. */
  record Change(SparseVector aboveResidual, int pivot, Map<Integer, SparseVector> updated,
      SparseVector visibleResidual) {
    static final Change NONE = new Change(SparseVector.ZERO, -1, Map.of(), SparseVector.ZERO);
  }

  /**
   * @param values each atom's value of the measure
   * @param lower each atom's lower bound, as an attacker knows it
   * @param vectors the cell groups' atom vectors
   * @param primaryGroups the groups holding a primary cell
   * @param singletonGroups the groups holding a cell of one contributor
   */
  MeasureGuard(double[] values, double[] lower, List<SparseVector> vectors, BitSet primaryGroups,
      BitSet singletonGroups) {
    this.singletonGroups = singletonGroups;
    aboveBound = new BitSet(values.length);
    for (int a = 0; a < values.length; a++) {
      aboveBound.set(a, values[a] > lower[a]);
    }
    visible = (BitSet) aboveBound.clone();
    boolean anyAtBound = false;
    for (int g = primaryGroups.nextSetBit(0); g >= 0; g = primaryGroups.nextSetBit(g + 1)) {
      SparseVector above = vectors.get(g).restrictedTo(aboveBound);
      if (above.isZero()) {
        SparseVector v = vectors.get(g);
        for (int k = 0; k < v.size(); k++) {
          visible.set(v.index(k));
        }
        anyAtBound |= !v.isZero();
      } else {
        track(g, above);
      }
    }
    visibleSpan = anyAtBound ? new EchelonBasis() : null;
  }

  /** What publishing {@code cell} would change, or null where it would determine a protected cell. */
  Change check(SparseVector cell) {
    SparseVector above = aboveSpan.reduce(cell.restrictedTo(aboveBound));
    SparseVector onVisible = visibleSpan == null ? SparseVector.ZERO : visibleSpan.reduce(cell.restrictedTo(visible));
    if (above.isZero()) {
      // Anything new it brings lies on atoms at their bound: it would pin them.
      return onVisible.isZero() ? Change.NONE : null;
    }
    int pivot = pivotOf(above);
    SparseVector scaled = above.scaledToOneAt(pivot);
    Map<Integer, SparseVector> updated = new HashMap<>();
    for (int p : residualsWithAtom.getOrDefault(pivot, Set.of())) {
      SparseVector old = residuals.get(p);
      SparseVector next = old.minus(old.get(pivot), scaled);
      if (next.isZero()) {
        return null;
      }
      updated.put(p, next);
    }
    return discloseToSingleton(updated) ? null : new Change(above, pivot, updated, onVisible);
  }

  void apply(Change change) {
    if (change.pivot() >= 0) {
      aboveSpan.add(change.aboveResidual(), change.pivot());
      change.updated().forEach((p, next) -> {
        untrack(p);
        track(p, next);
      });
    }
    if (!change.visibleResidual().isZero()) {
      visibleSpan.add(change.visibleResidual(), change.visibleResidual().index(0));
    }
  }

  /**
   * Whether any changed residual would become proportional to another protected residual where
   * one of the two is a singleton's: its contributor could then compute the other.
   */
  private boolean discloseToSingleton(Map<Integer, SparseVector> updated) {
    Map<SparseVector, List<Integer>> changed = new HashMap<>();
    for (Map.Entry<Integer, SparseVector> e : updated.entrySet()) {
      changed.computeIfAbsent(e.getValue().normalised(), d -> new ArrayList<>()).add(e.getKey());
    }
    for (Map.Entry<SparseVector, List<Integer>> e : changed.entrySet()) {
      List<Integer> same = new ArrayList<>(e.getValue());
      for (int q : byDirection.getOrDefault(e.getKey(), Set.of())) {
        if (!updated.containsKey(q)) {
          same.add(q);
        }
      }
      if (same.size() > 1 && same.stream().anyMatch(singletonGroups::get)) {
        return true;
      }
    }
    return false;
  }

  /** The atom of {@code r} held by the fewest protected residuals (fewest updates), lowest first. */
  private int pivotOf(SparseVector r) {
    int best = r.index(0);
    int bestCount = Integer.MAX_VALUE;
    for (int k = 0; k < r.size() && bestCount > 0; k++) {
      int count = residualsWithAtom.getOrDefault(r.index(k), Set.of()).size();
      if (count < bestCount) {
        best = r.index(k);
        bestCount = count;
      }
    }
    return best;
  }

  private void track(int group, SparseVector residual) {
    residuals.put(group, residual);
    for (int k = 0; k < residual.size(); k++) {
      residualsWithAtom.computeIfAbsent(residual.index(k), a -> new HashSet<>()).add(group);
    }
    byDirection.computeIfAbsent(residual.normalised(), d -> new HashSet<>()).add(group);
  }

  private void untrack(int group) {
    SparseVector residual = residuals.remove(group);
    for (int k = 0; k < residual.size(); k++) {
      Set<Integer> holders = residualsWithAtom.get(residual.index(k));
      holders.remove(group);
      if (holders.isEmpty()) {
        residualsWithAtom.remove(residual.index(k));
      }
    }
    Set<Integer> same = byDirection.get(residual.normalised());
    same.remove(group);
    if (same.isEmpty()) {
      byDirection.remove(residual.normalised());
    }
  }
}
