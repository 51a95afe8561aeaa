package org.clusterscope.report;

import static org.clusterscope.release.ReleaseFrames.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.release.PubTables;
import org.clusterscope.release.ReleaseFrames;
import org.clusterscope.release.ReleaseFrames.Values;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a report may show, on hand-written tables: before publish, gold's free cells only; after,
 * the released layer with its withheld cells marked withheld. Cell DE112 × 29 is confidential
 * (primary dominance, 777 employed): neither its values nor its cross-border pair may reach a
 * page. Regions DE111 (Stuttgart), DE112 (Böblingen) and FR101 (Paris), NACE divisions 29 and 62.
 */
@ExtendWith(SparkTestExtension.class)
class ReportLayerTest {
  private static final int YEAR = 2023;
  private static final String SCHEME = "nace_division";
  private static final String SECRET = "777";

  private final TestSpark spark;

  ReportLayerTest(TestSpark spark) {
    this.spark = spark;
  }

  private static Values cellOf(int year, String region, String sector, double employment, double lq, int stars) {
    return cell(year, 3, region, SCHEME, sector).set("sector_label", "Division " + sector)
        .set("employment", employment).set("lq", lq).set("stars", stars).set("strong_cluster", stars > 1);
  }

  /** The free cells, each with the column {@code status} set to {@code free}. */
  private static List<Values> freeCells(String status, String free) {
    return List.of(
        cellOf(YEAR, "DE111", "29", 500, 3.0, 3).set(status, free),
        cellOf(YEAR, "FR101", "29", 300, 2.2, 2).set(status, free),
        cellOf(YEAR, "FR101", "62", 50, 1.0, 0).set(status, free),
        cellOf(YEAR, "DE112", "62", 40, 0.5, 0).set(status, free),
        cellOf(YEAR - 1, "DE111", "29", 480, 2.9, 3).set(status, free));
  }

  private static Values pair(String a, String b) {
    return new Values().set("reference_year", YEAR).set("nuts_level", 3).set("sector_scheme", SCHEME)
        .set("sector_code", "29").set("region_a", a).set("region_b", b).set("country_a", a.substring(0, 2))
        .set("country_b", b.substring(0, 2)).set("stars_a", 3).set("stars_b", 2).set("links", 3L).set("weight", 1.5);
  }

  private static Values link(String source, long links) {
    return new Values().set("reference_year", YEAR).set("nuts_level", 3).set("source", source)
        .set("region_a", "DE111").set("region_b", "FR101").set("cross_border", true).set("links", links);
  }

  private static Values openness(String region, String source, double openness) {
    return new Values().set("reference_year", YEAR).set("nuts_level", 3).set("source", source)
        .set("region_code", region).set("sector_scheme", SCHEME).set("sector_code", "29").set("openness", openness)
        .set("activities", 4.0);
  }

  private static Values sectorLink() {
    return new Values().set("reference_year", YEAR).set("source", "co_location").set("sector_scheme", SCHEME)
        .set("sector_a", "29").set("sector_b", "62").set("cooccurrences", 2L).set("cosine", 0.5);
  }

  /** Gold, and cs_pub when {@code published}, as publish would write them for these cells. */
  private Workspace warehouse(boolean published) {
    Workspace ws = new Workspace(spark, spark.warehouse().resolve("report-" + published + "-" + System.nanoTime()))
        .config("indicators { nuts-levels = [3], sector-schemes = [" + SCHEME + "] }");
    List<Values> gold = new ArrayList<>(freeCells("confidentiality", "free"));
    gold.add(cellOf(YEAR, "DE112", "29", 777, 2.5, 2).set("confidentiality", "primary_dominance"));
    write(ws, GoldTables.REGION_SECTOR, gold.toArray(Values[]::new));
    write(ws, GoldTables.CROSS_BORDER_CLUSTERS, pair("DE111", "FR101"), pair("DE112", "FR101"));
    write(ws, GoldTables.REGION_LINKS, link("co_invention", 2), link("research", 1));
    write(ws, GoldTables.REGION_OPENNESS, openness("DE111", "co_invention", 0.1), openness("FR101", "research", 0.8));
    write(ws, GoldTables.SECTOR_LINKS, sectorLink());
    if (published) {
      List<Values> released = new ArrayList<>(freeCells("conf_status", "F"));
      released.add(cell(YEAR, 3, "DE112", SCHEME, "29").set("sector_label", "Division 29").set("conf_status", "C"));
      write(ws, PubTables.REGION_SECTOR, released.toArray(Values[]::new));
      write(ws, PubTables.CROSS_BORDER_CLUSTERS, pair("DE111", "FR101"));
      write(ws, PubTables.REGION_LINKS, link("co_invention", 2), link("research", 1));
      write(ws, PubTables.REGION_OPENNESS, openness("DE111", "co_invention", 0.1), openness("FR101", "research", 0.8));
      write(ws, PubTables.SECTOR_LINKS, sectorLink());
    }
    return ws;
  }

  private void write(Workspace ws, TableSpec spec, Values... rows) {
    String database = ws.prefix() + "_" + spec.layer().suffix();
    spark.spark().sql("CREATE DATABASE IF NOT EXISTS " + database);
    Dataset<Row> frame = ReleaseFrames.frame(spark, spec, rows);
    frame.write().format("parquet").saveAsTable(database + "." + spec.name());
  }

  private static JsonNode page(ReportResult result) {
    assertEquals(1, result.pages().size(), "pages: " + result.pages());
    return PageCheck.data(result.pages().get(0).file());
  }

