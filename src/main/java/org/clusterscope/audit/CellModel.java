package org.clusterscope.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cell the released tables can publish for one year, as the list of atoms it sums: at each
 * NUTS level L, the region × sector cells of every scheme S, the region totals (L, r), the sector
 * totals (L, S, s) over all regions of L, and the grand total of L. A region total is the same sum
 * in every scheme, so it is one cell whichever table or scheme releases it.
 */
final class CellModel {
  /** The code of "all regions" or "all sectors" (SDMX _T). */
  static final String TOTAL = "_T";

  /** A cell: region or {@link #TOTAL}, scheme and sector or both {@link #TOTAL}. */
  record Key(int level, String region, String scheme, String sector) {}

  private final Map<Key, Integer> ids;
  private final List<int[]> atoms;

  private CellModel(Map<Key, Integer> ids, List<int[]> atoms) {
    this.ids = ids;
    this.atoms = atoms;
  }

  static CellModel of(Atoms atoms, List<Integer> levels, List<String> schemes) {
    Map<Key, IntList> cells = new HashMap<>();
    for (int a = 0; a < atoms.count(); a++) {
      for (int l = 0; l < levels.size(); l++) {
        String region = atoms.region(l, a);
        if (region == null) {
          continue;
        }
        int level = levels.get(l);
        add(cells, new Key(level, region, TOTAL, TOTAL), a);
        add(cells, new Key(level, TOTAL, TOTAL, TOTAL), a);
        for (int s = 0; s < schemes.size(); s++) {
          String sector = atoms.sector(s, a);
          add(cells, new Key(level, region, schemes.get(s), sector), a);
          add(cells, new Key(level, TOTAL, schemes.get(s), sector), a);
        }
      }
    }
    Map<Key, Integer> ids = new HashMap<>();
    List<int[]> lists = new ArrayList<>();
    cells.forEach((key, list) -> {
      ids.put(key, lists.size());
      lists.add(list.toArray());
    });
    return new CellModel(ids, lists);
  }

  private static void add(Map<Key, IntList> cells, Key key, int atom) {
    cells.computeIfAbsent(key, k -> new IntList()).add(atom);
  }

  /** The cell's index, or -1 when no atom falls in it (a cell fed by SBS, outside the model). */
  int id(Key key) {
    return ids.getOrDefault(key, -1);
  }

  int[] atoms(int cell) {
    return atoms.get(cell);
  }

  int size() {
    return atoms.size();
  }

  /** The sum of the cell's atoms' values. */
  double sum(int cell, double[] values) {
    double total = 0;
    for (int atom : atoms.get(cell)) {
      total += values[atom];
    }
    return total;
  }
}
