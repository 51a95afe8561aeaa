package org.clusterscope.generate;

import java.util.List;

/**
 * One EU member state as the generator sees it: its NUTS code ({@code EL} for Greece) and ISO code
 * (REGPAT writes {@code GR}), how many NUTS 1, 2 and 3 regions it has in NUTS 2021, its population
 * (millions, 2023) and a rough patenting intensity per inhabitant relative to the EU average
 * (EPO filings per capita: the Nordic countries and Germany far above, Romania and Bulgaria far
 * below). The counts make region codes look like real ones; the populations and intensities make
 * establishments and inventors land where they do in Europe.
 */
record Country(String nuts, String iso, int nuts1, int nuts2, int nuts3, double population, double innovation) {

  /** The 27 member states: 92 NUTS 1, 242 NUTS 2 and 1,166 NUTS 3 regions, as in NUTS 2021. */
  static final List<Country> EU27 = List.of(
      new Country("AT", "AT", 3, 9, 35, 9.1, 3.0),
      new Country("BE", "BE", 3, 11, 44, 11.7, 2.0),
      new Country("BG", "BG", 2, 6, 28, 6.4, 0.1),
      new Country("CY", "CY", 1, 1, 1, 0.9, 0.3),
      new Country("CZ", "CZ", 1, 8, 14, 10.8, 0.4),
      new Country("DE", "DE", 16, 38, 401, 84.4, 3.0),
      new Country("DK", "DK", 1, 5, 11, 5.9, 4.0),
      new Country("EE", "EE", 1, 1, 5, 1.4, 0.5),
      new Country("EL", "GR", 4, 13, 52, 10.4, 0.2),
      new Country("ES", "ES", 7, 19, 59, 48.1, 0.5),
      new Country("FI", "FI", 2, 5, 19, 5.6, 4.0),
      new Country("FR", "FR", 14, 27, 101, 68.2, 2.0),
      new Country("HR", "HR", 1, 4, 21, 3.9, 0.2),
      new Country("HU", "HU", 3, 8, 20, 9.6, 0.3),
      new Country("IE", "IE", 1, 3, 8, 5.3, 1.5),
      new Country("IT", "IT", 5, 21, 107, 59.0, 1.0),
      new Country("LT", "LT", 1, 2, 10, 2.9, 0.2),
      new Country("LU", "LU", 1, 1, 1, 0.7, 3.0),
      new Country("LV", "LV", 1, 1, 6, 1.9, 0.2),
      new Country("MT", "MT", 1, 1, 2, 0.5, 0.5),
      new Country("NL", "NL", 4, 12, 40, 17.8, 3.0),
      new Country("PL", "PL", 7, 17, 73, 36.8, 0.3),
      new Country("PT", "PT", 3, 7, 25, 10.5, 0.3),
      new Country("RO", "RO", 4, 8, 42, 19.1, 0.05),
      new Country("SE", "SE", 3, 8, 21, 10.5, 4.0),
      new Country("SI", "SI", 1, 2, 12, 2.1, 0.7),
      new Country("SK", "SK", 1, 4, 8, 5.4, 0.2));
}
