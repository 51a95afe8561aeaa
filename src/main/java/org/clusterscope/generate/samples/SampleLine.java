package org.clusterscope.generate.samples;

/**
 * A line of a sample file, without its terminator; {@code latin1} lines are written in ISO-8859-1
 * instead of UTF-8 (the deliberately mis-encoded ones). The text may hold quoted line breaks
 * (CORDIS objectives), which the writer keeps as they are.
 */
record SampleLine(String text, boolean latin1) {

  static SampleLine utf8(String text) {
    return new SampleLine(text, false);
  }
}
