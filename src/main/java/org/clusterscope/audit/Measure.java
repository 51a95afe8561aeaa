package org.clusterscope.audit;

/** The two additive measures released per cell; each is audited on its own. */
enum Measure {
  EMPLOYMENT("employment"),
  ESTABLISHMENTS("establishments");

  private final String column;

  Measure(String column) {
    this.column = column;
  }

  /** The column holding the measure in region_sector, region_profile and sector_profile. */
  String column() {
    return column;
  }
}
