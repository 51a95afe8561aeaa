package org.clusterscope.audit;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.clusterscope.reference.NutsLevels;
import org.clusterscope.reference.SectorScheme;

/**
 * The finest cells of one reference year: the distinct combinations, over the year's
 * establishments that feed gold, of the region at each NUTS level and the sector in each scheme,
 * with their employment and establishments. Every released cell is a sum of atoms, so the atoms
 * are the unknowns of the attacker's equations.
 *
 * <p>Built from silver, not from the cells the suppression used: the audit rebuilds the relations
 * on its own. The establishments that feed gold are those of the (year, country, source) triples
 * gold's region_sector names; countries fed by SBS cells have none, and their cells stay outside
 * the model as published constants.
 */
final class Atoms {
  private final String[][] regions;
  private final String[][] sectors;
  private final double[] employment;
  private final double[] establishments;

  /** Region codes per level and sector codes per scheme, [level or scheme][atom], and the measures per atom. */
  Atoms(String[][] regions, String[][] sectors, double[] employment, double[] establishments) {
    this.regions = regions;
    this.sectors = sectors;
    this.employment = employment;
    this.establishments = establishments;
  }

  /**
   * @param silver cs_silver.establishments
   * @param goldCells gold region_sector (its reference_year, country_code and source are read)
   */
  static Atoms collect(Dataset<Row> silver, Dataset<Row> goldCells, int year, List<Integer> levels,
      List<SectorScheme> schemes) {
    Dataset<Row> sources = goldCells.filter(col("reference_year").equalTo(year))
        .select("reference_year", "country_code", "source").distinct();
    List<Column> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int level : levels) {
      names.add("l" + level);
      columns.add(NutsLevels.regionAt(level).as(names.get(names.size() - 1)));
    }
    for (int s = 0; s < schemes.size(); s++) {
      names.add("s" + s);
      columns.add(schemes.get(s).sectorCode().as(names.get(names.size() - 1)));
    }
    columns.add(col("employees"));
    Column[] keys = names.stream().map(n -> col(n)).toArray(Column[]::new);
    Dataset<Row> atoms = silver
        .filter(col("reference_year").equalTo(year).and(col("extra_regio").equalTo(false)))
        .join(broadcast(sources), new String[] {"reference_year", "country_code", "source"}, "left_semi")
        .select(columns.toArray(Column[]::new))
        .groupBy(keys)
        .agg(coalesce(sum("employees"), lit(0.0)).as("employment"), functions.count(lit(1)).as("establishments"))
        .orderBy(keys);
    List<Row> rows = new ArrayList<>();
    Iterator<Row> it = atoms.toLocalIterator();
    it.forEachRemaining(rows::add);
    return of(rows, levels.size(), schemes.size());
  }

  /** Rows of (region per level..., sector per scheme..., employment, establishments). */
  private static Atoms of(List<Row> rows, int levels, int schemes) {
    Map<String, String> interned = new HashMap<>();
    String[][] regions = new String[levels][rows.size()];
    String[][] sectors = new String[schemes][rows.size()];
    double[] employment = new double[rows.size()];
    double[] establishments = new double[rows.size()];
    for (int a = 0; a < rows.size(); a++) {
      Row row = rows.get(a);
      for (int l = 0; l < levels; l++) {
        regions[l][a] = intern(interned, row.getString(l));
      }
      for (int s = 0; s < schemes; s++) {
        sectors[s][a] = intern(interned, row.getString(levels + s));
      }
      employment[a] = row.getDouble(levels + schemes);
      establishments[a] = row.getLong(levels + schemes + 1);
    }
    return new Atoms(regions, sectors, employment, establishments);
  }

  private static String intern(Map<String, String> interned, String code) {
    return code == null ? null : interned.computeIfAbsent(code, c -> c);
  }

  int count() {
    return employment.length;
  }

  /** The atom's region at the level of index {@code level} in the configured list; NULL where its code is coarser. */
  String region(int level, int atom) {
    return regions[level][atom];
  }

  /** The atom's sector in the scheme of index {@code scheme}. */
  String sector(int scheme, int atom) {
    return sectors[scheme][atom];
  }

  double[] values(Measure measure) {
    return measure == Measure.EMPLOYMENT ? employment : establishments;
  }
}
