package org.clusterscope.generate.formats;

import java.util.List;

/** Joins fields into one delimited line, quoting as RFC 4180 does. */
public final class CsvText {

  private CsvText() {
  }

  /** Quotes a field only when it holds the delimiter, a double quote or a line break. */
  public static String joinQuotingWhereNeeded(List<String> fields, char delimiter) {
    return joinQuotingWhereNeeded(fields, delimiter, List.of());
  }

  /**
   * Quotes a field when it holds the delimiter, a double quote or a line break, and the fields at
   * {@code alwaysQuoted} even when they need no quotes (readers must accept both).
   */
  public static String joinQuotingWhereNeeded(List<String> fields, char delimiter, List<Integer> alwaysQuoted) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(delimiter);
      }
      String field = fields.get(i);
      boolean needsQuotes = field.indexOf(delimiter) >= 0 || field.contains("\"") || field.contains("\n")
          || field.contains("\r");
      line.append(needsQuotes || alwaysQuoted.contains(i) ? quoted(field) : field);
    }
    return line.toString();
  }

  /** Quotes every field, as the CORDIS exports do. */
  public static String joinQuotingAll(List<String> fields, char delimiter) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(delimiter);
      }
      line.append(quoted(fields.get(i)));
    }
    return line.toString();
  }

  public static String quoted(String field) {
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
