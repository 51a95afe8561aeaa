package org.clusterscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page at EU scale, 1,166 NUTS 3 regions (401 of them in one country, as Germany) by 615 NACE
 * classes with every cell present, rendered without Spark and opened in headless Chromium: the
 * heat map draws one country and one block of sectors at a time, never the 717,090 cells, and the
 * page stays responsive. The times are printed for docs/report.md; the bound on cells drawn is
 * what the test holds.
 */
class ReportScaleTest {
  private static final int REGIONS = 1166;
  private static final int LARGEST_COUNTRY = 401;
  private static final int SECTORS = 615;
  private static final int COUNTRIES = 27;

  @Test
  void anEuScalePageDrawsEveryChartAndAtMostOneBlockOfTheHeatMap() throws IOException {
    PageData data = euScale();
    long lastCountry = data.regions().stream().filter(r -> r.country().equals("C26")).count();
    Path page = Files.createDirectories(Path.of("target", "report-scale")).resolve("eu-scale.html");
    Files.writeString(page, new PageRenderer(ChartLibrary.load()).render(data), StandardCharsets.UTF_8);
    HeadlessChromium.Result start = HeadlessChromium.start(Path.of("target", "chromium"));
    assumeTrue(start.browser() != null, "skipped: " + start.whyNot());
    try (HeadlessChromium browser = start.browser()) {
      Duration ready = browser.open(page.toAbsolutePath(), "window.reportReady", Duration.ofMinutes(3));
      assertEquals(List.of(), browser.problems());
      PageCheck check = PageCheck.of(browser);
      assertEquals(List.of(), check.blank(), "charts that drew nothing");
      assertTrue(check.painted().size() >= 9, "charts drawn: " + check.painted());

      String heatmap = "echarts.getInstanceByDom(document.getElementById('chart-heatmap'))";
      String select = "(s => { s.value = s.options[s.options.length - 1].value; s.dispatchEvent(new Event('change')); })";
      long before = System.nanoTime();
      browser.evaluate(select + "(document.getElementById('heatmap-country'))");
      browser.evaluate(select + "(document.getElementById('heatmap-sectors'))");
      browser.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
      Duration redraw = Duration.ofNanos(System.nanoTime() - before);
      int drawn = browser.evaluate(heatmap + ".getOption().series[0].data.length").asInt();
      browser.evaluate("document.getElementById('heatmap-country').value = 'C00';"
          + " document.getElementById('heatmap-sectors').value = '0';"
          + " document.getElementById('heatmap-sectors').dispatchEvent(new Event('change'))");
      int largest = browser.evaluate(heatmap + ".getOption().series[0].data.length").asInt();
      PageCheck.screenshot(browser, "eu-scale");
      assertEquals(List.of(), browser.problems());
      // The last block of sectors (615 = 15 x 40 + 15) of the last country, then the largest country's first block.
      assertEquals(lastCountry * 15, drawn);
      assertEquals(LARGEST_COUNTRY * 40, largest);
      System.out.printf("report at EU scale: page %.1f MB, ready in %.1f s, heat map redraw %.2f s, %d cells drawn"
          + " of %d%n", Files.size(page) / 1e6, ready.toMillis() / 1e3, redraw.toMillis() / 1e3, largest,
          REGIONS * SECTORS);
    }
  }

