package org.clusterscope.release;

import static org.clusterscope.indicators.FormulaFrames.assertValue;
import static org.clusterscope.release.ReleaseFrames.cell;
import static org.clusterscope.release.ReleaseFrames.frame;
import static org.clusterscope.release.ReleaseFrames.status;
import static org.clusterscope.release.ReleaseFrames.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The masking of region_sector on four NUTS 3 cells of 2023 (nace_division): E_rs FR101|10 = 30,
 * FR101|20 = 70, FR102|10 = 2, FR102|20 = 98; E_r = 100 each, E_10 = 32, E_20 = 168, E = 200.
 * FR102|10 is primary (C), FR101|20 secondary (D).
 */
@ExtendWith(SparkTestExtension.class)
class ReleasedRegionSectorTest {
  private static final String DIV = "nace_division";

  private final TestSpark spark;

  ReleasedRegionSectorTest(TestSpark spark) {
    this.spark = spark;
  }

  private Dataset<Row> gold(ReleaseFrames.Values... more) {
    List<ReleaseFrames.Values> rows = new ArrayList<>(List.of(
        // size share 30/32 = 0.9375, focus 0.3, lq 0.3 / (32/200) = 1.875
        cell(2023, 3, "FR101", DIV, "10").set("employment", 30.0).set("establishments", 4L)
            .set("region_employment", 100.0).set("sector_employment", 32.0).set("total_employment", 200.0)
            .set("size_share", 0.9375).set("focus", 0.3).set("lq", 1.875).set("lq_national", 1.875)
            .set("stars", 1).set("strong_cluster", true).set("employment_growth_1y", 0.25).set("growth_break", true)
            .set("employment_cagr_5y", 0.05).set("cagr_5y_break", false).set("patents", 1.5).set("source", "register"),
        cell(2023, 3, "FR101", DIV, "20").set("employment", 70.0).set("establishments", 5L)
            .set("region_employment", 100.0).set("sector_employment", 168.0).set("total_employment", 200.0)
            .set("lq", 0.7 / 0.84).set("stars", 0).set("patents", 0.0),
        cell(2023, 3, "FR102", DIV, "10").set("employment", 2.0).set("establishments", 1L)
            .set("region_employment", 100.0).set("sector_employment", 32.0).set("total_employment", 200.0)
            .set("lq", 0.02 / 0.16),
        // lq 0.98 / 0.84; growth 98 / 89.09 - 1 = 0.1 against a suppressed 2022 cell
        cell(2023, 3, "FR102", DIV, "20").set("employment", 98.0).set("establishments", 6L)
            .set("region_employment", 100.0).set("sector_employment", 168.0).set("total_employment", 200.0)
            .set("lq", 0.98 / 0.84).set("lq_national", 0.98 / 0.84).set("employment_growth_1y", 0.1)
            .set("growth_break", false)));
    rows.addAll(Arrays.asList(more));
    return frame(spark, GoldTables.REGION_SECTOR, rows.toArray(ReleaseFrames.Values[]::new));
  }

  private static List<Object[]> cellStatus(String regionTotalFr101) {
    return new ArrayList<>(List.of(
        status(2023, 3, "FR101", DIV, "10", "F"), status(2023, 3, "FR101", DIV, "20", "D"),
        status(2023, 3, "FR102", DIV, "10", "C"), status(2023, 3, "FR102", DIV, "20", "F"),
        status(2023, 3, "FR101", DIV, "_T", regionTotalFr101), status(2023, 3, "FR102", DIV, "_T", "F"),
        status(2023, 3, "_T", DIV, "10", "F"), status(2023, 3, "_T", DIV, "20", "F"),
        status(2023, 3, "_T", DIV, "_T", "F"),
        status(2022, 3, "FR101", DIV, "10", "F"), status(2022, 3, "FR102", DIV, "20", "D")));
  }

  private Map<String, Row> released(Dataset<Row> gold, List<Object[]> cellStatus) {
    Dataset<Row> rows = ReleasedTables.of(Map.of(GoldTables.REGION_SECTOR, gold),
        statuses(spark, cellStatus.toArray(Object[][]::new))).get(PubTables.REGION_SECTOR);
    assertEquals(PubTables.REGION_SECTOR.columnNames(), List.of(rows.columns()));
    return Rows.byKey(rows, "nuts_level", "region_code", "sector_code");
  }

