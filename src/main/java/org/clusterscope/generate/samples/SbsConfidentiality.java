package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which SBS cells are confidential. Primary confidentiality: the head count of a NUTS 2 cell made
 * of a single local unit with 10 or more persons employed (it would disclose that unit). Secondary
 * confidentiality: wherever a single confidential part could be derived from its parent's total,
 * the parent is hidden too, so the regional detail stays published and the suppression climbs up
 * to the national total where needed. Wages exist only at NUTS 0 and 1 and stay published.
 */
final class SbsConfidentiality {

  private static final long SMALL_CELL_EMPLOYEES = 10;

  private SbsConfidentiality() {
  }

  /** Confidential cells as {@code key + "|" + year index}. */
  static Set<String> confidential(Map<SbsCells.Key, long[]> cells) {
    Set<String> hidden = new HashSet<>();
    for (Map.Entry<SbsCells.Key, long[]> cell : cells.entrySet()) {
      SbsCells.Key key = cell.getKey();
      if (!key.indicator().equals("EMP_LOC_NR") || key.geo().length() != 4) {
        continue;
      }
      long[] units = cells.get(new SbsCells.Key("LOC_NR", key.nace(), key.geo()));
      for (int y = 0; y < units.length; y++) {
        if (units[y] == 1 && cell.getValue()[y] >= SMALL_CELL_EMPLOYEES) {
          hidden.add(id(key, y));
        }
      }
    }
    List<String> regions = SbsCells.regions();
    for (int parentLength : new int[] {3, 2}) {
      for (Map.Entry<SbsCells.Key, long[]> cell : cells.entrySet()) {
        SbsCells.Key parent = cell.getKey();
        if (parent.indicator().equals("LOC_NR") || parent.geo().length() != parentLength) {
          continue;
        }
        List<SbsCells.Key> children = new ArrayList<>();
        for (String geo : regions) {
          SbsCells.Key child = new SbsCells.Key(parent.indicator(), parent.nace(), geo);
          if (geo.length() == parentLength + 1 && geo.startsWith(parent.geo()) && cells.containsKey(child)) {
            children.add(child);
          }
        }
        for (int y = 0; y < cell.getValue().length; y++) {
          protect(hidden, parent, children, y);
        }
      }
    }
    return hidden;
  }

  static String id(SbsCells.Key key, int year) {
    return key + "|" + year;
  }

  private static void protect(Set<String> hidden, SbsCells.Key parent, List<SbsCells.Key> children, int y) {
    int hiddenChildren = 0;
    for (SbsCells.Key child : children) {
      hiddenChildren += hidden.contains(id(child, y)) ? 1 : 0;
    }
    if (hiddenChildren == 1) {
      hidden.add(id(parent, y));
    }
  }
}
