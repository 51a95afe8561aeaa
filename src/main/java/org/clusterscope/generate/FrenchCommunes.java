package org.clusterscope.generate;

import java.nio.file.Path;

/**
 * Synthetic communes for the French regions, a few per NUTS 3 region, with 5-digit codes that
 * stand for INSEE commune codes, and the commune-to-NUTS 3 correspondence SIRENE needs (the
 * columns of Eurostat's LAU-NUTS file). The codes are not real INSEE codes, as the regions are not
 * real NUTS codes.
 */
final class FrenchCommunes {
  static final String HEADER = "LAU CODE,NUTS 3 CODE,LAU NAME NATIONAL";
  private static final int PER_REGION = 4;
  private static final int FIRST_CODE = 10_000;
  private static final int CODES_PER_REGION = 50;

  private final Regions regions;

  FrenchCommunes(Regions regions) {
    this.regions = regions;
  }

  /** The code of a commune of {@code region} (a French region), drawn uniformly. */
  String commune(int region, Draws draws) {
    return code(region, draws.index(PER_REGION));
  }

  static String name(String code) {
    return "COMMUNE " + code;
  }

  /** Writes the correspondence of every commune of every French region. */
  FileSummary write(Path file) {
    try (LineFile out = LineFile.create(file, HEADER)) {
      for (int region = 0; region < regions.size(); region++) {
        if (isFrench(region)) {
          for (int k = 0; k < PER_REGION; k++) {
            String code = code(region, k);
            out.line(code + "," + regions.code(region) + "," + name(code));
          }
        }
      }
      out.close();
      return out.summary();
    }
  }

  boolean isFrench(int region) {
    return regions.country(region).nuts().equals("FR");
  }

  private String code(int region, int k) {
    return Integer.toString(FIRST_CODE + region * CODES_PER_REGION + k);
  }
}
