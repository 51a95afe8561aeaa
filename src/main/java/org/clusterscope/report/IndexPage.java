package org.clusterscope.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.text.StringEscapeUtils;
import org.clusterscope.errors.Errors;

/** The report's {@code index.html}: a table of the pages, years by schemes, with their key figures. */
final class IndexPage {
  private IndexPage() {}

  static final String FILE = "index.html";

  static Path write(Path folder, ReportLayer layer, int level, List<ReportResult.Page> pages, boolean map) {
    TreeSet<Integer> years = new TreeSet<>();
    List<String> schemes = pages.stream().map(p -> p.scope().scheme()).distinct().toList();
    pages.forEach(p -> years.add(p.scope().year()));
    StringBuilder table = new StringBuilder("<table class=\"index\"><thead><tr><th>year</th>");
    schemes.forEach(s -> table.append("<th>").append(escape(s)).append("</th>"));
    table.append("</tr></thead><tbody>");
    for (int year : years.descendingSet()) {
      table.append("<tr><th>").append(year).append("</th>");
      for (String scheme : schemes) {
        table.append("<td>");
        pages.stream().filter(p -> p.scope().year() == year && p.scope().scheme().equals(scheme)).findFirst()
            .ifPresentOrElse(p -> table.append("<a href=\"").append(escape(p.file().getFileName().toString()))
                .append("\">").append(p.regions()).append(" regions, ").append(p.sectors()).append(" sectors</a>"),
                () -> table.append("no data"));
        table.append("</td>");
      }
      table.append("</tr>");
    }
    table.append("</tbody></table>");
    String html = PageTemplate.of(FILE).fill(
        Map.of("title", "Cluster report, NUTS " + level,
            "level", String.valueOf(level),
            "written", PageWriter.WRITTEN.format(Instant.now()),
            "layerClass", layer.released() ? "released" : "fallback",
            "layerNote", layer.note(),
            "mapNote", map ? " and a map of stars per region" : ""),
        Map.of("style", PageTemplate.resource("report.css"), "pages", table.toString()));
    Path file = folder.resolve(FILE);
    try {
      return Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Errors.reportFileFailed(file, e);
    }
  }

  private static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }
}
