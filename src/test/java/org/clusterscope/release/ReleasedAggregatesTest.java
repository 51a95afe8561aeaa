package org.clusterscope.release;

import static org.clusterscope.indicators.FormulaFrames.assertValue;
import static org.clusterscope.release.ReleaseFrames.cell;
import static org.clusterscope.release.ReleaseFrames.frame;
import static org.clusterscope.release.ReleaseFrames.status;
import static org.clusterscope.release.ReleaseFrames.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * region_profile, sector_profile, cross_border_clusters and a public table, masked by the status of
 * the cells they read. The values are gold's (any plausible numbers): what is checked is which are
 * released. NUTS 3, nace_division, 2023: FR101 has a secondary cell (20), FR102 a primary one (10),
 * FR103, FR104 and FR105 only free cells; FR104 has no NACE class status, FR105 a suppressed class.
 */
@ExtendWith(SparkTestExtension.class)
class ReleasedAggregatesTest {
  private static final String DIV = "nace_division";

  private final TestSpark spark;

  ReleasedAggregatesTest(TestSpark spark) {
    this.spark = spark;
  }

  private Dataset<Row> cellStatus(String regionTotalFr102) {
    return statuses(spark,
        status(2023, 3, "FR101", DIV, "10", "F"), status(2023, 3, "FR101", DIV, "20", "D"),
        status(2023, 3, "FR102", DIV, "10", "C"), status(2023, 3, "FR102", DIV, "30", "F"),
        status(2023, 3, "FR103", DIV, "10", "F"), status(2023, 3, "FR103", DIV, "30", "F"),
        status(2023, 3, "FR104", DIV, "30", "F"), status(2023, 3, "DE111", DIV, "10", "F"),
        status(2023, 3, "DE112", DIV, "10", "F"),
        status(2023, 3, "FR101", DIV, "_T", "F"), status(2023, 3, "FR102", DIV, "_T", regionTotalFr102),
        status(2023, 3, "FR103", DIV, "_T", "F"), status(2023, 3, "FR104", DIV, "_T", "F"),
        status(2023, 3, "DE111", DIV, "_T", "F"), status(2023, 3, "DE112", DIV, "_T", "D"),
        status(2023, 3, "_T", DIV, "10", "F"), status(2023, 3, "_T", DIV, "20", "F"),
        status(2023, 3, "_T", DIV, "30", "F"), status(2023, 3, "_T", DIV, "_T", "F"),
        // NACE classes of FR103 only (related variety reads them whatever the scheme)
        status(2023, 3, "FR103", "nace_class", "10.11", "F"), status(2023, 3, "FR103", "nace_class", "30.11", "F"),
        status(2023, 3, "FR103", "nace_class", "_T", "F"),
        // FR105: free division cells, a suppressed class cell
        status(2023, 3, "FR105", DIV, "30", "F"), status(2023, 3, "FR105", DIV, "_T", "F"),
        status(2023, 3, "FR105", "nace_class", "30.11", "D"), status(2023, 3, "FR105", "nace_class", "_T", "F"));
  }

  private Map<String, Row> released(TableSpec gold, Dataset<Row> rows, String regionTotalFr102, String... key) {
    Map<TableSpec, Dataset<Row>> pub = ReleasedTables.of(Map.of(gold, rows), cellStatus(regionTotalFr102));
    TableSpec spec = PubTables.named(gold.name()).orElseThrow();
    assertEquals(List.of(spec), List.copyOf(pub.keySet()));
    assertEquals(spec.columnNames(), List.of(pub.get(spec).columns()));
    return Rows.byKey(pub.get(spec), key);
  }

  private static ReleaseFrames.Values region(String code) {
    return new ReleaseFrames.Values().set("reference_year", 2023).set("nuts_level", 3).set("region_code", code)
        .set("sector_scheme", DIV).set("country_code", "FR").set("employment", 100.0).set("establishments", 9L)
        .set("herfindahl", 0.58).set("entropy", 0.88).set("krugman_index", 0.4).set("eci", 0.5)
        .set("specialised_sectors", 1L).set("unrelated_variety", 0.88).set("related_variety", 0.1)
        .set("patents", 2.0).set("patents_per_10k_employees", 200.0);
  }

  @Test
  void regionIndicesNeedEveryCellOfTheRegionFree() {
    Map<String, Row> rows = released(GoldTables.REGION_PROFILE, frame(spark, GoldTables.REGION_PROFILE,
        region("FR101"), region("FR103"), region("FR104"), region("FR105")), "F", "region_code");

    // FR101|20 is suppressed: its Herfindahl and E_r leave 0.58 = 0.3^2 + x^2 to solve
    Row suppressed = rows.get("FR101");
    assertValue(100.0, suppressed.getAs("employment"));
    assertValue(9L, suppressed.getAs("establishments"));
    for (String column : List.of("herfindahl", "entropy", "krugman_index", "eci", "specialised_sectors",
        "unrelated_variety", "related_variety")) {
      assertValue(null, suppressed.getAs(column));
    }
    assertValue(2.0, suppressed.getAs("patents"));
    assertEquals("D", suppressed.getAs("conf_status"));

    Row free = rows.get("FR103");
    assertValue(0.58, free.getAs("herfindahl"));
    assertValue(0.4, free.getAs("krugman_index"));
    assertValue(0.5, free.getAs("eci"));
    assertValue(0.88, free.getAs("unrelated_variety"));
    assertValue(0.1, free.getAs("related_variety"));
    assertEquals("F", free.getAs("conf_status"));
    assertEquals("", free.getAs("obs_status"));

    // No class status for FR104: unrelated variety is the entropy of its (free) division cells,
    // related variety reads class cells no status vouches for.
    Row noClasses = rows.get("FR104");
    assertValue(0.88, noClasses.getAs("unrelated_variety"));
    assertValue(null, noClasses.getAs("related_variety"));
    assertValue(0.58, noClasses.getAs("herfindahl"));
    assertEquals("N", noClasses.getAs("conf_status"));

    // A suppressed class cell: unrelated variety still follows from the free division cells.
    Row classSuppressed = rows.get("FR105");
    assertValue(0.88, classSuppressed.getAs("unrelated_variety"));
    assertValue(null, classSuppressed.getAs("related_variety"));
    assertEquals("D", classSuppressed.getAs("conf_status"));
  }

