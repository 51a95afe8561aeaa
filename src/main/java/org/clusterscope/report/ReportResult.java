package org.clusterscope.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a report wrote.
 *
 * @param index the index page
 * @param released whether the numbers came from the released layer (else gold's free cells)
 * @param database the database read, e.g. {@code cs_pub}
 * @param pages the pages, one per reference year and scheme with cells
 * @param took the whole report, Spark included
 */
public record ReportResult(Path index, boolean released, String database, List<Page> pages, Duration took) {
  public ReportResult {
    pages = List.copyOf(pages);
  }

  /**
   * @param bytes size of the page file
   * @param regions rows of the heat map
   * @param sectors columns of the heat map
   * @param topCells cells in the top chart
   * @param crossBorderPairs cross-border pairs drawn
   * @param took time to gather the page's data and write it
   */
  public record Page(PageScope scope, Path file, long bytes, int regions, int sectors, int topCells,
      int crossBorderPairs, Duration took) {
    /** One line for the console, e.g. "2023-nuts3-nace_division.html: 84 regions x 88 sectors, 1.2 MB, 3.4 s". */
    public String summary() {
      return file.getFileName() + ": " + regions + " regions x " + sectors + " sectors, " + crossBorderPairs
          + " cross-border pairs, " + String.format(java.util.Locale.ROOT, "%.1f MB, %.1f s", bytes / 1e6,
              took.toMillis() / 1e3);
    }
  }
}