  /** Regions C00001... of 27 countries C00..C26 (the first with 401 regions), every cell with an lq. */
  private static PageData euScale() {
    Random random = new Random(30);
    List<CellMatrix.Region> regions = new ArrayList<>();
    for (int r = 0; r < REGIONS; r++) {
      int country = r < LARGEST_COUNTRY ? 0 : 1 + (r - LARGEST_COUNTRY) * (COUNTRIES - 1) / (REGIONS - LARGEST_COUNTRY);
      String code = String.format("C%02d%03d", country, r);
      regions.add(new CellMatrix.Region(code, "Region " + r, String.format("C%02d", country)));
    }
    List<CellMatrix.Sector> sectors = new ArrayList<>();
    for (int s = 0; s < SECTORS; s++) {
      sectors.add(new CellMatrix.Sector(String.format("%02d.%02d", 1 + s / 10, s % 10), "Class " + s));
    }
    List<List<Double>> lq = new ArrayList<>();
    List<int[]> stars = new ArrayList<>();
    List<CellQueries.TopCell> top = new ArrayList<>();
    for (int r = 0; r < REGIONS; r++) {
      Double[] row = new Double[SECTORS];
      for (int s = 0; s < SECTORS; s++) {
        row[s] = Math.round(Math.exp(random.nextGaussian()) * 1000) / 1000.0;
        if (row[s] >= 2) {
          stars.add(new int[] {r, s, 1 + random.nextInt(3)});
        }
      }
      lq.add(Arrays.asList(row));
    }
    for (int i = 0; i < CellQueries.TOP; i++) {
      top.add(new CellQueries.TopCell(regions.get(i).code(), sectors.get(i).code(), 3, 40.0 - i, 1000.0 + i, true));
    }
    List<LinkQueries.OpennessPoint> openness = new ArrayList<>();
    for (int i = 0; i < LinkQueries.OPENNESS_POINTS; i++) {
      openness.add(new LinkQueries.OpennessPoint(regions.get(i % REGIONS).code(), sectors.get(i % SECTORS).code(),
          i % 2 == 0 ? "co_invention" : "research", 1 + random.nextDouble() * 20, random.nextDouble(), 5.0, 1, 100.0));
    }
    List<LinkQueries.CrossBorderPair> pairs = new ArrayList<>();
    for (int i = 0; i < LinkQueries.CROSS_BORDER_PAIRS; i++) {
      CellMatrix.Region a = regions.get(random.nextInt(LARGEST_COUNTRY));
      CellMatrix.Region b = regions.get(LARGEST_COUNTRY + random.nextInt(REGIONS - LARGEST_COUNTRY));
      pairs.add(new LinkQueries.CrossBorderPair(sectors.get(i % 40).code(), a.code(), b.code(), a.country(),
          b.country(), 2, 3, 2.5, 3.1, 500.0, 700.0, 3L, 1.5, 2L, 1L));
    }
    List<LinkQueries.SectorLink> links = new ArrayList<>();
    for (int i = 0; i < 2 * LinkQueries.SECTOR_LINKS; i++) {
      links.add(new LinkQueries.SectorLink(i % 2 == 0 ? "co_location" : "co_classification",
          sectors.get(i).code(), sectors.get(i + 1).code(), 10L, 0.5 + i / 200.0));
    }
    List<CellQueries.Series> series = new ArrayList<>();
    for (int i = 0; i < CellQueries.TREND; i++) {
      series.add(new CellQueries.Series(regions.get(i).code(), sectors.get(i).code(),
          List.of(1000.0 + i, 1100.0, 1200.0, 1150.0, 1300.0)));
    }
    RunQuality quality = new RunQuality(new RunQuality.Run("r1", "run", "2026-12-07 02:00:00"),
        List.of(new RunQuality.Count("register", "ingest", 25_000_000, 24_990_000, 10_000, 0)),
        List.of(new RunQuality.Reason("register", "ingest", "invalid_nace", 10_000)));
    PageData.Meta meta = new PageData.Meta("2023-nuts3-nace_class", 2023, 3, "nace_class", "cs_pub", "cs_ops", true,
        regions.stream().map(CellMatrix.Region::country).distinct().toList(), 2.0, 0.25, null, "Released layer.",
        "none configured", "2026-12-07 02:00 UTC");
    return new PageData(meta, regions, sectors, lq, stars, top, openness, pairs, links,
        new CellQueries.Trend(List.of(2019, 2020, 2021, 2022, 2023), series), quality,
        new PageData.MapData(null, Boundaries.HINT));
  }
}