  private static Double lq(JsonNode page, String region, String sector) {
    int r = -1;
    int s = -1;
    for (int i = 0; i < page.path("regions").size(); i++) {
      r = page.path("regions").get(i).path("code").asText().equals(region) ? i : r;
    }
    for (int i = 0; i < page.path("sectors").size(); i++) {
      s = page.path("sectors").get(i).path("code").asText().equals(sector) ? i : s;
    }
    JsonNode value = page.path("lq").get(r).get(s);
    return value.isNull() ? null : value.asDouble();
  }

  private ReportResult report(Workspace ws, Path folder, String... overrides) throws IOException {
    Settings settings = new SettingsLoader().load(ws.configFile(), List.of(overrides), Optional.empty());
    return Report.on(spark.spark(), settings).years(YearSelection.of(List.of(YEAR))).writeTo(Files.createDirectories(folder));
  }

  @Test
  void beforePublishOnlyGoldsFreeCellsReachThePage() throws IOException {
    Workspace ws = warehouse(false);
    ReportResult result = report(ws, spark.warehouse().resolve(ws.prefix() + "-report"));
    assertFalse(result.released());
    JsonNode page = page(result);
    assertFalse(page.path("meta").path("released").asBoolean());
    assertEquals(3.0, lq(page, "DE111", "29"));
    assertEquals(null, lq(page, "DE112", "29"), "the confidential cell is left out");
    assertEquals(0.5, lq(page, "DE112", "62"));
    assertEquals(1, page.path("crossBorder").size(), "the pair with the confidential cell is left out");
    JsonNode pair = page.path("crossBorder").get(0);
    assertEquals("DE111 FR101 2 1", pair.path("regionA").asText() + " " + pair.path("regionB").asText() + " "
        + pair.path("coInvention").asLong() + " " + pair.path("research").asLong());
    assertEquals(List.of("DE111", "FR101"), codes(page.path("top"), "region"));
    String html = Files.readString(result.pages().get(0).file(), StandardCharsets.UTF_8);
    assertTrue(html.contains("has not been written yet"), "the page says it read gold");
    assertFalse(html.contains(SECRET + ".0") || html.contains("\"employment\":" + SECRET), "no confidential value");
  }

  @Test
  void afterPublishTheReleasedLayerIsReadAndWithheldCellsAreMarked() throws IOException {
    Workspace ws = warehouse(true);
    ReportResult result = report(ws, spark.warehouse().resolve(ws.prefix() + "-report"));
    assertTrue(result.released());
    assertEquals(ws.prefix() + "_pub", result.database());
    JsonNode page = page(result);
    assertEquals(CellMatrix.WITHHELD, lq(page, "DE112", "29"));
    assertEquals(2.2, lq(page, "FR101", "29"));
    assertEquals(List.of("DE111", "FR101"), codes(page.path("top"), "region"));
    assertEquals(1, page.path("crossBorder").size());
    // The trend follows the clusters with two stars or more, over every year released.
    assertEquals("[2022,2023]", page.path("trend").path("years").toString());
    assertEquals(List.of("DE111", "FR101"), codes(page.path("trend").path("series"), "region"));
    assertEquals("[480.0,500.0]", page.path("trend").path("series").get(0).path("employment").toString());
    // Openness of the clusters: DE111's automotive cluster is self-sufficient (0.1 < 0.25).
    assertEquals(2, page.path("openness").size());
    assertEquals("[\"29\"]", page.path("sectorLinks").findValues("a").toString());
    String html = Files.readString(result.pages().get(0).file(), StandardCharsets.UTF_8);
    assertFalse(html.contains(SECRET + ".0") || html.contains("\"employment\":" + SECRET), "no confidential value");
    assertTrue(html.contains("No map: no NUTS boundary file is configured"), "the page says how to add the map");
    assertTrue(Files.isRegularFile(result.index()));
    assertTrue(Files.readString(result.index()).contains(result.pages().get(0).file().getFileName().toString()));
  }

  @Test
  void aRunsYearsWithoutCellsAreLeftOutOfItsReport() throws IOException {
    Workspace ws = warehouse(false);
    ReportResult result = Report.on(spark.spark(), ws.settings()).yearsWithCells(List.of(2019, YEAR))
        .writeTo(Files.createDirectories(spark.warehouse().resolve(ws.prefix() + "-run-report")));
    assertEquals(List.of(YEAR), result.pages().stream().map(p -> p.scope().year()).toList());
  }

  @Test
  void yearsWithoutCellsAndUnconfiguredSchemesAreRefusedByName() {
    Workspace ws = warehouse(false);
    Settings settings = ws.settings();
    ClusterscopeException year = org.junit.jupiter.api.Assertions.assertThrows(ClusterscopeException.class,
        () -> Report.on(spark.spark(), settings).years(YearSelection.of(List.of(2019)))
            .writeTo(spark.warehouse().resolve(ws.prefix() + "-none")));
    assertEquals(ExitCode.INPUT, year.exitCode());
    assertTrue(year.getMessage().contains("[2019]"), year.getMessage());
    ClusterscopeException scheme = org.junit.jupiter.api.Assertions.assertThrows(ClusterscopeException.class,
        () -> Report.on(spark.spark(), settings).schemes(List.of("nace_class")));
    assertEquals(ExitCode.USAGE, scheme.exitCode());
    assertTrue(scheme.getMessage().contains("--scheme 'nace_class'"), scheme.getMessage());
  }

  private static List<String> codes(JsonNode array, String field) {
    List<String> codes = new ArrayList<>();
    array.forEach(n -> codes.add(n.path(field).asText()));
    return codes;
  }
}
