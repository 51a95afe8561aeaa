package org.clusterscope.config;

import java.io.Serializable;

/**
 * How input files are read. In a quoted CSV file a record may span lines (a quoted field holding
 * line breaks), so a single stray double quote could join every line up to the next stray quote
 * into one record; these bounds stop such a record early, and its lines are then read again as
 * records of their own.
 *
 * @param maxRecordLines most physical lines one record may span
 * @param maxRecordChars most characters one record may hold, line breaks included
 */
public record IngestSettings(int maxRecordLines, int maxRecordChars) implements Serializable {
  /** The defaults of defaults.conf, for readers used without a config file. */
  public static final IngestSettings DEFAULTS = new IngestSettings(50, 65_536);

  public IngestSettings {
    if (maxRecordLines < 1) {
      throw new IllegalArgumentException("maxRecordLines must be at least 1 (got " + maxRecordLines + ")");
    }
    if (maxRecordChars < 1) {
      throw new IllegalArgumentException("maxRecordChars must be at least 1 (got " + maxRecordChars + ")");
    }
  }
}
