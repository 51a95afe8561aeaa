package org.clusterscope.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact check on a 2 × 3 table whose cells are single atoms a(r, s) = 3r + s, with its row,
 * column and grand totals: which suppressed cells, or sums of them, the released cells determine.
 */
class SpanCheckTest {
  private static final int ATOMS = 6;

  /** Cells of the table with the totals; the cells listed are left out (suppressed). */
  static List<int[]> released(int... suppressed) {
    List<int[]> rows = new ArrayList<>();
    for (int a = 0; a < ATOMS; a++) {
      final int atom = a;
      if (java.util.Arrays.stream(suppressed).noneMatch(x -> x == atom)) {
        rows.add(new int[] {a});
      }
    }
    rows.add(new int[] {0, 1, 2});
    rows.add(new int[] {3, 4, 5});
    rows.add(new int[] {0, 3});
    rows.add(new int[] {1, 4});
    rows.add(new int[] {2, 5});
    rows.add(new int[] {0, 1, 2, 3, 4, 5});
    return rows;
  }

  private static boolean[] disclosed(List<int[]> released, boolean[] atBound, int[]... targets) {
    return SpanCheck.run(ATOMS, released, atBound, List.of(targets)).disclosed();
  }

  @Test
  void aLoneSuppressedCellIsInTheSpanOfItsRow() {
    assertArrayEquals(new boolean[] {true}, disclosed(released(0), new boolean[ATOMS], new int[] {0}));
  }

  @Test
  void aRectangleProtectsEachCellButNotTheirRowSum() {
    boolean[] result = disclosed(released(0, 1, 3, 4), new boolean[ATOMS],
        new int[] {0}, new int[] {1}, new int[] {3}, new int[] {4}, new int[] {0, 1}, new int[] {0, 4});
    // a0 + a1 is the row total less a2; a0 + a4 is not determined (a0 - a4 would be).
    assertArrayEquals(new boolean[] {false, false, false, false, true, false}, result);
  }

  @Test
  void cellsAtTheirBoundArePinnedThroughAColumnTotal() {
    boolean[] atBound = new boolean[ATOMS];
    atBound[0] = true;
    atBound[3] = true;
    // Column 0 (a0 + a3) is released as 0: both are 0, and the rows then give a1 and a4.
    assertArrayEquals(new boolean[] {true, true, true, true},
        disclosed(released(0, 1, 3, 4), atBound, new int[] {0}, new int[] {1}, new int[] {3}, new int[] {4}));
  }

  @Test
  void cellsAtTheirBoundArePinnedOnlyWhenTheirWholeRelationIsAtItsBound() {
    boolean[] atBound = new boolean[ATOMS];
    atBound[0] = true;
    assertArrayEquals(new boolean[] {false}, disclosed(released(0, 1, 3, 4), atBound, new int[] {0}));
  }

  @Test
  void theIndependentRowsAreOverTheUnknownAtoms() {
    SpanCheck.Outcome outcome = SpanCheck.run(ATOMS, released(0, 1, 3, 4), new boolean[ATOMS], List.of());
    // Rank of the four unknowns' relations: rows, columns 0 and 1 (one of them implied) = 3.
    assertEquals(3, outcome.independentRows().size());
    assertArrayEquals(new boolean[] {false, false, true, false, false, true}, outcome.known());
  }
}
