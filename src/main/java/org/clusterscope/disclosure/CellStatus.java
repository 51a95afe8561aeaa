package org.clusterscope.disclosure;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.reference.SectorScheme;

/**
 * The disclosure status of every released cell (SDMX CONF_STATUS: {@code F} free, {@code C}
 * primary, {@code D} secondary), decided per reference year jointly for all levels and schemes:
 * the year's cells are modelled as sums of atoms ({@link YearAtoms}), flagged from gold
 * ({@link PrimaryFlags}), and protected by {@link GaussianSuppression}. Cells of aggregated
 * sources (SBS) keep the source's flag.
 */
public final class CellStatus {
  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("reference_year", DataTypes.IntegerType, false),
      DataTypes.createStructField("nuts_level", DataTypes.IntegerType, false),
      DataTypes.createStructField("region_code", DataTypes.StringType, false),
      DataTypes.createStructField("sector_scheme", DataTypes.StringType, false),
      DataTypes.createStructField("sector_code", DataTypes.StringType, false),
      DataTypes.createStructField("conf_status", DataTypes.StringType, false)));

  /**
   * What one year's suppression decided, with its figures for the run log: the time to read the
   * atoms and flags (Spark) and to choose the suppressions (the driver alone).
   */
  public record YearResult(int year, int cells, int primary, int secondary, long readMillis, long solveMillis) {}

  private final List<Integer> levels;
  private final List<SectorScheme> schemes;
  private final List<YearResult> results = new ArrayList<>();

  public CellStatus(List<Integer> levels, List<SectorScheme> schemes) {
    this.levels = List.copyOf(levels);
    this.schemes = List.copyOf(schemes);
  }

  public List<YearResult> results() {
    return List.copyOf(results);
  }

  /**
   * The status rows of {@code years}, in {@link #SCHEMA}, on the driver.
   *
   * @param establishments silver establishments outside extra-regio of the indicator sources
   * @param regionSector gold region_sector; regionProfile, sectorProfile likewise
   */
  public List<Row> of(Collection<Integer> years, Dataset<Row> establishments, Dataset<Row> regionSector,
      Dataset<Row> regionProfile, Dataset<Row> sectorProfile) {
    List<Row> rows = new ArrayList<>();
    for (int year : years) {
      rows.addAll(year(year, establishments.filter(col("reference_year").equalTo(year)),
          regionSector.filter(col("reference_year").equalTo(year)),
          regionProfile.filter(col("reference_year").equalTo(year)),
          sectorProfile.filter(col("reference_year").equalTo(year))));
    }
    return rows;
  }

  private List<Row> year(int year, Dataset<Row> establishments, Dataset<Row> regionSector,
      Dataset<Row> regionProfile, Dataset<Row> sectorProfile) {
    long start = System.nanoTime();
    YearAtoms atoms = YearAtoms.of(establishments, levels, schemes);
    PrimaryFlags flags = PrimaryFlags.read(regionSector, regionProfile, sectorProfile);
    List<CellKey> keys = new ArrayList<>(atoms.cells().keySet());
    keys.sort(java.util.Comparator.comparing(CellKey::toString));
    List<ProblemCell> cells = new ArrayList<>();
    for (CellKey key : keys) {
      YearAtoms.Cell cell = atoms.cells().get(key);
      PrimaryFlags.Flag flag = flags.of(key);
      cells.add(new ProblemCell(key.toString(), cell.atoms(), cell.employment(), cell.establishments(),
          flag.primary(), flag.singleton()));
    }
    long read = System.nanoTime();
    BitSet secondary = GaussianSuppression.secondary(cells, atoms.values());
    Map<CellKey, String> status = new HashMap<>();
    int primary = 0;
    for (int c = 0; c < cells.size(); c++) {
      boolean isPrimary = cells.get(c).primary();
      primary += isPrimary ? 1 : 0;
      status.put(keys.get(c), isPrimary ? "C" : secondary.get(c) ? "D" : "F");
    }
    results.add(new YearResult(year, cells.size(), primary, secondary.cardinality(), (read - start) / 1_000_000,
        (System.nanoTime() - read) / 1_000_000));
    return rows(year, status, flags);
  }

  /**
   * One row per gold region_sector cell and total of every level and scheme (cells of aggregated
   * sources by their flag); region totals and the grand total, which all schemes share, once per
   * scheme.
   */
  private List<Row> rows(int year, Map<CellKey, String> status, PrimaryFlags flags) {
    Map<CellKey, String> all = new HashMap<>(status);
    for (CellKey key : flags.cells()) {
      all.putIfAbsent(key, flags.of(key).primary() ? "C" : "F");
    }
    Map<CellKey, String> out = new LinkedHashMap<>();
    all.forEach((key, value) -> {
      if (key.scheme().equals(CellKey.TOTAL)) {
        schemes.forEach(s -> out.put(new CellKey(key.level(), key.region(), s.name(), CellKey.TOTAL), value));
      } else {
        out.put(key, value);
      }
    });
    List<Row> rows = new ArrayList<>();
    out.forEach((key, value) -> rows.add(
        RowFactory.create(year, key.level(), key.region(), key.scheme(), key.sector(), value)));
    return rows;
  }
}
