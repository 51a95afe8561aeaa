package org.clusterscope.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary cell suppression by Gaussian elimination (Langsrud 2019; the method of the R package
 * SSBtools, used in production by Statistics Norway). Every released cell is the sum of some
 * atoms; a suppressed cell is exactly disclosed when its atom vector lies in the span of the
 * released cells' vectors, whatever the relations that put it there (hierarchies, schemes,
 * totals, all at once).
 *
 * <p>The candidates for publication are taken one by one, largest first (so the cells left
 * suppressed are the small ones); a candidate is published unless that would determine a
 * protected cell's employment or establishments, in which case it becomes a secondary
 * suppression. Each measure has its {@link MeasureGuard}, which also stops an attacker who uses
 * that atoms are not below their lower bound (zeros, one establishment per row) and a singleton
 * who knows its own value.
 *
 * <p>Cells with the same atoms are one vector: they are published or suppressed together. The
 * result depends only on the cells and their values: the order is total (value, then key) and
 * the pivot choices are deterministic.
 */
final class GaussianSuppression {
  private final List<ProblemCell> cells;
  private final AtomValues atoms;
  /** Cells with equal atom vectors, by vector; each group is decided once. */
  private final List<List<Integer>> groups = new ArrayList<>();
  private final List<SparseVector> vectors = new ArrayList<>();

  private GaussianSuppression(List<ProblemCell> cells, AtomValues atoms) {
    this.cells = cells;
    this.atoms = atoms;
  }

  /** The secondary suppressions: indices into {@code cells}. Primary cells are never in it. */
  static BitSet secondary(List<ProblemCell> cells, AtomValues atoms) {
    return new GaussianSuppression(cells, atoms).solve();
  }

  private BitSet solve() {
    groupEqualVectors();
    BitSet primaryGroups = new BitSet();
    BitSet singletonGroups = new BitSet();
    for (int g = 0; g < groups.size(); g++) {
      primaryGroups.set(g, groups.get(g).stream().anyMatch(c -> cells.get(c).primary()));
      singletonGroups.set(g, primaryGroups.get(g) && groups.get(g).stream().anyMatch(c -> cells.get(c).singleton()));
    }
    double[] establishments = new double[atoms.count()];
    for (int a = 0; a < establishments.length; a++) {
      establishments[a] = atoms.establishments()[a];
    }
    List<MeasureGuard> guards = List.of(
        new MeasureGuard(atoms.employment(), new double[atoms.count()], vectors, primaryGroups, singletonGroups),
        new MeasureGuard(establishments, establishmentBounds(), vectors, primaryGroups, singletonGroups));
    BitSet secondary = new BitSet();
    for (int g : candidates(primaryGroups)) {
      List<MeasureGuard.Change> changes = new ArrayList<>();
      for (MeasureGuard guard : guards) {
        MeasureGuard.Change change = guard.check(vectors.get(g));
        if (change == null) {
          break;
        }
        changes.add(change);
      }
      if (changes.size() == guards.size()) {
        for (int m = 0; m < guards.size(); m++) {
          guards.get(m).apply(changes.get(m));
        }
      } else {
        groups.get(g).forEach(secondary::set);
      }
    }
    // Non-primary members of a primary group (same atoms as a primary cell) are suppressed too.
    for (int g = primaryGroups.nextSetBit(0); g >= 0; g = primaryGroups.nextSetBit(g + 1)) {
      groups.get(g).stream().filter(c -> !cells.get(c).primary()).forEach(secondary::set);
    }
    return secondary;
  }

  /**
   * One establishment for an atom that is a cell of its own: every released row has at least
   * one, and such a row is that atom alone.
   */
  private double[] establishmentBounds() {
    double[] lower = new double[atoms.count()];
    for (SparseVector v : vectors) {
      if (v.size() == 1) {
        lower[v.index(0)] = 1;
      }
    }
    return lower;
  }

  private void groupEqualVectors() {
    Map<SparseVector, Integer> groupOf = new HashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      SparseVector v = SparseVector.ones(cells.get(c).atoms());
      Integer g = groupOf.get(v);
      if (g == null) {
        g = groups.size();
        groupOf.put(v, g);
        groups.add(new ArrayList<>());
        vectors.add(v);
      }
      groups.get(g).add(c);
    }
  }

  private ProblemCell first(int group) {
    return cells.get(groups.get(group).get(0));
  }

  /** Groups to decide, most wanted in publication first: by value, then by key. */
  private List<Integer> candidates(BitSet primaryGroups) {
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (!primaryGroups.get(g)) {
        order.add(g);
      }
    }
    order.sort(Comparator.<Integer, Double>comparing(g -> -first(g).employment())
        .thenComparing(g -> -first(g).establishments())
        .thenComparing(g -> first(g).key()));
    return order;
  }
}
