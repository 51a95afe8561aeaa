package org.clusterscope.generate;

import org.clusterscope.generate.formats.SizeBands;

/**
 * Establishments as lines of the canonical register-csv layout (docs/design.md 3.1):
 * {@code DE-E000000123,DE-N000000045,DE11A,29.32,120,,2023,active}. A few percent give only the
 * size band, as registers that publish bands do.
 */
final class RegisterLines {
  private static final int ID_DIGITS = 9;

  private final Regions regions;
  private final Sectors sectors;
  private final String year;
  private final StringBuilder line = new StringBuilder(96);

  RegisterLines(Regions regions, Sectors sectors, int year) {
    this.regions = regions;
    this.sectors = sectors;
    this.year = Integer.toString(year);
  }

  CharSequence line(Establishment e) {
    String country = regions.country(e.region()).nuts();
    line.setLength(0);
    Ids.zeroPadded(line.append(country).append("-E"), e.number(), ID_DIGITS).append(',');
    Ids.zeroPadded(line.append(country).append("-N"), e.enterprise(), ID_DIGITS).append(',');
    line.append(regions.code(e.region())).append(',').append(sectors.code(e.sector())).append(',');
    if (e.bandOnly()) {
      line.append(',').append(SizeBands.bandOf(e.employees()));
    } else {
      line.append(e.employees()).append(',');
    }
    return line.append(',').append(year).append(',').append(e.closed() ? "closed" : "active");
  }
}
