package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.clusterscope.testing.PatentCases;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fractional counting and RTA through the pipeline, on the inventors of case P1
 * (../shared/reference-cases) in the run of the patent cases, as applications T1, T2, T3 of 2020
 * ({@link PatentCases}): T1 (a, b in FR101), T2 (c FR101, d DE211), T3 (e FR711, f FR101, g and h
 * CH011), equal inventor shares. IPC codes chosen so every value is hand-computable: T1 A61B 5/00
 * (field 13 Medical technology, NACE 32); T2 A61B 5/00 and G06F 17/30 (field 6 Computer
 * technology, NACE 26), so each field and division gets half of T2; T3 G06F 17/30.
 *
 * <p>By field: FR101 13 = 1 + 0.25 = 1.25, 6 = 0.25 + 0.25 = 0.5; DE211 13 = 6 = 0.25; FR711 6 =
 * 0.25; CH011 6 = 0.5. P = 3, P_13 = P_6 = 1.5.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatentIndicatorsTest {
  private static final org.apache.spark.sql.Column YEAR = col("reference_year").equalTo(PatentCases.TECHNOLOGY_YEAR);
  private final TestSpark spark;
  private Workspace ws;

  PatentIndicatorsTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void runCaseP1() {
    ws = PatentCases.run(spark);
  }

  @Test
  void fractionalCountsFollowTheOecdRules() {
    Map<String, Row> tech = Rows.byKey(ws.table("gold", "region_technology").filter(col("nuts_level").equalTo(3).and(YEAR)),
        "region_code", "tech_field");
    assertEquals(1.25, tech.get("FR101|13").<Double>getAs("patents"), 1e-12);
    assertEquals(0.5, tech.get("FR101|6").<Double>getAs("patents"), 1e-12);
    assertEquals(0.25, tech.get("DE211|13").<Double>getAs("patents"), 1e-12);
    assertEquals(0.25, tech.get("DE211|6").<Double>getAs("patents"), 1e-12);
    assertEquals(0.25, tech.get("FR711|6").<Double>getAs("patents"), 1e-12);
    assertEquals(0.5, tech.get("CH011|6").<Double>getAs("patents"), 1e-12);
    assertEquals(2L, tech.get("FR101|13").<Long>getAs("patents_whole"));
    assertEquals(2L, tech.get("FR101|6").<Long>getAs("patents_whole"));
    assertEquals("Medical technology", tech.get("FR101|13").getAs("tech_field_label"));
    assertEquals("Instruments", tech.get("FR101|13").getAs("tech_sector"));
    assertEquals(6, tech.size());
  }

  @Test
  void rtaIsTheFieldShareOfTheRegionOverTheFieldShareOfAll() {
    Map<String, Row> tech = Rows.byKey(ws.table("gold", "region_technology").filter(col("nuts_level").equalTo(3).and(YEAR)),
        "region_code", "tech_field");
    // (1.25 / 1.75) / (1.5 / 3) = 10/7; symmetric (10/7 - 1) / (10/7 + 1) = 3/17
    assertEquals(1.25 / 1.75, tech.get("FR101|13").<Double>getAs("share_of_region"), 1e-12);
    assertEquals(10.0 / 7, tech.get("FR101|13").<Double>getAs("rta"), 1e-12);
    assertEquals(3.0 / 17, tech.get("FR101|13").<Double>getAs("rta_symmetric"), 1e-12);
    assertEquals(4.0 / 7, tech.get("FR101|6").<Double>getAs("rta"), 1e-12);
    assertEquals(1.0, tech.get("DE211|13").<Double>getAs("rta"), 1e-12);
    assertEquals(0.0, tech.get("DE211|13").<Double>getAs("rta_symmetric"), 1e-12);
    assertEquals(2.0, tech.get("CH011|6").<Double>getAs("rta"), 1e-12);
  }

  @Test
  void regionsCountTheirInventorsWeightsAtEveryLevel() {
    Map<String, Row> profile = Rows.byKey(ws.table("gold", "region_profile").filter(col("sector_scheme").equalTo("nace_division").and(YEAR)),
        "nuts_level", "region_code");
    assertEquals(1.75, profile.get("3|FR101").<Double>getAs("patents"), 1e-12);
    assertEquals(1.75 / 1500 * 10_000, profile.get("3|FR101").<Double>getAs("patents_per_10k_employees"), 1e-9);
    assertEquals(0.5, profile.get("3|DE211").<Double>getAs("patents"), 1e-12);
    assertEquals(0.25, profile.get("3|FR711").<Double>getAs("patents"), 1e-12);
    assertEquals(2.0, profile.get("0|FR").<Double>getAs("patents"), 1e-12);
    assertEquals(0.5, profile.get("0|CH").<Double>getAs("patents"), 1e-12);
  }

  @Test
  void sectorsGetTheirShareThroughTheIpcNaceConcordance() {
    Map<String, Row> cells = Rows.byKey(ws.table("gold", "region_sector").filter(col("nuts_level").equalTo(3).and(YEAR)),
        "sector_scheme", "region_code", "sector_code");
    assertEquals(1.25, cells.get("nace_division|FR101|32").<Double>getAs("patents"), 1e-12);
    assertEquals(12.5, cells.get("nace_division|FR101|32").<Double>getAs("patents_per_10k_employees"), 1e-9);
    assertEquals(0.5, cells.get("nace_division|FR101|26").<Double>getAs("patents"), 1e-12);
    assertEquals(0.25, cells.get("nace_division|DE211|32").<Double>getAs("patents"), 1e-12);
    assertEquals(1.75, cells.get("nace_section|FR101|C").<Double>getAs("patents"), 1e-12);
    assertEquals(0.0, cells.get("nace_division|CH011|62").<Double>getAs("patents"), 0.0);
    // The concordance is at division level: classes cannot be attributed.
    assertNull(cells.get("nace_class|FR101|32.50").getAs("patents"));
    // A custom category gets the fraction of each division's classes it holds: medical devices
    // holds 32.50 of the 9 classes of division 32 and 26.60 of the 10 of division 26, whose other
    // nine classes are electronics.
    assertEquals(1.25 / 9 + 0.5 / 10, cells.get("cluster_categories|FR101|medical_devices").<Double>getAs("patents"), 1e-12);
    assertEquals(0.5 * 9 / 10, cells.get("cluster_categories|FR101|electronics").<Double>getAs("patents"), 1e-12);
  }

}