  @Test
  void everyValueOfASuppressedCellIsNullAndItsStatusSaysWhy() {
    Map<String, Row> rows = released(gold(), cellStatus("F"));
    Row secondary = rows.get("3|FR101|20");
    assertEquals("D", secondary.getAs("conf_status"));
    for (String column : List.of("employment", "establishments", "lq", "stars", "patents", "size_share")) {
      assertValue(null, secondary.getAs(column));
    }
    // the totals are other cells, free here: the same on every row of the region and sector
    assertValue(100.0, secondary.getAs("region_employment"));
    assertValue(168.0, secondary.getAs("sector_employment"));
    Row primary = rows.get("3|FR102|10");
    assertEquals("C", primary.getAs("conf_status"));
    assertValue(null, primary.getAs("employment"));
    assertValue(null, primary.getAs("lq"));
  }

  @Test
  void aCellTheStatusDoesNotListIsWithheldAsNotForPublication() {
    Map<String, Row> rows = released(gold(cell(2023, 3, "FR103", DIV, "10").set("employment", 5.0)
        .set("region_employment", 5.0).set("focus", 1.0)), cellStatus("F"));
    Row unlisted = rows.get("3|FR103|10");
    assertEquals("N", unlisted.getAs("conf_status"));
    assertValue(null, unlisted.getAs("employment"));
    assertValue(null, unlisted.getAs("region_employment"));
    assertValue(null, unlisted.getAs("focus"));
  }

  @Test
  void aFreeCellKeepsItsValuesAndItsSeriesBreak() {
    Row free = released(gold(), cellStatus("F")).get("3|FR101|10");
    assertEquals("F", free.getAs("conf_status"));
    assertValue(30.0, free.getAs("employment"));
    assertValue(4L, free.getAs("establishments"));
    assertValue(1.875, free.getAs("lq"));
    assertValue(0.9375, free.getAs("size_share"));
    assertValue(1.5, free.getAs("patents"));
    assertValue(true, free.getAs("strong_cluster"));
    // 2022's cell is free: growth released, and it compares two sources
    assertValue(0.25, free.getAs("employment_growth_1y"));
    assertEquals("b", free.getAs("obs_status"));
    // no status for 2018: the CAGR could compare with a suppressed cell
    assertValue(null, free.getAs("employment_cagr_5y"));
    assertValue(null, free.getAs("cagr_5y_break"));
  }

  @Test
  void growthIsNullWhenTheEarlierYearsCellWasSuppressed() {
    Row free = released(gold(), cellStatus("F")).get("3|FR102|20");
    assertEquals("F", free.getAs("conf_status"));
    assertValue(98.0, free.getAs("employment"));
    // 98 / (1 + growth) would give 2022's suppressed cell
    assertValue(null, free.getAs("employment_growth_1y"));
    assertValue(null, free.getAs("growth_break"));
    assertEquals("", free.getAs("obs_status"));
  }

  @Test
  void aRatioOverASuppressedTotalIsNullInAFreeCell() {
    Row free = released(gold(), cellStatus("D")).get("3|FR101|10");
    assertValue(30.0, free.getAs("employment"));
    // focus = 30 / E_r and lq read the suppressed E_r of FR101; size_share reads E_s only
    assertValue(null, free.getAs("region_employment"));
    assertValue(null, free.getAs("focus"));
    assertValue(null, free.getAs("lq"));
    assertValue(0.9375, free.getAs("size_share"));
    assertEquals("F", free.getAs("conf_status"));
  }

  @Test
  void nationalQuotientNeedsTheCountrysSectorFromReleasedNumbers() {
    // Without NUTS 0, E_FR,10 = 30 + 2 includes the primary cell: lq_national would give it back.
    // FR,20 = 70 + 98 includes the secondary cell.
    Map<String, Row> withoutCountry = released(gold(), cellStatus("F"));
    assertValue(null, withoutCountry.get("3|FR101|10").getAs("lq_national"));
    assertValue(null, withoutCountry.get("3|FR102|20").getAs("lq_national"));

    // With the NUTS 0 cells free: FR|20 = 168 is the sum at level 3, so E_cs / E_c is released anyway;
    // FR|10 = 35 is not 32 (3 employees coded to FR only): the level-3 sum would be a new number.
    List<Object[]> cellStatus = cellStatus("F");
    cellStatus.addAll(List.of(status(2023, 0, "FR", DIV, "10", "F"), status(2023, 0, "FR", DIV, "20", "F"),
        status(2023, 0, "FR", DIV, "_T", "F"), status(2023, 0, "_T", DIV, "10", "F"),
        status(2023, 0, "_T", DIV, "20", "F"), status(2023, 0, "_T", DIV, "_T", "F")));
    Map<String, Row> withCountry = released(gold(
        cell(2023, 0, "FR", DIV, "10").set("employment", 35.0),
        cell(2023, 0, "FR", DIV, "20").set("employment", 168.0)), cellStatus);
    assertValue(null, withCountry.get("3|FR101|10").getAs("lq_national"));
    assertValue(0.98 / 0.84, withCountry.get("3|FR102|20").getAs("lq_national"));
  }
}
