package org.clusterscope.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.reference.SectorScheme;
import org.clusterscope.testing.TestSpark;

/**
 * Tiny inputs of the audit, built by the test's own arithmetic: establishments of one year, the
 * gold cells they sum to at each level and scheme, and the released tables with the values of the
 * cells given a status C or D set to NULL. Cells are named "level|region|scheme|sector", totals
 * with _T ("3|DK011|_T|_T" the region total, "3|_T|nace_division|10" a sector total).
 */
final class AuditTables {
  static final int YEAR = 2023;

  /** An establishment: NUTS 3 code, NACE division, employees. */
  record Establishment(String nuts3, String division, double employees) {}

  /** A sector scheme for the audit (a Spark expression) and for the test's arithmetic (a function). */
  record Scheme(String name, Column code, Function<String, String> ofDivision) {
    SectorScheme sectorScheme() {
      return new SectorScheme.BuiltIn(name, code, Map.of());
    }
  }

  private final TestSpark spark;
  private final List<Establishment> establishments;
  private final List<Integer> levels;
  private final List<Scheme> schemes;

  AuditTables(TestSpark spark, List<Establishment> establishments, List<Integer> levels, List<Scheme> schemes) {
    this.spark = spark;
    this.establishments = establishments;
    this.levels = levels;
    this.schemes = schemes;
  }

  /** The audit's inputs with the cells of {@code status} suppressed. */
  AuditInputs inputs(Map<String, String> status) {
    List<Row> silver = new ArrayList<>();
    for (Establishment e : establishments) {
      String n3 = e.nuts3();
      silver.add(RowFactory.create(YEAR, "register", n3.substring(0, 2), n3.substring(0, 3), n3.substring(0, 4), n3,
          false, "C", e.division(), e.division() + ".00", e.employees()));
    }
    Dataset<Row> silverFrame = frame("reference_year INT, source STRING, country_code STRING, nuts1 STRING,"
        + " nuts2 STRING, nuts3 STRING, extra_regio BOOLEAN, nace_section STRING, nace_division STRING,"
        + " nace_class STRING, employees DOUBLE", silver);

    List<Row> goldCells = new ArrayList<>();
    List<Row> pubCells = new ArrayList<>();
    List<Row> goldRegions = new ArrayList<>();
    List<Row> pubRegions = new ArrayList<>();
    List<Row> goldSectors = new ArrayList<>();
    List<Row> pubSectors = new ArrayList<>();
    for (int level : levels) {
      for (Scheme scheme : schemes) {
        Map<String, double[]> cells = sums(e -> region(e, level) + "|" + scheme.ofDivision().apply(e.division()));
        Map<String, double[]> regions = sums(e -> region(e, level));
        Map<String, double[]> sectors = sums(e -> scheme.ofDivision().apply(e.division()));
        double total = sums(e -> "all").get("all")[0];
        cells.forEach((key, v) -> {
          String region = key.split("\\|")[0];
          String sector = key.split("\\|")[1];
          String name = level + "|" + region + "|" + scheme.name() + "|" + sector;
          String s = status.getOrDefault(name, "F");
          String regionStatus = status.getOrDefault(level + "|" + region + "|_T|_T", "F");
          String sectorStatus = status.getOrDefault(level + "|_T|" + scheme.name() + "|" + sector, "F");
          goldCells.add(RowFactory.create(YEAR, level, region, region.substring(0, 2), scheme.name(), sector, v[0],
              (long) v[1], regions.get(region)[0], sectors.get(sector)[0], total, "register"));
          pubCells.add(RowFactory.create(YEAR, level, region, scheme.name(), sector, free(s, v[0]),
              free(s, (long) v[1]), free(regionStatus, regions.get(region)[0]),
              free(sectorStatus, sectors.get(sector)[0]), total, s));
        });
        regions.forEach((region, v) -> {
          String s = status.getOrDefault(level + "|" + region + "|_T|_T", "F");
          goldRegions.add(RowFactory.create(YEAR, level, region, scheme.name(), v[0], (long) v[1]));
          pubRegions.add(RowFactory.create(YEAR, level, region, scheme.name(), free(s, v[0]), free(s, (long) v[1]), s));
        });
        sectors.forEach((sector, v) -> {
          String s = status.getOrDefault(level + "|_T|" + scheme.name() + "|" + sector, "F");
          goldSectors.add(RowFactory.create(YEAR, level, scheme.name(), sector, v[0], (long) v[1]));
          pubSectors.add(RowFactory.create(YEAR, level, scheme.name(), sector, free(s, v[0]), free(s, (long) v[1]), s));
        });
      }
    }
    String cellKey = "reference_year INT, nuts_level INT, region_code STRING, ";
    AuditInputs.Tables gold = new AuditInputs.Tables(
        frame(cellKey + "country_code STRING, sector_scheme STRING, sector_code STRING, employment DOUBLE,"
            + " establishments BIGINT, region_employment DOUBLE, sector_employment DOUBLE, total_employment DOUBLE,"
            + " source STRING", goldCells),
        frame(cellKey + "sector_scheme STRING, employment DOUBLE, establishments BIGINT", goldRegions),
        frame("reference_year INT, nuts_level INT, sector_scheme STRING, sector_code STRING, employment DOUBLE,"
            + " establishments BIGINT", goldSectors));
    AuditInputs.Tables released = new AuditInputs.Tables(
        frame(cellKey + "sector_scheme STRING, sector_code STRING, employment DOUBLE, establishments BIGINT,"
            + " region_employment DOUBLE, sector_employment DOUBLE, total_employment DOUBLE, conf_status STRING",
            pubCells),
        frame(cellKey + "sector_scheme STRING, employment DOUBLE, establishments BIGINT, conf_status STRING",
            pubRegions),
        frame("reference_year INT, nuts_level INT, sector_scheme STRING, sector_code STRING, employment DOUBLE,"
            + " establishments BIGINT, conf_status STRING", pubSectors));
    return new AuditInputs(silverFrame, released, gold, levels,
        schemes.stream().map(Scheme::sectorScheme).toList());
  }

  /** Employment and establishments per key. */
  private Map<String, double[]> sums(Function<Establishment, String> key) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Establishment e : establishments) {
      double[] v = sums.computeIfAbsent(key.apply(e), k -> new double[2]);
      v[0] += e.employees();
      v[1] += 1;
    }
    return sums;
  }

  private static String region(Establishment e, int level) {
    return level == 0 ? e.nuts3().substring(0, 2) : e.nuts3().substring(0, 2 + level);
  }

  private static Object free(String status, Object value) {
    return status.equals("F") ? value : null;
  }

  private Dataset<Row> frame(String schema, List<Row> rows) {
    return spark.spark().createDataFrame(rows, StructType.fromDDL(schema));
  }
}
