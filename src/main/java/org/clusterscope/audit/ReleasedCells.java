package org.clusterscope.audit;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What one year's released tables say about the cells of the {@link CellModel}: which values are
 * released (not NULL), which cells are suppressed (conf_status C or D) in which table row, and
 * the true values from gold.
 *
 * <p>A value counts as released wherever a released column carries it: region_sector holds each
 * cell's employment and establishments and, beside them, the region total (region_employment),
 * the sector total (sector_employment) and the grand total (total_employment); region_profile and
 * sector_profile hold the region and sector totals of both measures. The grand total is no row of
 * its own: when total_employment is NULL throughout a (level, scheme) it is a suppressed cell of
 * the pseudo-table {@value #GRAND_TOTAL}.
 */
final class ReleasedCells {
  static final String REGION_SECTOR = "region_sector";
  static final String REGION_PROFILE = "region_profile";
  static final String SECTOR_PROFILE = "sector_profile";
  static final String GRAND_TOTAL = "total";
  private static final String T = CellModel.TOTAL;
  /** The columns of the released and gold rows the audit reads. */
  private static final java.util.Set<String> READ = java.util.Set.of("nuts_level", "region_code", "sector_scheme",
      "sector_code", "employment", "establishments", "region_employment", "sector_employment", "total_employment",
      "conf_status");

  /**
   * One row of a released table: its cell in the model (-1 for a cell fed by SBS, outside it),
   * conf_status, and whether gold's value differs from the sum of the cell's atoms.
   */
  record TableCell(String table, int level, String scheme, int cell, String status, boolean unmatched) {
    boolean suppressed() {
      return status.equals("C") || status.equals("D");
    }
  }

  private final List<TableCell> rows;
  private final BitSet releasedEmployment;
  private final BitSet releasedEstablishments;
  private final double[] trueEmployment;
  private final double[] trueEstablishments;

  private ReleasedCells(List<TableCell> rows, BitSet releasedEmployment, BitSet releasedEstablishments,
      double[] trueEmployment, double[] trueEstablishments) {
    this.rows = rows;
    this.releasedEmployment = releasedEmployment;
    this.releasedEstablishments = releasedEstablishments;
    this.trueEmployment = trueEmployment;
    this.trueEstablishments = trueEstablishments;
  }

  static ReleasedCells read(AuditInputs inputs, int year, CellModel model, Atoms atoms) {
    Reader reader = new Reader(model, atoms);
    reader.regionSector(joined(inputs.released().regionSector(), inputs.gold().regionSector(), year,
        "region_code", "sector_scheme", "sector_code"));
    reader.regionProfile(joined(inputs.released().regionProfile(), inputs.gold().regionProfile(), year,
        "region_code", "sector_scheme"));
    reader.sectorProfile(joined(inputs.released().sectorProfile(), inputs.gold().sectorProfile(), year,
        "sector_scheme", "sector_code"));
    reader.grandTotals();
    return new ReleasedCells(reader.rows, reader.released[0], reader.released[1], reader.truth[0], reader.truth[1]);
  }

  /** The released rows with the gold row of the same cell, as p_* and g_* columns. */
  private static Iterator<Row> joined(Dataset<Row> released, Dataset<Row> gold, int year, String... keys) {
    Dataset<Row> p = released.filter(col("reference_year").equalTo(year)).alias("p");
    Dataset<Row> g = gold.filter(col("reference_year").equalTo(year)).alias("g");
    Column on = col("p.nuts_level").equalTo(col("g.nuts_level"));
    for (String key : keys) {
      on = on.and(col("p." + key).eqNullSafe(col("g." + key)));
    }
    // Only the columns read: the released plan masks every column, and selecting them all made
    // a generated method too large for Spark to compile (it fell back to interpreting, with an
    // error in the log).
    List<Column> columns = new ArrayList<>();
    for (String c : p.columns()) {
      if (READ.contains(c)) {
        columns.add(col("p." + c).as("p_" + c));
      }
    }
    for (String c : g.columns()) {
      if (READ.contains(c)) {
        columns.add(col("g." + c).as("g_" + c));
      }
    }
    return p.join(g, on, "left").select(columns.toArray(Column[]::new)).toLocalIterator();
  }

  List<TableCell> rows() {
    return rows;
  }

  /** Cells whose value of {@code measure} is released. */
  BitSet released(Measure measure) {
    return measure == Measure.EMPLOYMENT ? releasedEmployment : releasedEstablishments;
  }

  /** Gold's value of the cell (NaN where no row gives it). */
  double truth(Measure measure, int cell) {
    return (measure == Measure.EMPLOYMENT ? trueEmployment : trueEstablishments)[cell];
  }

  /** Accumulates the rows of the three tables. */
  private static final class Reader {
    private final CellModel model;
    private final double[] employment;
    private final double[] establishments;
    private final List<TableCell> rows = new ArrayList<>();
    private final BitSet[] released = {new BitSet(), new BitSet()};
    private final double[][] truth;
    /** SBS employment and establishments per sector-total cell: gold sector totals include them. */
    private final Map<CellModel.Key, double[]> sbsTotals = new HashMap<>();
    /** (level, scheme) of region_sector, with whether total_employment was released and its gold value. */
    private final Map<List<Object>, Object[]> grandTotals = new HashMap<>();

    Reader(CellModel model, Atoms atoms) {
      this.model = model;
      this.employment = atoms.values(Measure.EMPLOYMENT);
      this.establishments = atoms.values(Measure.ESTABLISHMENTS);
      truth = new double[2][model.size()];
      Arrays.fill(truth[0], Double.NaN);
      Arrays.fill(truth[1], Double.NaN);
    }

    void regionSector(Iterator<Row> it) {
      while (it.hasNext()) {
        Row r = it.next();
        int level = r.getAs("p_nuts_level");
        String region = r.getAs("p_region_code");
        String scheme = r.getAs("p_sector_scheme");
        String sector = r.getAs("p_sector_code");
        int cell = model.id(new CellModel.Key(level, region, scheme, sector));
        add(REGION_SECTOR, level, scheme, cell, r, r.getAs("p_conf_status"), 0, 0);
        release(r, "p_region_employment", Measure.EMPLOYMENT, new CellModel.Key(level, region, T, T));
        release(r, "p_sector_employment", Measure.EMPLOYMENT, new CellModel.Key(level, T, scheme, sector));
        if (cell < 0) {
          double[] sbs = sbsTotals.computeIfAbsent(new CellModel.Key(level, T, scheme, sector), k -> new double[2]);
          sbs[0] += number(r, "g_employment");
          sbs[1] += number(r, "g_establishments");
        }
        Object[] total = grandTotals.computeIfAbsent(List.of(level, scheme), k -> new Object[] {false, Double.NaN});
        total[0] = (Boolean) total[0] || r.getAs("p_total_employment") != null;
        if (r.getAs("g_total_employment") != null) {
          total[1] = r.getAs("g_total_employment");
        }
      }
    }

    void regionProfile(Iterator<Row> it) {
      while (it.hasNext()) {
        Row r = it.next();
        int level = r.getAs("p_nuts_level");
        int cell = model.id(new CellModel.Key(level, r.getAs("p_region_code"), T, T));
        add(REGION_PROFILE, level, r.getAs("p_sector_scheme"), cell, r, totalStatus(r), 0, 0);
      }
    }

    void sectorProfile(Iterator<Row> it) {
      while (it.hasNext()) {
        Row r = it.next();
        int level = r.getAs("p_nuts_level");
        CellModel.Key key = new CellModel.Key(level, T, r.getAs("p_sector_scheme"), r.getAs("p_sector_code"));
        double[] sbs = sbsTotals.getOrDefault(key, new double[2]);
        add(SECTOR_PROFILE, level, key.scheme(), model.id(key), r, totalStatus(r), sbs[0], sbs[1]);
      }
    }

    /**
     * The status of a profile row's total cell: a profile row's conf_status also covers its
     * indices (a row whose Herfindahl is withheld reads D while its employment is released), so
     * the total is suppressed only where its employment is.
     */
    private static String totalStatus(Row r) {
      return r.getAs("p_employment") != null ? "F" : r.getAs("p_conf_status");
    }

    /** A suppressed grand total for each (level, scheme) whose total_employment is NULL throughout. */
    void grandTotals() {
      grandTotals.forEach((group, total) -> {
        int level = (Integer) group.get(0);
        int cell = model.id(new CellModel.Key(level, T, T, T));
        boolean releasedHere = (Boolean) total[0];
        if (cell >= 0 && !Double.isNaN((Double) total[1])) {
          truth[0][cell] = (Double) total[1];
        }
        rows.add(new TableCell(GRAND_TOTAL, level, (String) group.get(1), cell, releasedHere ? "F" : "D", false));
      });
    }

    /**
     * Records the row with the status of its cell, its released values and gold's; {@code sbsEmployment} and
     * {@code sbsEstablishments} are the parts of gold's value fed by SBS, outside the atoms.
     */
    private void add(String table, int level, String scheme, int cell, Row r, String status, double sbsEmployment,
        double sbsEstablishments) {
      boolean unmatched = false;
      if (cell >= 0) {
        release(r, "p_employment", Measure.EMPLOYMENT, cell);
        release(r, "p_establishments", Measure.ESTABLISHMENTS, cell);
        double goldEmployment = number(r, "g_employment") - sbsEmployment;
        double goldEstablishments = number(r, "g_establishments") - sbsEstablishments;
        unmatched = differs(goldEmployment, model.sum(cell, employment))
            || differs(goldEstablishments, model.sum(cell, establishments));
        truth[0][cell] = number(r, "g_employment");
        truth[1][cell] = number(r, "g_establishments");
      }
      rows.add(new TableCell(table, level, scheme, cell, status, unmatched));
    }

    private void release(Row r, String column, Measure measure, CellModel.Key key) {
      int cell = model.id(key);
      if (cell >= 0) {
        release(r, column, measure, cell);
      }
    }

    private void release(Row r, String column, Measure measure, int cell) {
      if (r.getAs(column) != null) {
        released[measure.ordinal()].set(cell);
      }
    }

    private static double number(Row r, String column) {
      Object value = r.getAs(column);
      return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static boolean differs(double gold, double rebuilt) {
      return Math.abs(gold - rebuilt) > 1e-6 * Math.max(1, Math.abs(gold));
    }
  }
}
