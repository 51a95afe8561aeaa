package org.clusterscope.generate.samples;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.clusterscope.generate.Draws;

/**
 * The organisations of the CORDIS sample with their CORDIS attributes: participant identification
 * code (PIC), VAT number, activity type and the NUTS code CORDIS gives them, which is mostly NUTS 3
 * but for some only NUTS 2 or NUTS 1, and empty outside the NUTS area.
 */
final class CordisOrganisations {

  /** One organisation as {@code organization.csv} describes it. */
  record Organisation(String id, String vatNumber, String name, String shortName, boolean sme, String activityType,
            String street, String postCode, String city, String country, String nutsCode,
            double latitude, double longitude, String url) {

    /** CORDIS's {@code geolocation}: latitude and longitude with a comma. */
    String geolocation() {
      return String.format(Locale.ROOT, "%.4f,%.4f", latitude, longitude);
    }
  }

  private static final double NUTS2_ONLY_SHARE = 0.10;
  private static final double NUTS1_ONLY_SHARE = 0.04;

  private final Draws draws;
  private final FirmRegistry firms;
  private final Map<String, Organisation> known = new LinkedHashMap<>();
  private long lastPic = 999_600_000L;

  CordisOrganisations(Draws draws) {
    this.draws = draws;
    this.firms = new FirmRegistry(draws);
  }

  Organisation institution(SampleInstitutions.Institution institution) {
    return known.computeIfAbsent("I " + institution.name(), k -> new Organisation(nextPic(),
        vat(institution.country()), institution.name(), institution.shortName(), false, institution.type(),
        institution.street(), institution.postCode(), institution.city(), institution.country(),
        nutsCode(institution.nuts3()), institution.latitude(), institution.longitude(), institution.url()));
  }

  /** A company of {@code technology} in {@code nuts3}, often one that already takes part in projects. */
  Organisation firm(String nuts3, Technology technology) {
    FirmRegistry.Firm firm = firms.firm(nuts3, technology);
    return known.computeIfAbsent("F " + firm.number(), k -> {
      String name = firm.name().toUpperCase(Locale.ROOT);
      String domain = name.split(" ")[0].replace("\"", "").toLowerCase(Locale.ROOT);
      return new Organisation(nextPic(), vat(firm.place().country()), name, "", firm.sme(), "PRC",
          firm.street(), firm.place().postalCode(), firm.place().city(), firm.place().country(),
          nutsCode(nuts3), firm.place().latitude(), firm.place().longitude(),
          draws.chance(0.7) ? "www." + ascii(domain) + "-" + technology.name().toLowerCase(Locale.ROOT)
              .replace('_', '-') + ".example" : "");
    });
  }

  private String nutsCode(String nuts3) {
    if (nuts3.isEmpty()) {
      return "";
    }
    double u = draws.uniform();
    return u < NUTS1_ONLY_SHARE ? nuts3.substring(0, 3) : u < NUTS1_ONLY_SHARE + NUTS2_ONLY_SHARE
        ? nuts3.substring(0, 4) : nuts3;
  }

  private String vat(String country) {
    if (!draws.chance(0.75)) {
      return "";
    }
    long digits = (long) (draws.uniform() * 1_000_000_000L);
    switch (country) {
      case "DE": return String.format(Locale.ROOT, "DE%09d", digits);
      case "FR": return String.format(Locale.ROOT, "FR%02d%09d", digits % 97, digits);
      case "DK": return String.format(Locale.ROOT, "DK%08d", digits % 100_000_000L);
      case "SE": return String.format(Locale.ROOT, "SE%010d01", digits);
      case "CH": return String.format(Locale.ROOT, "CHE%09dMWST", digits);
      default: return "";
    }
  }

  private String nextPic() {
    lastPic += 1 + draws.index(3000);
    return Long.toString(lastPic);
  }

  private static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
  }

}
