package org.clusterscope.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.StringSubstitutor;

/**
 * A page of the report: an HTML template resource whose {@code {{name}}} placeholders are filled
 * once, without substituting inside the values (the inlined chart library holds braces of its
 * own). Text values are HTML-escaped; the style, scripts and data are inserted as they are.
 */
final class PageTemplate {
  private final String template;

  private PageTemplate(String template) {
    this.template = template;
  }

  static PageTemplate of(String resource) {
    return new PageTemplate(resource(resource));
  }

  /** A resource of this package as text, e.g. {@code report.js}. */
  static String resource(String name) {
    try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the application jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param text values shown as text, HTML-escaped
   * @param raw markup, style, scripts and JSON, inserted unchanged ({@code </script} in a script is
   *     written {@code <\/script} so that it cannot end its element)
   */
  String fill(Map<String, String> text, Map<String, String> raw) {
    Map<String, String> values = new java.util.HashMap<>();
    text.forEach((k, v) -> values.put(k, StringEscapeUtils.escapeHtml4(v)));
    raw.forEach((k, v) -> values.put(k, v.replace("</script", "<\\/script")));
    StringSubstitutor substitutor = new StringSubstitutor(values, "{{", "}}")
        .setDisableSubstitutionInValues(true)
        .setEnableUndefinedVariableException(true);
    return substitutor.replace(template);
  }
}
