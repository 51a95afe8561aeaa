package org.clusterscope.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Secondary cell suppression by Gaussian elimination (Langsrud 2019; the method of the R package
 * SSBtools, used in production by Statistics Norway). Every released cell is the sum of some
 * atoms; a suppressed cell is exactly disclosed when its atom vector lies in the span of the
 * released cells' vectors, whatever the relations that put it there (hierarchies, schemes,
 * totals, all at once).
 *
 * <p>The candidates for publication are taken one by one, largest first (so the cells left
 * suppressed are the small ones); a candidate is published unless adding it to the span would
 * determine a protected cell, in which case it becomes a secondary suppression. The protected
 * cells' vectors are kept reduced against the span of what is published, so "would determine"
 * is a residual becoming zero. Two guards go beyond linear determination:
 * <ul>
 *   <li>singletons: the one contributor of a primary cell knows its value, so no other protected
 *       cell may be determined by the published cells plus that one: their residuals must not be
 *       proportional;
 *   <li>zeros: employment is not negative, so a published cell of employment 0 pins every cell
 *       inside it to 0; a cell of employment 0 that contains a primary cell of employment 0 is
 *       therefore protected like a primary one, and candidates of employment 0 are published
 *       first, so that a suppressed zero's partners are not zeros too. Establishments have
 *       the same problem one above zero: every released row has at least one, so a cell with
 *       one establishment per atom sits at its lower bound and is guarded the same way.
 * </ul>
 * Cells with the same atoms are one vector: they are published or suppressed together.
 *
 * <p>The result depends only on the cells and their values: the order is total (value, then
 * key) and the pivot choices are deterministic.
 */
final class GaussianSuppression {
  private final List<ProblemCell> cells;
  /** Cells with equal atom vectors, by vector; each group is decided once. */
  private final List<List<Integer>> groups = new ArrayList<>();
  private final List<SparseVector> vectors = new ArrayList<>();

  /** Basis of the published span, in insertion order; each scaled to 1 at its pivot. */
  private final List<SparseVector> basis = new ArrayList<>();
  private final List<Integer> pivots = new ArrayList<>();
  private final Map<Integer, Integer> basisOfPivot = new HashMap<>();

  /** Residuals of the protected groups against the span, and which residuals hold each atom. */
  private final Map<Integer, SparseVector> residuals = new LinkedHashMap<>();
  private final Map<Integer, Set<Integer>> residualsWithAtom = new HashMap<>();
  /** Protected groups by normalised residual: proportional residuals meet here. */
  private final Map<SparseVector, Set<Integer>> byDirection = new HashMap<>();
  private final BitSet singletonGroups = new BitSet();

  private GaussianSuppression(List<ProblemCell> cells) {
    this.cells = cells;
  }

  /** The secondary suppressions: indices into {@code cells}. Primary cells are never in it. */
  static BitSet secondary(List<ProblemCell> cells) {
    return new GaussianSuppression(cells).solve();
  }

