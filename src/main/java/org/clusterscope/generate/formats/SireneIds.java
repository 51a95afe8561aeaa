package org.clusterscope.generate.formats;

/**
 * The check digits of INSEE's numbers: a SIREN (enterprise, 8 digits and a Luhn check digit) and a
 * SIRET (the SIREN and a 5-digit NIC whose last digit makes the whole SIRET pass the Luhn check).
 * Both generators number establishments this way, so the SIRENE reader sees valid SIRETs.
 */
public final class SireneIds {

  private SireneIds() {
  }

  /** The NIC of the {@code ordinal}-th establishment (1-based, below 10,000) of {@code siren}. */
  public static String nic(String siren, long ordinal) {
    String digits = Long.toString(ordinal);
    String body = "0000".substring(Math.min(4, digits.length())) + digits;
    return body + luhnCheckDigit(siren + body);
  }

  /** The digit that makes {@code digits} followed by it pass the Luhn check. */
  public static int luhnCheckDigit(String digits) {
    int sum = 0;
    boolean doubled = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        d = d > 9 ? d - 9 : d;
      }
      sum += d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }
}
