package org.clusterscope.disclosure;

/**
 * A released cell: a region (or {@link #TOTAL}, all regions of the level) and a sector of a scheme
 * (or {@link #TOTAL} in both, all sectors: the region totals, which every scheme shares).
 */
record CellKey(int level, String region, String scheme, String sector) {
  /** SDMX's code for a total. */
  static final String TOTAL = "_T";

  static CellKey regionTotal(int level, String region) {
    return new CellKey(level, region, TOTAL, TOTAL);
  }

  @Override
  public String toString() {
    return level + "|" + region + "|" + scheme + "|" + sector;
  }
}