  private BitSet solve() {
    groupEqualVectors();
    BitSet protectedGroups = protectedGroups();
    for (int g = protectedGroups.nextSetBit(0); g >= 0; g = protectedGroups.nextSetBit(g + 1)) {
      if (groups.get(g).stream().anyMatch(c -> cells.get(c).singleton())) {
        singletonGroups.set(g);
      }
      track(g, vectors.get(g));
    }
    BitSet secondary = new BitSet();
    for (int g : candidates(protectedGroups)) {
      if (!tryPublish(vectors.get(g))) {
        groups.get(g).forEach(secondary::set);
      }
    }
    // Non-primary members of a protected group (same atoms as a primary cell) are suppressed too.
    for (int g = protectedGroups.nextSetBit(0); g >= 0; g = protectedGroups.nextSetBit(g + 1)) {
      groups.get(g).stream().filter(c -> !cells.get(c).primary()).forEach(secondary::set);
    }
    return secondary;
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

  /**
   * Groups holding a primary cell, and groups of employment 0 that contain a primary group of
   * employment 0 (publishing them, or letting them be derived, would pin it to 0).
   */
  private BitSet protectedGroups() {
    BitSet result = new BitSet();
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).stream().anyMatch(c -> cells.get(c).primary())) {
        result.set(g);
      }
    }
    BitSet primaries = (BitSet) result.clone();
    result.or(zeroAncestors(primaries, g -> first(g).employment() == 0));
    result.or(zeroAncestors(primaries, this::oneEstablishmentPerAtom));
    return result;
  }

  /**
   * Whether each atom of the group has exactly one establishment: every released row has at
   * least one, so for establishments such a cell sits at its lower bound, the zero of the
   * establishments above one per atom, and is pinned by the same attacks as a zero.
   */
  private boolean oneEstablishmentPerAtom(int group) {
    return first(group).establishments() == vectors.get(group).size();
  }

  /** Groups "zero" by {@code zero} that contain a primary group that is "zero" too. */
  private BitSet zeroAncestors(BitSet primaries, java.util.function.IntPredicate zero) {
    Map<Integer, List<Integer>> zeroGroupsWithAtom = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      if (zero.test(g)) {
        SparseVector v = vectors.get(g);
        for (int k = 0; k < v.size(); k++) {
          zeroGroupsWithAtom.computeIfAbsent(v.index(k), a -> new ArrayList<>()).add(g);
        }
      }
    }
    BitSet result = new BitSet();
    for (int p = primaries.nextSetBit(0); p >= 0; p = primaries.nextSetBit(p + 1)) {
      if (!zero.test(p) || vectors.get(p).isZero()) {
        continue;
      }
      for (int g : zeroGroupsWithAtom.getOrDefault(vectors.get(p).index(0), List.of())) {
        if (contains(vectors.get(g), vectors.get(p))) {
          result.set(g);
        }
      }
    }
    return result;
  }

  /** Whether every atom of {@code inner} is an atom of {@code outer} (both in increasing order). */
  private static boolean contains(SparseVector outer, SparseVector inner) {
    int o = 0;
    for (int i = 0; i < inner.size(); i++) {
      while (o < outer.size() && outer.index(o) < inner.index(i)) {
        o++;
      }
      if (o == outer.size() || outer.index(o) != inner.index(i)) {
        return false;
      }
    }
    return true;
  }

  /** Groups to decide, most wanted in publication first: zeros, then by value, then by key. */
  private List<Integer> candidates(BitSet protectedGroups) {
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (!protectedGroups.get(g)) {
        order.add(g);
      }
    }
    order.sort(Comparator.<Integer>comparingInt(g -> first(g).employment() == 0 || oneEstablishmentPerAtom(g) ? 0 : 1)
        .thenComparing(g -> -first(g).employment())
        .thenComparing(g -> -first(g).establishments())
        .thenComparing(g -> first(g).key()));
    return order;
  }

  /** Publishes a candidate unless that discloses a protected cell. @return whether published */
  private boolean tryPublish(SparseVector candidate) {
    SparseVector r = reduce(candidate);
    if (r.isZero()) {
      return true;
    }
    int pivot = pivotOf(r);
    r = r.scaledToOneAt(pivot);
    Map<Integer, SparseVector> updated = new HashMap<>();
    for (int p : residualsWithAtom.getOrDefault(pivot, Set.of())) {
      SparseVector old = residuals.get(p);
      SparseVector next = old.minus(old.get(pivot), r);
      if (next.isZero()) {
        return false;
      }
      updated.put(p, next);
    }
    if (discloseToSingleton(updated)) {
      return false;
    }
    basisOfPivot.put(pivot, basis.size());
    basis.add(r);
    pivots.add(pivot);
    updated.forEach((p, next) -> {
      untrack(p);
      track(p, next);
    });
    return true;
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

  /**
   * Reduces {@code x} against the basis in insertion order: each basis vector is 0 at the pivots
   * of those before it, so subtracting one brings in only later pivots, and the result is 0 at
   * every pivot (the canonical residual: proportional residuals are equal once normalised).
   */
  private SparseVector reduce(SparseVector x) {
    PriorityQueue<Integer> pending = new PriorityQueue<>();
    Set<Integer> queued = new HashSet<>();
    enqueuePivots(x, pending, queued);
    SparseVector current = x;
    while (!pending.isEmpty()) {
      int b = pending.poll();
      SparseVector base = basis.get(b);
      int pivot = pivots.get(b);
      long coefficient = current.get(pivot);
      if (coefficient != 0) {
        current = current.minus(coefficient, base);
        enqueuePivots(base, pending, queued);
      }
    }
    return current;
  }

  private void enqueuePivots(SparseVector v, PriorityQueue<Integer> pending, Set<Integer> queued) {
    for (int k = 0; k < v.size(); k++) {
      Integer b = basisOfPivot.get(v.index(k));
      if (b != null && queued.add(b)) {
        pending.add(b);
      }
    }
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
