package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clusterscope.generate.Draws;

/**
 * Regional SBS cells for 2019 and 2020, aggregated from the panel's 2021 establishments traced
 * back two years: each establishment gets its NUTS 2 region, a chance of not yet existing, and its
 * head count divided by its sector family's trend (and a 2020 dip in accommodation and services).
 * Head counts are rounded per establishment, so every NUTS 1 and NUTS 0 cell is exactly the sum
 * of its parts. Cells for national totals cover only the sample's regions.
 */
final class SbsCells {

  static final int[] YEARS = {2019, 2020};
  static final List<String> INDICATORS = List.of("EMP_LOC_NR", "LOC_NR", "WAGE_LOC_EUR");
  static final String AGGREGATE = "B-N_S95_X_K";
  static final List<String> NACE = List.of(AGGREGATE, "B", "C", "C10", "C11", "C16", "C18", "C20", "C21", "C22",
      "C25", "C26", "C27", "C28", "C29", "C31", "C32", "C33", "D", "E", "F", "G", "H", "I", "J", "L", "M", "N");
  private static final double BORN_2020_SHARE = 0.05;
  private static final double BORN_2021_SHARE = 0.05;
  /** Only establishments below this size (and no anchor plant) may be younger than 2019 or 2020. */
  private static final int YOUNG_SIZE_LIMIT = 50;
  private static final Map<String, Double> WAGE_EUR =
      Map.of("CH", 86000.0, "DE", 51000.0, "DK", 61000.0, "FR", 44000.0, "SE", 47000.0);

  /** The key of one row: indicator, NACE code and region. */
  record Key(String indicator, String nace, String geo) implements Comparable<Key> {

    @Override
    public int compareTo(Key other) {
      return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
      return "A," + indicator + "," + nace + "," + geo;
    }
  }

  private SbsCells() {
  }

  /** Values per row key, one per year of {@link #YEARS}; rows exist for every sample region at NUTS 0 to 2. */
  static Map<Key, long[]> aggregate(long seed, List<EstablishmentPanel.Observation> firstYear) {
    Draws draws = new Draws(seed);
    Map<Key, long[]> cells = new TreeMap<>();
    for (String geo : regions()) {
      for (String nace : NACE) {
        cells.put(new Key("EMP_LOC_NR", nace, geo), new long[YEARS.length]);
        cells.put(new Key("LOC_NR", nace, geo), new long[YEARS.length]);
        if (geo.length() <= 3 && (nace.length() == 1 || nace.equals(AGGREGATE))) {
          cells.put(new Key("WAGE_LOC_EUR", nace, geo), new long[YEARS.length]);
        }
      }
    }
    for (EstablishmentPanel.Observation observation : firstYear) {
      Establishment e = observation.establishment();
      if (observation.closed() || e.regionCode.endsWith("Z")) {
        continue;
      }
      String nuts2 = SampleRegions.drawWithin(e.regionCode, draws).nuts2();
      boolean young = !e.anchor && e.employees() < YOUNG_SIZE_LIMIT;
      boolean in2020 = !(young && draws.chance(BORN_2021_SHARE));
      boolean in2019 = in2020 && !(young && draws.chance(BORN_2020_SHARE));
      double trend = StrictMath.exp(e.family.trend);
      double[] employees = {e.employees() / trend / trend, e.employees() / trend * dip2020(e.nace)};
      boolean[] exists = {in2019, in2020};
      for (String nace : naceCodes(e.nace)) {
        for (String geo : List.of(nuts2.substring(0, 2), nuts2.substring(0, 3), nuts2)) {
          for (int y = 0; y < YEARS.length; y++) {
            if (exists[y]) {
              long head = StrictMath.round(employees[y]);
              add(cells, new Key("EMP_LOC_NR", nace, geo), y, head);
              add(cells, new Key("LOC_NR", nace, geo), y, 1);
              add(cells, new Key("WAGE_LOC_EUR", nace, geo), y,
                  1000 * StrictMath.round(head * WAGE_EUR.get(geo.substring(0, 2)) / 1000));
            }
          }
        }
      }
    }
    return cells;
  }

  /** NUTS 0, 1 and 2 codes of the sample regions, sorted. */
  static List<String> regions() {
    TreeSet<String> codes = new TreeSet<>();
    for (SampleRegions.Region region : SampleRegions.ALL) {
      codes.add(region.country());
      codes.add(region.nuts1());
      codes.add(region.nuts2());
    }
    return new ArrayList<>(codes);
  }

  /**
   * The SBS codes a NACE class counts in: its section and its division when listed, and the
   * aggregate B-N_S95_X_K (sections B to N without K, plus division 95).
   */
  static List<String> naceCodes(String nace) {
    int division = Integer.parseInt(nace.substring(0, 2));
    String section = section(division);
    List<String> codes = new ArrayList<>();
    if (NACE.contains(section)) {
      codes.add(section);
    }
    if (NACE.contains(section + nace.substring(0, 2))) {
      codes.add(section + nace.substring(0, 2));
    }
    if (NACE.contains(section) || division == 95) {
      codes.add(AGGREGATE);
    }
    return codes;
  }

  static String section(int division) {
    int[] firstDivision = {1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84, 85, 86, 90, 94, 97, 99};
    String letters = "ABCDEFGHIJKLMNOPQRSTU";
    for (int i = firstDivision.length - 1; i >= 0; i--) {
      if (division >= firstDivision[i]) {
        return letters.substring(i, i + 1);
      }
    }
    throw new IllegalArgumentException("Invalid NACE division: " + division);
  }

  /** 2020 head count relative to the trend: accommodation and food fell most, some services too. */
  private static double dip2020(String nace) {
    String section = section(Integer.parseInt(nace.substring(0, 2)));
    switch (section) {
      case "I": return 0.88;
      case "N": return 0.95;
      case "G": return 0.98;
      default: return 1.0;
    }
  }

  private static void add(Map<Key, long[]> cells, Key key, int year, long value) {
    long[] values = cells.get(key);
    if (values != null) {
      values[year] += value;
    }
  }
}
