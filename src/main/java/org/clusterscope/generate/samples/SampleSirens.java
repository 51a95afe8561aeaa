package org.clusterscope.generate.samples;

import java.util.List;
import java.util.Locale;
import org.clusterscope.generate.formats.SireneIds;

/**
 * SIREN numbers derived from the panel's enterprise ids. A foreign group's French plant gets its
 * own SIREN (its French subsidiary), so the country of the panel's enterprise id picks a range.
 */
final class SampleSirens {

  private static final List<String> COUNTRIES = List.of("FR", "CH", "DE", "DK", "SE");

  private SampleSirens() {
  }

  /** SIREN of a panel enterprise id such as {@code FR-N000045}. */
  static String siren(String enterpriseId) {
    String country = enterpriseId.substring(0, 2);
    int n = Integer.parseInt(enterpriseId.substring(4));
    int scrambled = (int) ((n * 7777L + 123457L) % 1_000_000L);
    String body = String.format(Locale.ROOT, "%d%d%06d", 4, 1 + COUNTRIES.indexOf(country), scrambled);
    return body + SireneIds.luhnCheckDigit(body);
  }

  /** SIREN number {@code n} of the range kept for the deliberately malformed lines (49xxxxxxx). */
  static String defectSiren(int n) {
    String body = String.format(Locale.ROOT, "49%06d", n);
    return body + SireneIds.luhnCheckDigit(body);
  }
}
