package org.clusterscope.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The span of the published cells' vectors, as a basis in insertion order, each vector scaled to
 * 1 at its pivot and 0 at the pivots of those before it. Reducing against it gives the canonical
 * residual: 0 at every pivot, so proportional residuals are equal once normalised.
 */
final class EchelonBasis {
  private final List<SparseVector> basis = new ArrayList<>();
  private final List<Integer> pivots = new ArrayList<>();
  private final Map<Integer, Integer> basisOfPivot = new HashMap<>();

  /** {@code x} less its component in the span: zero exactly when {@code x} is in the span. */
  SparseVector reduce(SparseVector x) {
    PriorityQueue<Integer> pending = new PriorityQueue<>();
    Set<Integer> queued = new HashSet<>();
    enqueuePivots(x, pending, queued);
    SparseVector current = x;
    while (!pending.isEmpty()) {
      int b = pending.poll();
      SparseVector base = basis.get(b);
      long coefficient = current.get(pivots.get(b));
      if (coefficient != 0) {
        current = current.minus(coefficient, base);
        enqueuePivots(base, pending, queued);
      }
    }
    return current;
  }

  /**
   * Adds a residual of {@link #reduce} (not zero) with the pivot chosen among its atoms.
   *
   * @return the residual scaled to 1 at the pivot, as stored
   */
  SparseVector add(SparseVector residual, int pivot) {
    SparseVector scaled = residual.scaledToOneAt(pivot);
    basisOfPivot.put(pivot, basis.size());
    basis.add(scaled);
    pivots.add(pivot);
    return scaled;
  }

  private void enqueuePivots(SparseVector v, PriorityQueue<Integer> pending, Set<Integer> queued) {
    for (int k = 0; k < v.size(); k++) {
      Integer b = basisOfPivot.get(v.index(k));
      if (b != null && queued.add(b)) {
        pending.add(b);
      }
    }
  }
}
