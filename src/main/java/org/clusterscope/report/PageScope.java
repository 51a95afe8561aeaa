package org.clusterscope.report;

/**
 * What one page of the report shows: one reference year, NUTS level and sector scheme.
 *
 * @param year reference year
 * @param level NUTS level of the regions
 * @param scheme sector scheme
 */
public record PageScope(int year, int level, String scheme) {
  /** The page's name, also the stem of its file and of its CSV downloads: {@code 2023-nuts3-nace_division}. */
  public String name() {
    return year + "-nuts" + level + "-" + scheme;
  }

  public String fileName() {
    return name() + ".html";
  }
}
