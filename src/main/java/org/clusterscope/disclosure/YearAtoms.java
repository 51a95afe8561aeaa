package org.clusterscope.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.NutsLevels;
import org.clusterscope.reference.SectorScheme;

/**
 * The cells of one year's register-based tables as sums of atoms. An atom is a distinct
 * combination of the region at every configured level and the sector in every published scheme:
 * the finest partition all released cells are unions of, whichever levels and schemes (custom
 * ones cut across NACE) are published. Cells fed by aggregated sources (SBS) are not here: their
 * values are the source's published ones.
 */
final class YearAtoms {
  private final Map<CellKey, Cell> cells;
  private final AtomValues values;

  /** A cell's atoms (in increasing order) and values. */
  record Cell(int[] atoms, double employment, long establishments) {}

  private YearAtoms(Map<CellKey, Cell> cells, AtomValues values) {
    this.cells = cells;
    this.values = values;
  }

  Map<CellKey, Cell> cells() {
    return cells;
  }

  AtomValues values() {
    return values;
  }

  /**
   * @param establishments the year's silver establishments outside extra-regio, of the sources
   *     that feed the indicators
   */
  static YearAtoms of(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes) {
    List<Column> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int level : levels) {
      names.add("l" + level);
      codes.add(NutsLevels.regionAt(level).as(names.get(names.size() - 1)));
    }
    for (SectorScheme scheme : schemes) {
      names.add("s_" + scheme.name());
      codes.add(scheme.sectorCode().as(names.get(names.size() - 1)));
    }
    // Sorted, so atom numbers (and the pivots chosen among them) are the same in every run.
    List<Row> atoms = establishments.groupBy(codes.toArray(Column[]::new))
        .agg(sum(col("employees")).as("employment"), count(lit(1)).as("establishments"))
        .orderBy(names.stream().map(name -> col(name).asc_nulls_first()).toArray(Column[]::new))
        .collectAsList();
    Map<CellKey, Builder> builders = new HashMap<>();
    double[] atomEmployment = new double[atoms.size()];
    long[] atomEstablishments = new long[atoms.size()];
    for (int atom = 0; atom < atoms.size(); atom++) {
      Row row = atoms.get(atom);
      double employment = row.isNullAt(codes.size()) ? 0 : ((Number) row.get(codes.size())).doubleValue();
      long count = row.getLong(codes.size() + 1);
      atomEmployment[atom] = employment;
      atomEstablishments[atom] = count;
      for (int l = 0; l < levels.size(); l++) {
        String region = row.getString(l);
        if (region == null) {
          continue;
        }
        for (String r : new String[] {region, CellKey.TOTAL}) {
          add(builders, CellKey.regionTotal(levels.get(l), r), atom, employment, count);
          for (int s = 0; s < schemes.size(); s++) {
            add(builders, new CellKey(levels.get(l), r, schemes.get(s).name(), row.getString(levels.size() + s)),
                atom, employment, count);
          }
        }
      }
    }
    Map<CellKey, Cell> cells = new HashMap<>();
    builders.forEach((key, b) -> cells.put(key, b.build()));
    return new YearAtoms(cells, new AtomValues(atomEmployment, atomEstablishments));
  }

  private static void add(Map<CellKey, Builder> builders, CellKey key, int atom, double employment, long count) {
    builders.computeIfAbsent(key, k -> new Builder()).add(atom, employment, count);
  }

  /** Accumulates a cell; atoms arrive in increasing order, each once per cell. */
  private static final class Builder {
    private int[] atoms = new int[4];
    private int size;
    private double employment;
    private long establishments;

    void add(int atom, double e, long count) {
      if (size == atoms.length) {
        atoms = java.util.Arrays.copyOf(atoms, size * 2);
      }
      atoms[size++] = atom;
      employment += e;
      establishments += count;
    }

    /** Employment rounded to 1e-6: sums of estimated (fractional) sizes in another order must
     * not change the order of candidates. */
    Cell build() {
      return new Cell(java.util.Arrays.copyOf(atoms, size), Math.round(employment * 1e6) / 1e6, establishments);
    }
  }
}
