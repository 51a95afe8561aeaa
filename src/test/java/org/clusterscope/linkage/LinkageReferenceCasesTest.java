package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
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
 * Cross-clustering through the pipeline up to the linkages, on the run of the patent cases
 * ({@link PatentCases}). Case P1 of ../shared/reference-cases (2021): P1 (a, b in FR101), P2
 * (c FR101, d DE211), P3 (e FR711, f FR101, g and h CH011). In 2022: an application with 150
 * inventors (100 FR101, 30 DE211, 20 CH011), a research project with 80 partners (50 DE111, 20
 * FR101, 10 SE224), and an application whose second inventor has only a NUTS 2 code. In 2023:
 * five applications whose IPC codes give NACE divisions 32 and 26 (twice), 26 and 29, 29 and 32,
 * 21 and 32, for co-classification.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkageReferenceCasesTest {
  private final TestSpark spark;
  private Workspace ws;

  LinkageReferenceCasesTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void run() {
    ws = PatentCases.run(spark);
  }

  @Test
  void theLinkageTablesAreTheSameWithoutAdaptiveExecution() {
    // A user may turn adaptive execution off on a cluster; the self-joins of cross_border_clusters
    // once failed to analyse then ("Failure when resolving conflicting references in Join").
    List<String> tables = List.of("region_links", "region_openness", "sector_links", "cross_border_clusters");
    Map<String, List<String>> before = new HashMap<>();
    tables.forEach(t -> before.put(t, sortedRows(t)));
    // A session of its own (same context and catalog, own SQL settings): the test classes that
    // run beside this one keep adaptive execution.
    SparkSession withoutAdaptive = spark.spark().newSession();
    withoutAdaptive.conf().set("spark.sql.adaptive.enabled", "false");
    ws.run(withoutAdaptive, Pipeline.Command.LINKAGES, YearSelection.all());
    assertTrue(before.get("region_links").size() > 0);
    tables.forEach(t -> assertEquals(before.get(t), sortedRows(t), t));
  }

  private List<String> sortedRows(String table) {
    return ws.table("gold", table).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  @Test
  void regionLinksOfCaseP1() {
    Map<String, Row> links = Rows.byKey(ws.table("gold", "region_links").filter(col("reference_year").equalTo(2021)
        .and(col("nuts_level").equalTo(3))), "region_a", "region_b");
    assertEquals(4, links.size());
    assertLink(links.get("CH011|FR101"), 1, 1.0 / 3);
    assertLink(links.get("CH011|FR711"), 1, 1.0 / 3);
    assertLink(links.get("DE211|FR101"), 1, 1.0);
    assertLink(links.get("FR101|FR711"), 1, 1.0 / 6);
    assertTrue(links.get("CH011|FR101").<Boolean>getAs("cross_border"));
    assertEquals(false, links.get("FR101|FR711").<Boolean>getAs("cross_border"));
  }

  @Test
  void opennessOfFr101InCaseP1() {
    Row fr101 = openness(2021, 3, "co_invention", "FR101");
    assertEquals(3.0, fr101.<Double>getAs("activities"), 1e-12);
    assertEquals(3.0, fr101.<Double>getAs("collaborative"), 1e-12);
    assertEquals(2.0 / 3, fr101.<Double>getAs("cross_border_share"), 1e-12);
    assertEquals(2.0 / 3, fr101.<Double>getAs("cross_region_share"), 1e-12);
    assertEquals(1.0, fr101.<Double>getAs("internal_weight"), 1e-12);
    assertEquals(1.5, fr101.<Double>getAs("external_weight"), 1e-12);
    assertEquals(0.6, fr101.<Double>getAs("openness"), 1e-12);
    assertEquals(4.0 / 3, fr101.<Double>getAs("foreign_weight"), 1e-12);
    assertEquals(3L, fr101.<Long>getAs("partner_regions"));
    assertEquals(2L, fr101.<Long>getAs("partner_countries"));
    assertNull(fr101.getAs("research_partner_share"));
    assertEquals(2.0 / 3, openness(2021, 0, "co_invention", "FR").<Double>getAs("cross_border_share"), 1e-12);
  }

  @Test
  void aSectorRowWeighsEachApplicationByItsShareOfTheSector() {
    // P1, P2 and P3 are all A61B: NACE division 32 (section C) with share 1, so the sector rows of
    // FR101 repeat its totals; research projects have no sector.
    Row all = openness(2021, 3, "co_invention", "FR101");
    for (String[] sector : List.of(new String[] {"nace_division", "32"}, new String[] {"nace_section", "C"})) {
      Row row = ws.table("gold", "region_openness").filter(col("reference_year").equalTo(2021)
          .and(col("nuts_level").equalTo(3)).and(col("source").equalTo("co_invention"))
          .and(col("region_code").equalTo("FR101")).and(col("sector_scheme").equalTo(sector[0]))
          .and(col("sector_code").equalTo(sector[1]))).first();
      for (String measure : List.of("activities", "collaborative", "with_foreign", "internal_weight",
          "external_weight", "foreign_weight", "openness")) {
        assertEquals(all.<Double>getAs(measure), row.<Double>getAs(measure), 1e-12, sector[0] + " " + measure);
      }
      assertEquals(3L, row.<Long>getAs("partner_regions"));
      assertEquals(2L, row.<Long>getAs("partner_countries"));
    }
    assertEquals(0L, ws.table("gold", "region_openness").filter(col("source").equalTo("research")
        .and(col("sector_scheme").notEqual("all"))).count());
  }

  @Test
  void aLargeApplicationAndALargeProjectEachSumToOne() {
    // 150 inventors: FR101 100, DE211 30, CH011 20; C(150, 2) = 11175.
    Map<String, Row> links = Rows.byKey(ws.table("gold", "region_links").filter(col("reference_year").equalTo(2022)
        .and(col("nuts_level").equalTo(3)).and(col("source").equalTo("co_invention"))), "region_a", "region_b");
    assertLink(links.get("DE211|FR101"), 1, 3000.0 / 11175);
    assertLink(links.get("CH011|FR101"), 1, 2000.0 / 11175);
    assertLink(links.get("CH011|DE211"), 1, 600.0 / 11175);
    assertEquals(435.0 / 11175, openness(2022, 3, "co_invention", "DE211").<Double>getAs("internal_weight"), 1e-12);
    assertEquals(1.0, sumOfWeights(2022, 3, "co_invention", List.of("FR101", "DE211", "CH011")), 1e-9);
    // 80 partners: DE111 50, FR101 20, SE224 10; C(80, 2) = 3160.
    Map<String, Row> research = Rows.byKey(ws.table("gold", "region_links").filter(col("reference_year").equalTo(2022)
        .and(col("nuts_level").equalTo(3)).and(col("source").equalTo("research"))), "region_a", "region_b");
    assertLink(research.get("DE111|FR101"), 1, 1000.0 / 3160);
    assertLink(research.get("DE111|SE224"), 1, 500.0 / 3160);
    assertLink(research.get("FR101|SE224"), 1, 200.0 / 3160);
    assertEquals(1.0, sumOfWeights(2022, 3, "research", List.of("DE111", "FR101", "SE224")), 1e-9);
    assertEquals(1225.0 / 3160, openness(2022, 3, "research", "DE111").<Double>getAs("internal_weight"), 1e-12);
  }

  @Test
  void researchPartnerShareCountsCompaniesInProjectsWithUniversities() {
    // Every fourth partner is a university, so every company participation has an academic partner.
    assertEquals(1.0, openness(2022, 3, "research", "FR101").<Double>getAs("research_partner_share"), 1e-12);
  }

  @Test
  void aParticipantCountsOnlyAtTheLevelsItsCodeDetermines() {
    // N2: FR101 and an inventor known only as FR10. At NUTS 2 both are in FR10: one internal pair.
    Dataset<Row> n2 = ws.table("gold", "region_openness").filter(col("reference_year").equalTo(2022)
        .and(col("source").equalTo("co_invention")).and(col("sector_scheme").equalTo("all")));
    Row fr10 = n2.filter(col("nuts_level").equalTo(2).and(col("region_code").equalTo("FR10"))).first();
    assertEquals(2.0, fr10.<Double>getAs("activities"), 1e-12); // N2 and the large application
    // At NUTS 3 the pair of N2 has an end in an unknown NUTS 3 region: neither internal nor external.
    double big = 4950.0 / 11175;
    Row fr101 = openness(2022, 3, "co_invention", "FR101");
    assertEquals(big, fr101.<Double>getAs("internal_weight"), 1e-12);
    assertEquals((3000.0 + 2000.0) / 11175, fr101.<Double>getAs("external_weight"), 1e-12);
  }

  @Test
  void coClassificationNormalisationsMatchAnIndependentComputation() {
    // c(26,32) = 2, c(26,29) = 1, c(29,32) = 1, c(21,32) = 1; s: 21 1, 26 3, 29 2, 32 4; T = 10.
    Map<String, Row> links = Rows.byKey(ws.table("gold", "sector_links").filter(col("reference_year").equalTo(2023)
        .and(col("source").equalTo("co_classification")).and(col("sector_scheme").equalTo("nace_division"))),
        "sector_a", "sector_b");
    assertEquals(4, links.size());
    Map<String, Double> s = Map.of("21", 1.0, "26", 3.0, "29", 2.0, "32", 4.0);
    double t = 10;
    for (Map.Entry<String, Row> e : links.entrySet()) {
      String[] ab = e.getKey().split("\\|");
      double c = e.getValue().<Long>getAs("cooccurrences");
      double si = s.get(ab[0]);
      double sj = s.get(ab[1]);
      assertEquals(c * t / (si * sj), e.getValue().<Double>getAs("association"), 1e-12, e.getKey());
      assertEquals(c / Math.sqrt(si * sj), e.getValue().<Double>getAs("cosine"), 1e-12, e.getKey());
      assertEquals(c / (si + sj - c), e.getValue().<Double>getAs("jaccard"), 1e-12, e.getKey());
      double expected = (si / t * sj / (t - si) + sj / t * si / (t - sj)) * t / 2;
      assertEquals(c / expected, e.getValue().<Double>getAs("probabilistic"), 1e-12, e.getKey());
    }
    assertEquals(2L, links.get("26|32").<Long>getAs("cooccurrences"));
    assertEquals(5.0 / 3, links.get("26|32").<Double>getAs("association"), 1e-12);
  }

  /** Σ pair weights between the regions + Σ their internal weights: 1 for one activity among them. */
  private double sumOfWeights(int year, int level, String source, List<String> regions) {
    double links = ws.table("gold", "region_links").filter(col("reference_year").equalTo(year)
            .and(col("nuts_level").equalTo(level)).and(col("source").equalTo(source))
            .and(col("region_a").isin(regions.toArray())).and(col("region_b").isin(regions.toArray())))
        .agg(org.apache.spark.sql.functions.sum("weight")).first().getDouble(0);
    double internal = 0;
    for (String region : regions) {
      internal += openness(year, level, source, region).<Double>getAs("internal_weight");
    }
    return links + internal;
  }

  private Row openness(int year, int level, String source, String region) {
    return ws.table("gold", "region_openness").filter(col("reference_year").equalTo(year)
        .and(col("nuts_level").equalTo(level)).and(col("source").equalTo(source))
        .and(col("region_code").equalTo(region)).and(col("sector_scheme").equalTo("all"))).first();
  }

  private static void assertLink(Row link, long links, double weight) {
    assertEquals(links, link.<Long>getAs("links"));
    assertEquals(weight, link.<Double>getAs("weight"), 1e-12);
  }

}
