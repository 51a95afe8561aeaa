package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.List;
import org.clusterscope.generate.Draws;

/**
 * The NUTS 3 regions (NUTS 2021) that the sample covers, with an approximate population in
 * thousands that sets how many establishments each region gets. Every code here must also be in
 * {@code conf/reference/nuts_regions.csv}.
 */
final class SampleRegions {

  /** A NUTS 3 region; {@code urban} marks city districts (little farming, more services). */
  record Region(String code, double populationThousands, boolean urban) {

    String country() {
      return code.substring(0, 2);
    }

    String nuts2() {
      return code.substring(0, 4);
    }

    String nuts1() {
      return code.substring(0, 3);
    }
  }

  /** Countries in the sample with their number of background establishments in the first year. */
  static final List<String> COUNTRIES = List.of("CH", "DE", "DK", "FR", "SE");

  static final List<Region> ALL = List.of(
      // Switzerland: Lake Geneva, Basel (pharma), Zürich (ICT)
      region("CH011", 815, false), region("CH012", 348, false), region("CH013", 506, true),
      region("CH031", 196, true), region("CH032", 290, false), region("CH033", 694, false),
      region("CH040", 1553, true),
      // Germany: Baden-Württemberg, Regierungsbezirke Stuttgart, Karlsruhe, Freiburg
      region("DE111", 630, true), region("DE112", 392, false), region("DE113", 535, false),
      region("DE114", 258, false), region("DE115", 545, false), region("DE116", 427, false),
      region("DE117", 126, true), region("DE118", 344, false), region("DE119", 112, false),
      region("DE11A", 196, false), region("DE11B", 132, false), region("DE11C", 132, false),
      region("DE11D", 314, false),
      region("DE121", 55, true), region("DE122", 308, true), region("DE123", 445, false),
      region("DE124", 231, false), region("DE125", 160, true), region("DE126", 310, true),
      region("DE127", 143, false), region("DE128", 547, false), region("DE129", 125, true),
      region("DE12A", 158, false), region("DE12B", 198, false), region("DE12C", 118, false),
      region("DE131", 231, true), region("DE132", 263, false), region("DE133", 166, false),
      region("DE134", 430, false), region("DE135", 139, false), region("DE136", 212, false),
      region("DE137", 140, false), region("DE138", 286, false), region("DE139", 228, false),
      region("DE13A", 170, false),
      // Denmark: whole country
      region("DK011", 800, true), region("DK012", 550, false), region("DK013", 450, false),
      region("DK014", 39, false), region("DK021", 255, false), region("DK022", 595, false),
      region("DK031", 500, false), region("DK032", 725, false), region("DK041", 440, false),
      region("DK042", 885, false), region("DK050", 590, false),
      // France: Île-de-France, Alsace, Rhône-Alpes
      region("FR101", 2146, true), region("FR102", 1421, false), region("FR103", 1448, false),
      region("FR104", 1306, false), region("FR105", 1624, true), region("FR106", 1655, true),
      region("FR107", 1407, true), region("FR108", 1249, false),
      region("FRF11", 1140, false), region("FRF12", 767, false),
      region("FRK21", 652, false), region("FRK22", 328, false), region("FRK23", 516, false),
      region("FRK24", 1271, false), region("FRK25", 765, false), region("FRK26", 1876, true),
      region("FRK27", 436, false), region("FRK28", 826, false),
      // Sweden: Stockholm, Skåne and Blekinge, West Sweden
      region("SE110", 2415, true), region("SE221", 159, false), region("SE224", 1389, false),
      region("SE231", 337, false), region("SE232", 1744, false));

  private SampleRegions() {
  }

  private static Region region(String code, double populationThousands, boolean urban) {
    return new Region(code, populationThousands, urban);
  }

  static Region byCode(String code) {
    for (Region region : ALL) {
      if (region.code().equals(code)) {
        return region;
      }
    }
    throw new IllegalArgumentException("Unknown sample region: " + code + " (not in SampleRegions.ALL)");
  }

  /** The regions whose code starts with {@code code}: a NUTS 1 or 2 code gives its NUTS 3 regions. */
  static List<Region> within(String code) {
    List<Region> result = new ArrayList<>();
    for (Region region : ALL) {
      if (region.code().startsWith(code)) {
        result.add(region);
      }
    }
    if (result.isEmpty()) {
      throw new IllegalArgumentException("No sample region within " + code + " (see SampleRegions.ALL)");
    }
    return result;
  }

  /** A NUTS 3 region within {@code code}, drawn in proportion to population (itself for a NUTS 3 code). */
  static Region drawWithin(String code, Draws draws) {
    return draws.weighted(within(code), Region::populationThousands);
  }

  static List<Region> inCountry(String country) {
    List<Region> result = new ArrayList<>();
    for (Region region : ALL) {
      if (region.country().equals(country)) {
        result.add(region);
      }
    }
    return result;
  }
}
