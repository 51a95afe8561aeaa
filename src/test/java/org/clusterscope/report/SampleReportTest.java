package org.clusterscope.report;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.SampleRun;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report of the bundled samples for 2023 at NUTS 3, every scheme, with a boundary file of one
 * square per region: every page opens from disk in headless Chromium without a JavaScript error
 * or a failed request, every chart draws (or says why it has nothing to draw), and the samples'
 * Upper Rhine and Øresund clusters are on the page of the example cluster scheme. Screenshots go
 * to target/report-screenshots.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleReportTest {
  private static final int YEAR = 2023;
  private final TestSpark spark;
  private Workspace ws;
  private ReportResult result;
  private int squares;

  SampleReportTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void write() throws IOException {
    ws = SampleRun.of(spark).ws();
    Path folder = Files.createDirectories(spark.warehouse().resolve(ws.prefix() + "-report"));
    Path boundaries = squares(folder.resolve("nuts.geojson"));
    Settings settings = new SettingsLoader().load(ws.configFile(),
        List.of("report.nuts-geojson=" + boundaries), Optional.empty());
    result = Report.on(spark.spark(), settings).years(YearSelection.of(List.of(YEAR))).writeTo(folder);
    result.pages().forEach(page -> System.out.println("sample report: " + page.summary()));
  }

  /** One square per NUTS 3 region of the samples, and a NUTS 2 square the level-3 map must leave out. */
  private Path squares(Path file) throws IOException {
    List<String> regions = ws.table("gold", "region_sector").filter(col("nuts_level").equalTo(3))
        .select("region_code").distinct().orderBy("region_code").collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    squares = regions.size();
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i <= regions.size(); i++) {
      String code = i < regions.size() ? regions.get(i) : "DE11";
      double x = 5 + (i % 10) * 0.5;
      double y = 45 + (i / 10) * 0.5;
      json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"NUTS_ID\":\"").append(code)
          .append("\",\"LEVL_CODE\":").append(code.length() - 2).append("},\"geometry\":{\"type\":\"Polygon\",")
          .append("\"coordinates\":[[[").append(x).append(',').append(y).append("],[").append(x + 0.45).append(',')
          .append(y).append("],[").append(x + 0.45).append(',').append(y + 0.45).append("],[").append(x).append(',')
          .append(y + 0.45).append("],[").append(x).append(',').append(y).append("]]]}}");
    }
    return Files.writeString(file, json.append("]}").toString());
  }

  private JsonNode clusterPage() {
    return PageCheck.data(result.pages().stream().filter(p -> p.scope().scheme().equals("cluster_categories"))
        .findFirst().orElseThrow().file());
  }

  private static boolean hasPair(JsonNode page, String sector, String countries, String region) {
    for (JsonNode pair : page.path("crossBorder")) {
      String both = pair.path("countryA").asText() + pair.path("countryB").asText();
      boolean named = region == null || pair.path("regionA").asText().equals(region)
          || pair.path("regionB").asText().equals(region);
      if (pair.path("sector").asText().equals(sector) && countries.contains(both) && named) {
        return true;
      }
    }
    return false;
  }

  private static boolean lqShown(JsonNode page, String region, String sector) {
    for (int r = 0; r < page.path("regions").size(); r++) {
      for (int c = 0; c < page.path("sectors").size(); c++) {
        JsonNode lq = page.path("lq").get(r).get(c);
        if (page.path("regions").get(r).path("code").asText().equals(region)
            && page.path("sectors").get(c).path("code").asText().equals(sector)) {
          return !lq.isNull() && lq.asDouble() != CellMatrix.WITHHELD;
        }
      }
    }
    return false;
  }

  @Test
  void theUpperRhineAndOresundClustersAreOnTheClusterSchemePage() {
    JsonNode page = clusterPage();
    // Øresund: Copenhagen and Skåne, medical devices (Medicon Valley). In the samples' release
    // Skåne's cell is a secondary suppression, and a pair is listed only where both cells are free:
    // there Copenhagen's side shows in the heat map.
    if (result.released()) {
      assertTrue(lqShown(page, "DK011", "medical_devices"), "Copenhagen's medical devices in the heat map");
    } else {
      assertTrue(hasPair(page, "medical_devices", "DKSE", "SE224"), "Øresund pair in " + page.path("crossBorder"));
    }
    // Upper Rhine: Haut-Rhin's vehicle plants with the Baden-Württemberg ones.
    assertTrue(hasPair(page, "automotive", "DEFR", "FRF12"), "Upper Rhine pair in " + page.path("crossBorder"));
    // Basel's pharmaceuticals: a three-star cluster among the strongest.
    boolean basel = false;
    for (JsonNode cell : page.path("top")) {
      basel |= cell.path("region").asText().equals("CH031") && cell.path("sector").asText().equals("pharmaceuticals")
          && cell.path("stars").asInt() == 3;
    }
    assertTrue(basel, "Basel-Stadt pharmaceuticals in " + page.path("top"));
    assertEquals(squares, page.path("map").path("geojson").path("features").size(),
        "the map has the level-3 squares, not the NUTS 2 one");
  }

  @Test
  void nothingButReleasedOrFreeValuesReachThePages() {
    Set<String> shown = new HashSet<>();
    for (ReportResult.Page p : result.pages()) {
      JsonNode page = PageCheck.data(p.file());
      for (int r = 0; r < page.path("regions").size(); r++) {
        for (int s = 0; s < page.path("sectors").size(); s++) {
          JsonNode lq = page.path("lq").get(r).get(s);
          if (!lq.isNull() && lq.asDouble() != CellMatrix.WITHHELD) {
            shown.add(p.scope().scheme() + "/" + page.path("regions").get(r).path("code").asText() + "/"
                + page.path("sectors").get(s).path("code").asText());
          }
        }
      }
    }
    String status = result.released() ? "conf_status" : "confidentiality";
    String free = result.released() ? "F" : "free";
    Set<String> released = new HashSet<>();
    for (Row r : ws.table(result.released() ? "pub" : "gold", "region_sector")
        .filter(col("reference_year").equalTo(YEAR).and(col("nuts_level").equalTo(3)).and(col(status).equalTo(free)))
        .select("sector_scheme", "region_code", "sector_code").collectAsList()) {
      released.add(r.getString(0) + "/" + r.getString(1) + "/" + r.getString(2));
    }
    assertFalse(shown.isEmpty());
    shown.removeAll(released);
    assertEquals(Set.of(), shown, "cells shown that are not free");
  }

  @Test
  void everyPageOpensOfflineWithoutErrorsAndEveryChartDraws() {
    HeadlessChromium.Result start = HeadlessChromium.start(Path.of("target", "chromium"));
    assumeTrue(start.browser() != null, "skipped: " + start.whyNot());
    try (HeadlessChromium browser = start.browser()) {
      for (ReportResult.Page page : result.pages()) {
        Duration ready = browser.open(page.file(), "window.reportReady", Duration.ofMinutes(2));
        PageCheck check = PageCheck.of(browser);
        PageCheck.screenshot(browser, page.scope().name());
        assertEquals(List.of(), browser.problems(), page.file() + ": errors");
        assertEquals(List.of(), check.blank(), page.file() + ": charts that drew nothing");
        check.empty().forEach((chart, sentence) -> assertTrue(sentence.length() > 20, chart + " says why it is empty"));
        // Every chart of the page either drew or says why not; the sample's cluster page draws them all.
        assertEquals(10, check.painted().size() + check.empty().size(), page.file() + ": " + check);
        if (page.scope().scheme().equals("cluster_categories")) {
          assertEquals(Set.of(), check.empty().keySet(), "every chart of the cluster page draws");
          browser.evaluate("document.querySelector('[data-table=crossborder]').click()");
          assertEquals(clusterPage().path("crossBorder").size(),
              browser.evaluate("document.querySelectorAll('#table-crossborder tbody tr').length").asInt());
        }
        System.out.printf("sample report: %s ready in %.1f s%n", page.file().getFileName(), ready.toMillis() / 1e3);
      }
      browser.open(result.index(), "document.readyState === 'complete'", Duration.ofMinutes(1));
      assertEquals(result.pages().size(), browser.evaluate("document.querySelectorAll('td a').length").asInt());
      assertEquals(List.of(), browser.problems(), "index.html: errors");
    }
  }
}
