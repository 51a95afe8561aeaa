package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.testing.CaseM2;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.ReferenceCases;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * region_profile and sector_profile against reference cases M2 (EconGeo), EG1 (REAT), V1
 * (Frenken et al.) and REAT's Herfindahl check, through the pipeline, to 1e-9. M2, EG1 and the
 * complexity network share one run, each in a year of its own ({@link ReferenceCases#run}); V1
 * has a configuration of its own.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class ProfileReferenceCasesTest {
  private static final double TOLERANCE = 1e-9;
  private final TestSpark spark;

  ProfileReferenceCasesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void regionAndSectorMeasuresOfCaseM2MatchEconGeo() {
    Workspace ws = ReferenceCases.run(spark);

    Map<String, Row> regions = byKey(ws.table("gold", "region_profile"), CaseM2.YEAR, "nace_class", "region_code");
    String[] r = {"DK011", "DK012", "DK013", "DK014", "DK021"};
    double[] krugman = {1.6, 1.0, 0.6, 0.7, 1.1};
    double[] herfindahl = {1.0, 0.525, 0.340, 0.315, 0.465};
    double[] entropy = {0, 1.3190352743, 1.7609640474, 1.7659573209, 1.2192407046};
    double[] lqAvg = {5.0, 2.625, 1.7, 1.575, 2.325};
    long[] specialised = {1, 1, 3, 3, 2};
    for (int i = 0; i < r.length; i++) {
      Row row = regions.get(r[i]);
      assertEquals(krugman[i], row.<Double>getAs("krugman_index"), TOLERANCE, r[i] + " krugman");
      assertEquals(krugman[i] / 2, row.<Double>getAs("hoover_specialisation"), TOLERANCE, r[i] + " hoover");
      assertEquals(herfindahl[i], row.<Double>getAs("herfindahl"), TOLERANCE, r[i] + " herfindahl");
      assertEquals(entropy[i], row.<Double>getAs("entropy"), 1e-10, r[i] + " entropy");
      assertEquals(lqAvg[i], row.<Double>getAs("lq_avg"), TOLERANCE, r[i] + " lq_avg");
      assertEquals(1 / lqAvg[i], row.<Double>getAs("hachman"), TOLERANCE, r[i] + " hachman");
      assertEquals(specialised[i], (long) row.<Long>getAs("specialised_sectors"), r[i] + " specialised");
      assertEquals(100.0, row.<Double>getAs("employment"));
    }

    // R1 and I1 only meet each other: the network is disconnected, so there is no ECI.
    regions.values().forEach(row -> assertNull(row.getAs("eci")));

    Map<String, Row> sectors = byKey(ws.table("gold", "sector_profile"), CaseM2.YEAR, "nace_class", "sector_code");
    String[] s = {"10.11", "20.11", "26.11", "29.10", "62.01"};
    double[] gini = {0.40, 0.18, 0.27, 0.31, 0.28};
    for (int i = 0; i < s.length; i++) {
      assertEquals(gini[i], sectors.get(s[i]).<Double>getAs("locational_gini"), TOLERANCE, s[i] + " locational_gini");
    }
  }

  @Test
  void agglomerationOfCaseEg1MatchesReat() {
    // Ten plants of 20.11 in three regions of 500,000 / 400,000 / 100,000 (ReferenceCases).
    Workspace ws = ReferenceCases.run(spark);

    Row industry = byKey(ws.table("gold", "sector_profile"), ReferenceCases.EG1_YEAR, "nace_class", "sector_code")
        .get("20.11");
    assertEquals(10L, (long) industry.<Long>getAs("establishments"));
    assertEquals(0.244688775510204, industry.<Double>getAs("plant_herfindahl"), TOLERANCE);
    assertEquals(0.0599062841165389, industry.<Double>getAs("ellison_glaeser"), TOLERANCE);
    assertEquals(-0.435762553197635, industry.<Double>getAs("maurel_sedillot"), TOLERANCE);
    assertNull(industry.getAs("pci"));
  }

  @Test
  void varietyOfCaseV1MatchesFrenkenForEveryScheme(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir).config("indicators.sector-schemes = [nace_division]");
    ws.register("v1.csv",
        CaseM2.record("A", "DK011", "10.11", 50, 2023),
        CaseM2.record("B", "DK011", "10.12", 30, 2023),
        CaseM2.record("C", "DK011", "10.13", 20, 2023),
        CaseM2.record("D", "DK011", "20.11", 60, 2023),
        CaseM2.record("E", "DK011", "20.12", 40, 2023),
        CaseM2.record("F", "DK011", "62.01", 100, 2023),
        // REAT: the Herfindahl index of shares (20, 50, 20, 10) is 0.34
        CaseM2.record("H1", "DK012", "10.11", 20, 2023),
        CaseM2.record("H2", "DK012", "20.11", 50, 2023),
        CaseM2.record("H3", "DK012", "26.11", 20, 2023),
        CaseM2.record("H4", "DK012", "62.01", 10, 2023));
    ws.runThrough(Pipeline.Command.INDICATORS);

    Map<String, Row> regions = byKey(ws.table("gold", "region_profile"), 2023, "nace_division", "region_code");
    Row v1 = regions.get("DK011");
    assertEquals("nace_division", v1.getAs("sector_scheme"), "only the configured scheme is published");
    assertEquals(1.584962500721156, v1.<Double>getAs("unrelated_variety"), TOLERANCE);
    assertEquals(0.818808630560668, v1.<Double>getAs("related_variety"), TOLERANCE);
    assertEquals(2.403771131281824,
        v1.<Double>getAs("unrelated_variety") + v1.<Double>getAs("related_variety"), TOLERANCE);
    // Over divisions, the entropy of the region is its unrelated variety.
    assertEquals(1.584962500721156, v1.<Double>getAs("entropy"), TOLERANCE);
    assertEquals(0.34, regions.get("DK012").<Double>getAs("herfindahl"), TOLERANCE);
    assertEquals(0, ws.table("gold", "region_sector").filter(col("sector_scheme").equalTo("nace_class")).count());
  }

  @Test
  void complexityOfAHandDerivedNetworkThroughThePipeline() {
    // lq >= 1 exactly on R1 = {s1, s2}, R2 = {s2, s3}, R3 = {s3}: the network of ComplexityIndexTest
    // (ReferenceCases: DK011, DK012, DK013; 10.11, 20.11, 62.01).
    Workspace ws = ReferenceCases.run(spark);
    int year = ReferenceCases.NETWORK_YEAR;

    double sqrt5 = Math.sqrt(5);
    double[] e = {1, (sqrt5 - 3) / 2, 1 - sqrt5};
    double mean = (e[0] + e[1] + e[2]) / 3;
    double sd = Math.sqrt((Math.pow(e[0] - mean, 2) + Math.pow(e[1] - mean, 2) + Math.pow(e[2] - mean, 2)) / 3);
    Map<String, Row> regions = byKey(ws.table("gold", "region_profile"), year, "nace_class", "region_code");
    assertEquals((e[0] - mean) / sd, regions.get("DK011").<Double>getAs("eci"), TOLERANCE);
    assertEquals((e[1] - mean) / sd, regions.get("DK012").<Double>getAs("eci"), TOLERANCE);
    assertEquals((e[2] - mean) / sd, regions.get("DK013").<Double>getAs("eci"), TOLERANCE);
    Map<String, Row> sectors = byKey(ws.table("gold", "sector_profile"), year, "nace_class", "sector_code");
    assertTrue(sectors.get("10.11").<Double>getAs("pci") > sectors.get("62.01").<Double>getAs("pci"),
        "the sector only the most diverse region is specialised in is the most complex");
    // At NUTS 0 there is one region (DK): no complexity.
    assertNull(ws.table("gold", "region_profile").filter(col("reference_year").equalTo(year)
        .and(col("nuts_level").equalTo(0))).head().getAs("eci"));
  }

  /** Rows of one year, NUTS level 3 and one scheme, by one key column. */
  private static Map<String, Row> byKey(org.apache.spark.sql.Dataset<Row> table, int year, String scheme, String key) {
    Map<String, Row> rows = new HashMap<>();
    for (Row row : table.filter(col("reference_year").equalTo(year).and(col("nuts_level").equalTo(3))
        .and(col("sector_scheme").equalTo(scheme))).collectAsList()) {
      rows.put(row.getAs(key), row);
    }
    return rows;
  }
}
