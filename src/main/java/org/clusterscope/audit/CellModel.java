package org.clusterscope.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.function.LongFunction;

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
    Builder builder = new Builder(atoms.count());
    int[][] regions = new int[levels.size()][];
    List<List<String>> regionCodes = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      final int level = l;
      regionCodes.add(new ArrayList<>());
      regions[l] = codes(atoms.count(), a -> atoms.region(level, a), regionCodes.get(l), true);
    }
    int[][] sectors = new int[schemes.size()][];
    List<List<String>> sectorCodes = new ArrayList<>();
    for (int s = 0; s < schemes.size(); s++) {
      final int scheme = s;
      sectorCodes.add(new ArrayList<>());
      sectors[s] = codes(atoms.count(), a -> atoms.sector(scheme, a), sectorCodes.get(s), false);
    }
    for (int l = 0; l < levels.size(); l++) {
      int level = levels.get(l);
      int[] region = regions[l];
      List<String> regionNames = regionCodes.get(l);
      builder.group(a -> region[a], k -> new Key(level, regionNames.get((int) k), TOTAL, TOTAL));
      builder.group(a -> region[a] < 0 ? -1 : 0, k -> new Key(level, TOTAL, TOTAL, TOTAL));
      for (int s = 0; s < schemes.size(); s++) {
        String scheme = schemes.get(s);
        int[] sector = sectors[s];
        List<String> sectorNames = sectorCodes.get(s);
        long width = sectorNames.size();
        builder.group(a -> region[a] < 0 ? -1 : region[a] * width + sector[a],
            k -> new Key(level, regionNames.get((int) (k / width)), scheme, sectorNames.get((int) (k % width))));
        builder.group(a -> region[a] < 0 ? -1 : sector[a], k -> new Key(level, TOTAL, scheme, sectorNames.get((int) k)));
      }
    }
    return new CellModel(builder.ids, builder.atoms);
  }

  /**
   * Each atom's code as a number; {@code names} gets the codes. With {@code nullIsNone} NULL is -1
   * (a region coarser than the level: in no cell of it), else a code like any other.
   */
  private static int[] codes(int count, IntFunction<String> code, List<String> names, boolean nullIsNone) {
    Map<String, Integer> numbers = new HashMap<>();
    int[] codes = new int[count];
    for (int a = 0; a < count; a++) {
      String value = code.apply(a);
      if (value == null && nullIsNone) {
        codes[a] = -1;
        continue;
      }
      Integer number = numbers.get(value);
      if (number == null && !numbers.containsKey(value)) {
        number = names.size();
        names.add(value);
        numbers.put(value, number);
      }
      codes[a] = number;
    }
    return codes;
  }

  /** Groups atoms by a numeric key by sorting (key, atom) pairs: no map entry per atom and cell. */
  private static final class Builder {
    private final int count;
    private final Map<Key, Integer> ids = new HashMap<>();
    private final List<int[]> atoms = new ArrayList<>();

    Builder(int count) {
      this.count = count;
    }

    /** One cell per distinct key of {@code keyOf} (atoms with key -1 are in none). */
    void group(IntToLongFunction keyOf, LongFunction<Key> cellOf) {
      long[] pairs = new long[count];
      int n = 0;
      for (int a = 0; a < count; a++) {
        long key = keyOf.applyAsLong(a);
        if (key >= 0) {
          pairs[n++] = Math.addExact(Math.multiplyExact(key, (long) count), a);
        }
      }
      Arrays.sort(pairs, 0, n);
      int start = 0;
      while (start < n) {
        long key = pairs[start] / count;
        int end = start;
        while (end < n && pairs[end] / count == key) {
          end++;
        }
        int[] members = new int[end - start];
        for (int i = start; i < end; i++) {
          members[i - start] = (int) (pairs[i] % count);
        }
        ids.put(cellOf.apply(key), atoms.size());
        atoms.add(members);
        start = end;
      }
    }
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