  private static ReleaseFrames.Values sector(String code) {
    return new ReleaseFrames.Values().set("reference_year", 2023).set("nuts_level", 3).set("sector_scheme", DIV)
        .set("sector_code", code).set("sector_label", "sector " + code).set("employment", 50.0)
        .set("establishments", 7L).set("herfindahl_regions", 0.5).set("krugman_concentration", 0.3)
        .set("plant_herfindahl", 0.2).set("ellison_glaeser", 0.01);
  }

  @Test
  void sectorIndicesNeedEveryCellOfTheSectorFreeAndAreaWeightsEveryRegionTotal() {
    Map<String, Row> rows = released(GoldTables.SECTOR_PROFILE, frame(spark, GoldTables.SECTOR_PROFILE,
        sector("10"), sector("30")), "D", "sector_code");

    Row primary = rows.get("10");
    assertValue(50.0, primary.getAs("employment"));
    assertValue(null, primary.getAs("herfindahl_regions"));
    assertValue(null, primary.getAs("plant_herfindahl"));
    assertEquals("C", primary.getAs("conf_status"));

    // Sector 30's cells are free, but FR102's total is suppressed (D): the indices weighing
    // regions by E_r/E are withheld, those of the sector's own shares are not.
    Row free = rows.get("30");
    assertEquals("sector 30", free.getAs("sector_label"));
    assertValue(0.5, free.getAs("herfindahl_regions"));
    assertValue(0.2, free.getAs("plant_herfindahl"));
    assertValue(null, free.getAs("krugman_concentration"));
    assertValue(null, free.getAs("ellison_glaeser"));
    assertEquals("D", free.getAs("conf_status"));
  }

  private static ReleaseFrames.Values pair(String a, String b) {
    return new ReleaseFrames.Values().set("reference_year", 2023).set("nuts_level", 3).set("sector_scheme", DIV)
        .set("sector_code", "10").set("region_a", a).set("region_b", b).set("country_a", a.substring(0, 2))
        .set("country_b", b.substring(0, 2)).set("stars_a", 2).set("stars_b", 3).set("lq_a", 2.5).set("lq_b", 3.5)
        .set("employment_a", 40.0).set("employment_b", 30.0).set("links", 4L).set("weight", 1.5);
  }

  @Test
  void aCrossBorderPairIsListedOnlyWhereBothCellsAreFree() {
    Map<String, Row> rows = released(GoldTables.CROSS_BORDER_CLUSTERS, frame(spark, GoldTables.CROSS_BORDER_CLUSTERS,
        pair("DE111", "FR101"), pair("DE111", "FR102"), pair("DE112", "FR103")), "F", "region_a", "region_b");

    // FR102|10 is primary: the row would say it is a cluster
    assertEquals(List.of("DE111|FR101", "DE112|FR103"), List.copyOf(rows.keySet()));
    Row free = rows.get("DE111|FR101");
    assertValue(2.5, free.getAs("lq_a"));
    assertValue(40.0, free.getAs("employment_a"));
    assertEquals("F", free.getAs("conf_status"));
    // DE112's total is suppressed: lq_a would give it back from employment_a and the sector's share
    Row totalSuppressed = rows.get("DE112|FR103");
    assertValue(null, totalSuppressed.getAs("lq_a"));
    assertValue(3.5, totalSuppressed.getAs("lq_b"));
    assertValue(40.0, totalSuppressed.getAs("employment_a"));
    assertEquals("D", totalSuppressed.getAs("conf_status"));
  }

  @Test
  void tablesOfPublicSourcesAreReleasedAsInGold() {
    Map<String, Row> rows = released(GoldTables.REGION_TECHNOLOGY, frame(spark, GoldTables.REGION_TECHNOLOGY,
        new ReleaseFrames.Values().set("reference_year", 2023).set("nuts_level", 3).set("region_code", "FR102")
            .set("tech_field", 13).set("patents", 1.25).set("rta", 4.0)), "F", "region_code");
    Row row = rows.get("FR102");
    assertValue(1.25, row.getAs("patents"));
    assertValue(4.0, row.getAs("rta"));
    assertEquals("F", row.getAs("conf_status"));
    assertEquals("", row.getAs("obs_status"));
  }
}
