package org.clusterscope.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Secondary suppression on hand-made tables whose safe patterns can be checked by hand. */
class GaussianSuppressionTest {

  /** The suppression of hand-made cells whose atoms are each a cell of its own, valued by it. */
  private static BitSet suppress(List<ProblemCell> cells) {
    int count = cells.stream().flatMapToInt(c -> java.util.Arrays.stream(c.atoms())).max().orElse(-1) + 1;
    double[] employment = new double[count];
    long[] establishments = new long[count];
    for (ProblemCell cell : cells) {
      if (cell.atoms().length == 1) {
        employment[cell.atoms()[0]] = cell.employment();
        establishments[cell.atoms()[0]] = cell.establishments();
      }
    }
    return GaussianSuppression.secondary(cells, new AtomValues(employment, establishments));
  }

  /**
   * A two-way table (rows × columns) with row, column and grand totals; atoms are the inner cells
   * in row-major order.
   */
  private static final class Table {
    final List<ProblemCell> cells = new ArrayList<>();
    final Map<String, Integer> index = new TreeMap<>();

    Table(String[] rows, String[] columns, double[][] values, Map<String, String> flags) {
      int n = rows.length * columns.length;
      for (int i = 0; i < rows.length; i++) {
        for (int j = 0; j < columns.length; j++) {
          add(rows[i] + "/" + columns[j], new int[] {i * columns.length + j}, values[i][j], flags);
        }
      }
      for (int i = 0; i < rows.length; i++) {
        int row = i;
        add(rows[i] + "/T", IntStream.range(0, columns.length).map(j -> row * columns.length + j).toArray(),
            IntStream.range(0, columns.length).mapToDouble(j -> values[row][j]).sum(), flags);
      }
      for (int j = 0; j < columns.length; j++) {
        int column = j;
        add("T/" + columns[j], IntStream.range(0, rows.length).map(i -> i * columns.length + column).toArray(),
            IntStream.range(0, rows.length).mapToDouble(i -> values[i][column]).sum(), flags);
      }
      double total = 0;
      for (double[] row : values) {
        for (double v : row) {
          total += v;
        }
      }
      add("T/T", IntStream.range(0, n).toArray(), total, flags);
    }

    void add(String key, int[] atoms, double value, Map<String, String> flags) {
      String flag = flags.getOrDefault(key, "");
      index.put(key, cells.size());
      cells.add(new ProblemCell(key, atoms, value, Math.max(1, Math.round(value / 10)), !flag.isEmpty(),
          flag.equals("singleton")));
    }

    TreeSet<String> secondary() {
      BitSet secondary = suppress(cells);
      TreeSet<String> keys = new TreeSet<>();
      secondary.stream().forEach(c -> keys.add(cells.get(c).key()));
      return keys;
    }
  }

  @Test
  void caseSdc1ChoosesTheCellsTauArgusChose() {
    // Reference case SDC1: 02/tr1 primary by frequency, 06/tr2 by dominance.
    Table table = new Table(new String[] {"01", "02", "06"}, new String[] {"tr1", "tr2"},
        new double[][] {{100, 50}, {30, 20}, {60, 40}}, Map.of("02/tr1", "primary", "06/tr2", "primary"));
    assertEquals(new TreeSet<>(List.of("02/tr2", "06/tr1")), table.secondary());
  }

  @Test
  void aSingleFlaggedCellInARowTakesASecondOne() {
    // Row a: 40 + 5 + 30; the 5 alone would be the row total minus the others.
    Table table = new Table(new String[] {"a", "b"}, new String[] {"x", "y", "z"},
        new double[][] {{40, 5, 30}, {50, 60, 70}}, Map.of("a/y", "primary"));
    TreeSet<String> secondary = table.secondary();
    // A rectangle through a/y is needed: a/y, b/y (60) and a second column, x (40 + 50) or z
    // (30 + 70). Larger cells are published first, so z's are, and x's rectangle (150 suppressed
    // in all, against 160) is left.
    assertEquals(new TreeSet<>(List.of("a/x", "b/x", "b/y")), secondary);
  }

  @Test
  void aCellFreeByAllRulesIsNotSuppressedWithoutNeed() {
    Table table = new Table(new String[] {"a", "b"}, new String[] {"x", "y"},
        new double[][] {{40, 5}, {50, 60}}, Map.of());
    assertTrue(table.secondary().isEmpty());
  }

