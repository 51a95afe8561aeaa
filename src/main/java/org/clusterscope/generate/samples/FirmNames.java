package org.clusterscope.generate.samples;

import java.util.Map;
import org.clusterscope.generate.Draws;

/**
 * Synthetic company names in the local style: a founder's surname, a word for the technology and
 * the country's legal form ({@code Weber Fahrzeugtechnik GmbH}, {@code Dubois Médical SAS}). A few
 * carry a quoted first name ({@code Müller "Hans" Medizintechnik GmbH}), as registers do.
 */
final class FirmNames {

  private static final Map<String, String> LEGAL_FORM =
      Map.of("DE", "GmbH", "FR", "SAS", "DK", "A/S", "SE", "AB", "CH", "AG", "US", "Inc.", "JP", "K.K.");
  private static final double QUOTED_FIRST_NAME_SHARE = 0.03;

  private FirmNames() {
  }

  static String name(String country, Technology technology, Draws draws) {
    String surname = PersonNames.surname(country, draws);
    if (draws.chance(QUOTED_FIRST_NAME_SHARE)) {
      surname = surname + " \"" + PersonNames.givenName(country, draws) + "\"";
    }
    return surname + " " + word(country, technology) + " " + LEGAL_FORM.get(country);
  }

  private static String word(String country, Technology technology) {
    boolean german = country.equals("DE") || country.equals("CH");
    boolean french = country.equals("FR");
    switch (technology) {
      case AUTOMOTIVE: return german ? "Fahrzeugtechnik" : french ? "Équipements Automobiles" : "Automotive";
      case MEDICAL_DEVICES: return german ? "Medizintechnik" : french ? "Médical" : "Medical";
      case PHARMA: return german ? "Pharma" : french ? "Pharmaceutique" : "Pharma";
      case ICT: return german ? "Software" : french ? "Informatique" : "Software";
      case ELECTRONICS: return german ? "Elektronik" : french ? "Électronique" : "Electronics";
      case CHEMICALS: return german ? "Chemie" : french ? "Chimie" : "Chemicals";
      case MACHINERY: return german ? "Maschinenbau" : french ? "Machines" : "Machinery";
      case FOOD: return german ? "Lebensmittel" : french ? "Alimentaire" : "Foods";
      default: throw new IllegalArgumentException("No firm word for " + technology);
    }
  }
}
