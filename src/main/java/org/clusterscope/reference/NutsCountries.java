package org.clusterscope.reference;

import java.util.List;

/**
 * Countries that have NUTS codes (EU member states, EFTA, candidate countries, and the United
 * Kingdom), as NUTS writes them: Greece is EL, the United Kingdom UK. Persons and organisations in
 * other countries (OECD TL regions, US, JP, ...) have no NUTS region and count for their country.
 */
public final class NutsCountries {
  public static final List<String> CODES = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL",
      "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI",
      "SK", "IS", "LI", "NO", "CH", "UK", "ME", "MK", "AL", "RS", "TR");

  private NutsCountries() {}
}
