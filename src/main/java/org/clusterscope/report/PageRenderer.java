package org.clusterscope.report;

import java.util.Map;

/**
 * Turns a page's data into its HTML: the template with the style, the chart library, the
 * drawing script and the data inlined. Needs nothing but the data, so a page of any size can be
 * rendered and opened in a browser without Spark.
 */
final class PageRenderer {
  private final ChartLibrary charts;
  private final PageTemplate template = PageTemplate.of("page.html");
  private final String style = PageTemplate.resource("report.css");
  private final String script = PageTemplate.resource("report.js");

  PageRenderer(ChartLibrary charts) {
    this.charts = charts;
  }

  String render(PageData data) {
    PageData.Meta meta = data.meta();
    Map<String, String> text = Map.ofEntries(
        Map.entry("title", "Clusters " + meta.year() + ": NUTS " + meta.level() + " regions by " + meta.scheme()),
        Map.entry("year", String.valueOf(meta.year())),
        Map.entry("level", String.valueOf(meta.level())),
        Map.entry("scheme", meta.scheme()),
        Map.entry("written", meta.written()),
        Map.entry("layerClass", meta.released() ? "released" : "fallback"),
        Map.entry("layerNote", meta.layerNote()),
        Map.entry("database", meta.database()),
        Map.entry("opsDatabase", meta.opsDatabase()),
        Map.entry("selfSufficient", String.valueOf(meta.selfSufficient())),
        Map.entry("qualityRun", data.quality().describe()),
        Map.entry("boundaries", meta.boundaries()),
        Map.entry("echartsVersion", charts.version()));
    return template.fill(text, Map.of("style", style, "script", script, "echarts", charts.script(),
        "data", HtmlJson.write(data)));
  }
}
