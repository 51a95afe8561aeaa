package org.clusterscope.generate;

/** Fixed-width identifiers, appended without String.format (it is slow at 25 million lines). */
final class Ids {
  private Ids() {}

  /** Appends {@code value} left-padded with zeros to {@code width} digits. */
  static StringBuilder zeroPadded(StringBuilder out, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  static String zeroPadded(long value, int width) {
    return zeroPadded(new StringBuilder(width), value, width).toString();
  }
}
