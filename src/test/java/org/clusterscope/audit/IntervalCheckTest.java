package org.clusterscope.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feasible ranges of the rectangle of {@link SpanCheckTest} with values
 * a0 = 3, a1 = 5, a2 = 9, a3 = 4, a4 = 6, a5 = 2 and a0, a1, a3, a4 suppressed: with
 * a0 = t the others are a1 = 8 - t, a3 = 7 - t, a4 = 3 + t.
 */
class IntervalCheckTest {
  private static final double[] VALUES = {3, 5, 9, 4, 6, 2};

  private static IntervalCheck check(double[] lower, int maxAtoms, int maxCells) {
    SpanCheck.Outcome outcome = SpanCheck.run(VALUES.length, SpanCheckTest.released(0, 1, 3, 4),
        new boolean[VALUES.length], List.of());
    return new IntervalCheck(VALUES, lower, outcome.known(), outcome.independentRows(), maxAtoms, maxCells);
  }

  @Test
  void nonNegativityBoundsTheRange() {
    // t >= 0, 8 - t >= 0, 7 - t >= 0, 3 + t >= 0: t in [0, 7]; a4 = 3 + t in [3, 10].
    IntervalCheck check = check(new double[VALUES.length], 10, 100);
    assertEquals(0, check.range(new int[] {0}).min(), 1e-9);
    assertEquals(7, check.range(new int[] {0}).max(), 1e-9);
    assertEquals(3, check.range(new int[] {4}).min(), 1e-9);
    assertEquals(10, check.range(new int[] {4}).max(), 1e-9);
    // A released cell with a suppressed one: a0 + a2 = t + 9 in [9, 16].
    assertEquals(9, check.range(new int[] {0, 2}).min(), 1e-9);
    assertEquals(16, check.range(new int[] {0, 2}).max(), 1e-9);
  }

  @Test
  void lowerBoundsNarrowTheRange() {
    // Each atom at least 2: t >= 2, 8 - t >= 2, 7 - t >= 2: t in [2, 5].
    IntervalCheck check = check(new double[] {2, 2, 2, 2, 2, 2}, 10, 100);
    assertEquals(2, check.range(new int[] {0}).min(), 1e-9);
    assertEquals(5, check.range(new int[] {0}).max(), 1e-9);
  }

  @Test
  void componentsBeyondTheCapAreNotSolved() {
    assertNull(check(new double[VALUES.length], 3, 100).range(new int[] {0}));
  }

  @Test
  void cellsBeyondTheBudgetAreNotSolved() {
    IntervalCheck check = check(new double[VALUES.length], 10, 3);
    // A budget of 3 cells: a0 <= 7, a1 = 8 - t <= 8, a3 = 7 - t <= 7, then no more.
    assertEquals(7, check.range(new int[] {0}).max(), 1e-9);
    assertEquals(8, check.range(new int[] {1}).max(), 1e-9);
    assertEquals(7, check.range(new int[] {3}).max(), 1e-9);
    assertNull(check.range(new int[] {4}));
    // A cell all of whose atoms are known costs no linear program.
    assertEquals(9, check.range(new int[] {2}).max(), 1e-9);
  }
}
