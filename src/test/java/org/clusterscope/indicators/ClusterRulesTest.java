package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stars (European Cluster Observatory), strong clusters (U.S. Cluster Mapping), primary
 * confidentiality and growth, on a small register whose expected values this test computes
 * itself, with its own R type-7 quantile, from the list of establishments.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterRulesTest {
  private static final String FOOD = "10.11";
  private static final String SOFTWARE = "62.01";

  /** id, enterprise, region, nace, employees — reference year 2023. */
  private static final String[][] ESTABLISHMENTS = {
      {"A1", "A1", "DK011", FOOD, "5"},
      {"A2", "A2", "DK012", FOOD, "10"},
      {"A3", "A3", "DK013", FOOD, "12"}, {"A4", "A4", "DK013", FOOD, "8"},
      {"A5", "A5", "DK014", FOOD, "30"}, {"A6", "A6", "DK014", FOOD, "10"},
      // two enterprises only: primary confidentiality by frequency
      {"A7", "X", "DK021", FOOD, "35"}, {"A8", "X", "DK021", FOOD, "35"}, {"A9", "Y", "DK021", FOOD, "10"},
      // one enterprise holds 145 of 160: primary confidentiality by dominance
      {"A10", "P", "DK022", FOOD, "145"}, {"A11", "Q", "DK022", FOOD, "5"},
      {"A12", "R", "DK022", FOOD, "5"}, {"A13", "S", "DK022", FOOD, "5"},
      {"A14", "A14", "DK031", FOOD, "50"}, {"A15", "A15", "DK031", FOOD, "50"},
      {"A16", "A16", "DK031", FOOD, "50"}, {"A17", "A17", "DK031", FOOD, "50"},
      {"A18", "A18", "DK031", FOOD, "50"}, {"A19", "A19", "DK031", FOOD, "50"},
      {"B1", "B1", "DK011", SOFTWARE, "100"}, {"B2", "B2", "DK012", SOFTWARE, "100"},
      {"B3", "B3", "DK013", SOFTWARE, "100"}, {"B4", "B4", "DK014", SOFTWARE, "100"},
      {"B5", "B5", "DK021", SOFTWARE, "100"}, {"B6", "B6", "DK022", SOFTWARE, "100"},
      {"B7", "B7", "DK031", SOFTWARE, "100"}, {"B8", "B8", "DK032", SOFTWARE, "100"},
  };

  private final TestSpark spark;
  private Workspace ws;
  private Map<String, Row> gold;

  ClusterRulesTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void runPipeline(@TempDir Path dir) {
    ws = new Workspace(spark, dir);
    List<String> records = new ArrayList<>();
    for (String[] e : ESTABLISHMENTS) {
      records.add(String.join(",", e[0], e[1], e[2], e[3], e[4], "", "2023", "active"));
    }
    // 2022: the same two cells in DK011, smaller food employment.
    records.add("A1,A1,DK011,10.11,4,,2022,active");
    records.add("B1,B1,DK011,62.01,100,,2022,active");
    ws.register("register.csv", records.toArray(String[]::new));
    ws.runThrough(Pipeline.Command.INDICATORS);
    gold = new HashMap<>();
    for (Row row : ws.table("gold", "region_sector")
        .filter(col("reference_year").equalTo(2023).and(col("nuts_level").equalTo(3))
            .and(col("sector_scheme").equalTo("nace_class")))
        .collectAsList()) {
      gold.put(row.getAs("region_code") + "/" + row.getAs("sector_code"), row);
    }
  }

  @Test
  void starsFollowTheClusterObservatoryRule() {
    Expected expected = new Expected();
    List<Integer> starCounts = new ArrayList<>();
    for (String cell : expected.employment.keySet()) {
      Row row = gold.get(cell);
      assertEquals(expected.sizeStar(cell), row.<Boolean>getAs("size_star"), cell + " size_star");
      assertEquals(expected.lq(cell) >= 2, row.<Boolean>getAs("specialisation_star"), cell + " specialisation_star");
      assertEquals(expected.focusStar(cell), row.<Boolean>getAs("focus_star"), cell + " focus_star");
      assertEquals(expected.stars(cell), (int) row.<Integer>getAs("stars"), cell + " stars");
      starCounts.add(expected.stars(cell));
    }
    // The case is not trivial: it holds cells without stars and cells with two or more.
    assertTrue(starCounts.contains(0) && starCounts.stream().anyMatch(s -> s >= 2), starCounts::toString);
  }

  @Test
  void strongClustersFollowTheClusterMappingRule() {
    Expected expected = new Expected();
    int strong = 0;
    for (String cell : expected.employment.keySet()) {
      assertEquals(expected.strong(cell), gold.get(cell).<Boolean>getAs("strong_cluster"), cell + " strong_cluster");
      strong += expected.strong(cell) ? 1 : 0;
    }
    assertTrue(strong > 0 && strong < expected.employment.size(), "strong clusters: " + strong);
  }

  @Test
  void confidentialityFlagsFewContributorsAndDominantOnes() {
    assertEquals("primary_frequency", gold.get("DK021/" + FOOD).getAs("confidentiality"));
    assertEquals("primary_dominance", gold.get("DK022/" + FOOD).getAs("confidentiality"));
    assertEquals("free", gold.get("DK031/" + FOOD).getAs("confidentiality"));
    assertEquals("primary_frequency", gold.get("DK011/" + SOFTWARE).getAs("confidentiality"));
  }

  @Test
  void theTotalsOfRegionsSectorsAndTheLevelFollowTheSameRules() {
    // X's two establishments in DK021 are one contributor of the cell
    assertEquals(2L, gold.get("DK021/" + FOOD).<Long>getAs("contributors"));
    Map<String, Row> regions = Rows.byKey(ws.table("gold", "region_profile").filter(col("reference_year").equalTo(2023)
        .and(col("nuts_level").equalTo(3)).and(col("sector_scheme").equalTo("nace_class"))), "region_code");
    // DK011: A1 and B1, two enterprises
    assertTotal(regions.get("DK011"), "primary_frequency", 2);
    // DK021: X 70, Y 10, B5 100 of 180: the largest 55.6 % (not above 85 %), the two largest
    // 170 / 180 = 94.4 % > 90 %
    assertTotal(regions.get("DK021"), "primary_dominance", 3);
    // DK031: six food enterprises of 50 and B7's 100: 150 / 400 = 37.5 % for the two largest
    assertTotal(regions.get("DK031"), "free", 7);

    Map<String, Row> sectors = Rows.byKey(ws.table("gold", "sector_profile").filter(col("reference_year").equalTo(2023)
        .and(col("nuts_level").equalTo(3)).and(col("sector_scheme").equalTo("nace_class"))), "sector_code");
    // food: A1-A6, X, Y, P, Q, R, S and A14-A19; P 145 and X 70 hold 215 of 615
    assertTotal(sectors.get(FOOD), "free", 18);
    assertTotal(sectors.get(SOFTWARE), "free", 8);
    assertEquals("free", sectors.get(FOOD).getAs("total_confidentiality"));
  }

  private static void assertTotal(Row total, String confidentiality, long contributors) {
    assertEquals(confidentiality, total.getAs("confidentiality"), total.toString());
    assertEquals(contributors, total.<Long>getAs("contributors"), total.toString());
  }

  @Test
  void growthComparesWithTheSameCellOneYearEarlier() {
    assertEquals(5.0 / 4 - 1, gold.get("DK011/" + FOOD).<Double>getAs("employment_growth_1y"), 1e-12);
    assertEquals(0.0, gold.get("DK011/" + SOFTWARE).<Double>getAs("employment_growth_1y"), 1e-12);
    assertNull(gold.get("DK012/" + FOOD).getAs("employment_growth_1y"));
    assertNull(gold.get("DK011/" + FOOD).getAs("employment_cagr_5y"));
  }

  @Test
  void averageSizeAndCountsComeFromTheEstablishments() {
    Row dk031 = gold.get("DK031/" + FOOD);
    assertEquals(300.0, dk031.<Double>getAs("employment"));
    assertEquals(6L, (long) dk031.<Long>getAs("establishments"));
    assertEquals(50.0, dk031.<Double>getAs("avg_establishment_size"));
  }

  /** The expected indicators, computed here from ESTABLISHMENTS without the product's code. */
  private static final class Expected {
    final Map<String, Double> employment = new LinkedHashMap<>();
    final Map<String, Integer> establishments = new HashMap<>();
    final Map<String, Double> regionTotal = new HashMap<>();
    final Map<String, Double> sectorTotal = new HashMap<>();
    double total;

    Expected() {
      for (String[] e : ESTABLISHMENTS) {
        String cell = e[2] + "/" + e[3];
        double value = Double.parseDouble(e[4]);
        employment.merge(cell, value, Double::sum);
        establishments.merge(cell, 1, Integer::sum);
        regionTotal.merge(e[2], value, Double::sum);
        sectorTotal.merge(e[3], value, Double::sum);
        total += value;
      }
    }

    double sizeShare(String cell) {
      return employment.get(cell) / sectorTotal.get(sector(cell));
    }

    double focus(String cell) {
      return employment.get(cell) / regionTotal.get(region(cell));
    }

    double lq(String cell) {
      return focus(cell) / (sectorTotal.get(sector(cell)) / total);
    }

    boolean sizeStar(String cell) {
      return sizeShare(cell) >= quantile(values(cell, this::sizeShare), 0.9);
    }

    boolean focusStar(String cell) {
      return focus(cell) >= quantile(values(cell, this::focus), 0.9);
    }

    int stars(String cell) {
      return (sizeStar(cell) ? 1 : 0) + (lq(cell) >= 2 ? 1 : 0) + (focusStar(cell) ? 1 : 0);
    }

    boolean strong(String cell) {
      return lq(cell) >= quantile(values(cell, this::lq), 0.75)
          && lq(cell) >= 1
          && employment.get(cell) > quantile(values(cell, employment::get), 0.25)
          && establishments.get(cell) > quantile(values(cell, c -> (double) establishments.get(c)), 0.25);
    }

    /** The values of the measure over every region with employment in the cell's sector. */
    private double[] values(String cell, java.util.function.ToDoubleFunction<String> measure) {
      return employment.keySet().stream().filter(c -> sector(c).equals(sector(cell)))
          .mapToDouble(measure).toArray();
    }

    /** R type 7: linear interpolation between order statistics at (n - 1) p. */
    static double quantile(double[] values, double p) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double h = (sorted.length - 1) * p;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, sorted.length - 1);
      return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static String region(String cell) {
      return cell.substring(0, cell.indexOf('/'));
    }

    private static String sector(String cell) {
      return cell.substring(cell.indexOf('/') + 1);
    }
  }
}
