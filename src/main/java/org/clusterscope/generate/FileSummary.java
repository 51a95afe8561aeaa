package org.clusterscope.generate;

import java.nio.file.Path;
import java.util.Locale;

/** What was written to one generated file: data lines (records), bytes and seconds. */
public record FileSummary(Path path, long rows, long bytes, double seconds) {

  /** One line for the console, e.g. {@code register/register-2023.csv: 100,000 rows, 5.1 MB, 0.4 s}. */
  public String line(Path root) {
    return String.format(Locale.ROOT, "%s: %,d rows, %,.1f MB, %.1f s", root.relativize(path), rows,
        bytes / 1e6, seconds);
  }
}
