package org.clusterscope.ingest;

/**
 * RFC 4180 allows a double quote only in a field that is enclosed in quotes. Lenient parsers
 * (commons-csv, Spark) keep a stray quote as a character, but in a register it usually marks a
 * damaged record, so such a line is rejected instead.
 */
final class StrictQuotes {
  private StrictQuotes() {}

  /** Position (0-based) of the first quote inside an unquoted field, or -1. */
  static int strayQuote(String line, char delimiter) {
    if (line.indexOf('"') < 0) {
      return -1;
    }
    boolean fieldStart = true;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == delimiter) {
        fieldStart = true;
        continue;
      } else if (c == '"') {
        if (!fieldStart) {
          return i;
        }
        quoted = true;
      }
      fieldStart = false;
    }
    return -1;
  }
}
