package org.clusterscope.audit;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterscope.audit.AuditTables.Establishment;
import org.clusterscope.audit.AuditTables.Scheme;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit on tables small enough to solve by hand. The basic table, one establishment per cell
 * unless said otherwise (employees):
 *
 * <pre>
 *            10     20     30   | region
 *   DK011     3      5      9   |   17
 *   DK012     4      6      2   |   12
 *   sector    7     11     11   |   29
 * </pre>
 *
 * with DK011·20 two establishments (2 + 3) and DK012·10 two (1 + 3).
 */
@ExtendWith(SparkTestExtension.class)
class DisclosureAuditTest {
  private static final Scheme DIVISION = new Scheme("nace_division", col("nace_division"), d -> d);
  /** food = divisions 10 and 11, other = the rest. */
  private static final Scheme CLUSTERS = new Scheme("clusters",
      when(col("nace_division").isin("10", "11"), lit("food")).otherwise(lit("other")),
      d -> Set.of("10", "11").contains(d) ? "food" : "other");
  /** DK011·10 primary, protected by the rectangle DK011·20, DK012·10, DK012·20. */
  private static final Map<String, String> RECTANGLE = Map.of("3|DK011|nace_division|10", "C",
      "3|DK011|nace_division|20", "D", "3|DK012|nace_division|10", "D", "3|DK012|nace_division|20", "D");

  private final TestSpark spark;

  DisclosureAuditTest(TestSpark spark) {
    this.spark = spark;
  }

  private static List<Establishment> basic(double dk011Division10, double dk012Division10a, double dk012Division10b) {
    List<Establishment> e = new ArrayList<>();
    e.add(new Establishment("DK011", "10", dk011Division10));
    e.add(new Establishment("DK011", "20", 2));
    e.add(new Establishment("DK011", "20", 3));
    e.add(new Establishment("DK011", "30", 9));
    e.add(new Establishment("DK012", "10", dk012Division10a));
    e.add(new Establishment("DK012", "10", dk012Division10b));
    e.add(new Establishment("DK012", "20", 6));
    e.add(new Establishment("DK012", "30", 2));
    return e;
  }

  private AuditResult audit(List<Establishment> establishments, List<Integer> levels, List<Scheme> schemes,
      Map<String, String> status) {
    AuditInputs inputs = new AuditTables(spark, establishments, levels, schemes).inputs(status);
    return DisclosureAudit.of(inputs, 1_000).run("test-run", List.of(AuditTables.YEAR));
  }

  private static AuditRow row(AuditResult result, String table, int level, String scheme) {
    return result.rows().stream()
        .filter(r -> r.table().equals(table) && r.nutsLevel() == level && r.sectorScheme().equals(scheme))
        .findFirst().orElseThrow(() -> new AssertionError("No row " + table + " " + level + " " + scheme
            + " in " + result.rows()));
  }

  @Test
  void aLoneSuppressedCellIsRecoveredFromItsRowTotal() {
    // 17 - 5 - 9 = 3: the region total and the two released cells of the row give DK011·10.
    AuditResult result = audit(basic(3, 1, 3), List.of(3), List.of(DIVISION), Map.of("3|DK011|nace_division|10", "C"));
    AuditRow cells = row(result, "region_sector", 3, "nace_division");
    assertEquals(6, cells.cells());
    assertEquals(1, cells.primary());
    assertEquals(0, cells.secondary());
    assertEquals(1, cells.exactlyDisclosed());
    assertEquals(1, result.exactlyDisclosed());
    ClusterscopeException e = assertThrows(ClusterscopeException.class, result::failOnDisclosure);
    assertEquals(ExitCode.INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("region_sector 2023 level 3 nace_division: 1"), e.getMessage());
  }

  @Test
  void theProtectedRowPassesWithItsFeasibleRange() {
    AuditResult result = audit(basic(3, 1, 3), List.of(3), List.of(DIVISION), RECTANGLE);
    AuditRow cells = row(result, "region_sector", 3, "nace_division");
    assertEquals(1, cells.primary());
    assertEquals(3, cells.secondary());
    assertEquals(0, result.exactlyDisclosed());
    result.failOnDisclosure();
    // Employment: DK011·10 = t, DK011·20 = 8 - t, DK012·10 = 7 - t, DK012·20 = 3 + t, all >= 0:
    // t in [0, 7], ratio 7 / 3.
    assertEquals(7.0 / 3, cells.minProtectionRatio(), 1e-9);
    // Establishments: n, 3 - n, 3 - n, n, each published row at least 1: n in [1, 2], ratio 1 / 1.
    assertEquals(1.0, cells.minProtectionRatioEstablishments(), 1e-9);
    assertEquals(1, cells.intervalChecked());
    assertEquals(0, cells.intervalUnchecked());
    assertEquals(0, cells.unmatchedCells());
  }

  @Test
  void aZeroIsPinnedByNonNegativity() {
    // Division 10 employs no one: its released sector total 0 pins DK011·10 and DK012·10 to 0,
    // and then the row and column totals give the two others: the primary one is disclosed (the
    // three secondary ones too, which is no disclosure of a confidential cell).
    AuditResult result = audit(basic(0, 0, 0), List.of(3), List.of(DIVISION), RECTANGLE);
    assertEquals(1, row(result, "region_sector", 3, "nace_division").exactlyDisclosed());
  }

  /**
   * Level 3 alone is protected by the rectangle; level 2 released in full gives DK01·10 = DK011·10
   * + DK012·10 with DK012·10 released. Regions: DK011, DK012 in DK01; DK021 in DK02.
   */
  @Test
  void aCellIsRecoveredThroughTheNutsHierarchy() {
    // Two establishments in DK011·20 and DK021·10, so the establishment counts do not pin the
    // rectangle (each published row has at least one).
    List<Establishment> e = List.of(new Establishment("DK011", "10", 3), new Establishment("DK011", "20", 2),
        new Establishment("DK011", "20", 3), new Establishment("DK012", "10", 4), new Establishment("DK012", "20", 1),
        new Establishment("DK021", "10", 2), new Establishment("DK021", "10", 4), new Establishment("DK021", "20", 2));
    Map<String, String> status = Map.of("3|DK011|nace_division|10", "C", "3|DK011|nace_division|20", "D",
        "3|DK021|nace_division|10", "D", "3|DK021|nace_division|20", "D");
    assertEquals(0, audit(e, List.of(3), List.of(DIVISION), status).exactlyDisclosed());
    AuditResult both = audit(e, List.of(2, 3), List.of(DIVISION), status);
    assertEquals(1, row(both, "region_sector", 3, "nace_division").exactlyDisclosed());
    assertEquals(0, row(both, "region_sector", 2, "nace_division").exactlyDisclosed());
  }

  /**
   * The division table is protected by the rectangle; the clusters scheme released in full gives
   * DK011·food = DK011·10 + DK011·11 with DK011·11 released.
   */
  @Test
  void aCellIsRecoveredThroughACustomScheme() {
    List<Establishment> e = new ArrayList<>(basic(3, 1, 3));
    e.add(new Establishment("DK011", "11", 2));
    e.add(new Establishment("DK012", "11", 3));
    assertEquals(0, audit(e, List.of(3), List.of(DIVISION), RECTANGLE).exactlyDisclosed());
    AuditResult both = audit(e, List.of(3), List.of(DIVISION, CLUSTERS), RECTANGLE);
    assertEquals(1, row(both, "region_sector", 3, "nace_division").exactlyDisclosed());
    assertEquals(0, row(both, "region_sector", 3, "clusters").exactlyDisclosed());
  }
}