  @Test
  void theNutsHierarchyIsProtectedAcrossLevels() {
    // One sector; level-3 regions r1, r2 in level-2 region R, which with r3's parent S makes the
    // country. r1 is primary; publishing R and r2 would give r1 = R − r2.
    List<ProblemCell> cells = List.of(
        new ProblemCell("r1", new int[] {0}, 3, 1, true, false),
        new ProblemCell("r2", new int[] {1}, 50, 5, false, false),
        new ProblemCell("r3", new int[] {2}, 80, 8, false, false),
        new ProblemCell("R", new int[] {0, 1}, 53, 6, false, false),
        new ProblemCell("S", new int[] {2}, 80, 8, false, false),
        new ProblemCell("country", new int[] {0, 1, 2}, 133, 14, false, false));
    BitSet secondary = suppress(cells);
    // R is larger than r2, so r2 is the one left out; S equals r3 (same atoms): both published.
    assertEquals(BitSet.valueOf(new long[] {1L << 1}), secondary);
  }

  @Test
  void aSingletonCannotRecoverItsPartner() {
    // Row a: two primary cells and a large one. Suppressing only the two primaries would let the
    // single contributor of a/x compute a/y from the row total.
    Table table = new Table(new String[] {"a", "b"}, new String[] {"x", "y", "z"},
        new double[][] {{4, 6, 90}, {50, 60, 70}}, Map.of("a/x", "singleton", "a/y", "primary"));
    TreeSet<String> secondary = table.secondary();
    assertTrue(secondary.contains("a/z"), "a third cell in the row: " + secondary);
  }

  @Test
  void aPrimaryZeroIsNotPinnedByAPublishedZero() {
    // Region R (employment 0, three non-employer enterprises) holds r1 (primary, 0) and r2 (0).
    List<ProblemCell> cells = List.of(
        new ProblemCell("r1", new int[] {0}, 0, 1, true, false),
        new ProblemCell("r2", new int[] {1}, 0, 2, false, false),
        new ProblemCell("r3", new int[] {2}, 80, 8, false, false),
        new ProblemCell("R", new int[] {0, 1}, 0, 3, false, false),
        new ProblemCell("country", new int[] {0, 1, 2}, 80, 11, false, false));
    BitSet secondary = suppress(cells);
    assertTrue(secondary.get(3), "R, which contains the zero primary, is suppressed");
    assertTrue(secondary.get(2), "r3 too, or R would be the country minus r3: " + secondary);
  }

  @Test
  void aOneEstablishmentPrimaryIsNotPinnedByTheLowerBoundOfItsPartner() {
    // Every released row has at least one establishment. Suppressing p (1 establishment) with q
    // (1) would leave p + q = 11 - 9 = 2, both at their lower bound: pinned. The partner must be
    // r, whose nine establishments leave p anywhere from 1 to 9.
    List<ProblemCell> cells = List.of(
        new ProblemCell("p", new int[] {0}, 5, 1, true, false),
        new ProblemCell("q", new int[] {1}, 3, 1, false, false),
        new ProblemCell("r", new int[] {2}, 90, 9, false, false),
        new ProblemCell("T", new int[] {0, 1, 2}, 98, 11, false, false));
    assertEquals(BitSet.valueOf(new long[] {1L << 2}), suppress(cells));
  }

  @Test
  void aOneEstablishmentPrimaryTakesARowPartnerAboveOne() {
    // Row a: x (40 employees, 4 establishments), y (5, 1; primary), z (8, 1). Suppressing y with
    // z, the cell of least loss, would leave y + z = 6 - 4 = 2 establishments: both 1, pinned by
    // the bound every released row has. The row partner must be x.
    Table table = new Table(new String[] {"a", "b"}, new String[] {"x", "y", "z"},
        new double[][] {{40, 5, 8}, {50, 60, 70}}, Map.of("a/y", "primary"));
    assertEquals(1, table.cells.get(table.index.get("a/z")).establishments());
    TreeSet<String> secondary = table.secondary();
    assertTrue(secondary.contains("a/x"), "x carries the row: " + secondary);
    assertTrue(!secondary.contains("a/z"), "z, at its bound, protects nothing: " + secondary);
  }

  @Test
  void thePatternIsTheSameWhateverTheInputOrder() {
    Table table = new Table(new String[] {"01", "02", "06", "07"}, new String[] {"tr1", "tr2", "tr3"},
        new double[][] {{100, 50, 7}, {30, 20, 9}, {60, 40, 3}, {11, 12, 13}},
        Map.of("02/tr1", "primary", "06/tr2", "primary", "07/tr3", "singleton"));
    TreeSet<String> forward = table.secondary();
    List<ProblemCell> reversed = new ArrayList<>(table.cells);
    java.util.Collections.reverse(reversed);
    TreeSet<String> backward = new TreeSet<>();
    suppress(reversed).stream().forEach(c -> backward.add(reversed.get(c).key()));
    assertEquals(forward, backward);
  }
}
