package org.clusterscope.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report page drew, as the browser sees it: each chart's painted pixels (a sample of its
 * canvases' alpha channel) and the sentence of each chart left empty on purpose.
 *
 * @param painted chart id to the number of painted pixels sampled (0: nothing drawn)
 * @param empty chart id to the sentence shown instead of the chart
 */
record PageCheck(Map<String, Integer> painted, Map<String, String> empty) {
  private static final String SCRIPT = "(() => {"
      + " const painted = {};"
      + " document.querySelectorAll('.chart').forEach(el => {"
      + "   let n = 0;"
      + "   el.querySelectorAll('canvas').forEach(c => {"
      + "     if (c.width === 0 || c.height === 0) return;"
      + "     const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
      + "     for (let i = 3; i < d.length; i += 4 * 13) if (d[i] > 0) n++;"
      + "   });"
      + "   painted[el.id] = n;"
      + " });"
      + " const empty = {};"
      + " document.querySelectorAll('.empty').forEach(el => { empty[el.id] = el.textContent; });"
      + " return JSON.stringify({painted, empty});"
      + "})()";

  static PageCheck of(HeadlessChromium browser) {
    try {
      JsonNode result = new ObjectMapper().readTree(browser.evaluate(SCRIPT).asText());
      Map<String, Integer> painted = new LinkedHashMap<>();
      result.path("painted").fields().forEachRemaining(e -> painted.put(e.getKey(), e.getValue().asInt()));
      Map<String, String> empty = new LinkedHashMap<>();
      result.path("empty").fields().forEachRemaining(e -> empty.put(e.getKey(), e.getValue().asText()));
      return new PageCheck(painted, empty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Charts that should have drawn but painted nothing. */
  List<String> blank() {
    List<String> blank = new ArrayList<>();
    painted.forEach((id, n) -> {
      if (n == 0) {
        blank.add(id);
      }
    });
    return blank;
  }

  /** The JSON a report page embeds (#report-data), read back from the file. */
  static JsonNode data(Path page) {
    try {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      String open = "<script id=\"report-data\" type=\"application/json\">";
      int from = html.indexOf(open) + open.length();
      return new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a screenshot of the open page as {@code target/report-screenshots/<name>.png}. */
  static Path screenshot(HeadlessChromium browser, String name) {
    try {
      Path file = Files.createDirectories(Path.of("target", "report-screenshots")).resolve(name + ".png");
      return Files.write(file, browser.screenshot());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
