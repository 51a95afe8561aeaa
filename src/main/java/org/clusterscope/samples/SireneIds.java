package org.clusterscope.samples;

import java.util.List;
import java.util.Locale;

/**
 * SIREN (enterprise, 9 digits) and SIRET (establishment: SIREN + 5-digit NIC) numbers derived from
 * the panel's ids, with the Luhn check digits INSEE uses. A foreign group's French plant gets its
 * own SIREN (its French subsidiary), so the country of the panel's enterprise id picks a range.
 */
public final class SireneIds {

    private static final List<String> COUNTRIES = List.of("FR", "CH", "DE", "DK", "SE");

    private SireneIds() {
    }

    /** SIREN of a panel enterprise id such as {@code FR-N000045}. */
    static String siren(String enterpriseId) {
        String country = enterpriseId.substring(0, 2);
        int n = Integer.parseInt(enterpriseId.substring(4));
        int scrambled = (int) ((n * 7777L + 123457L) % 1_000_000L);
        String body = String.format(Locale.ROOT, "%d%d%06d", 4, 1 + COUNTRIES.indexOf(country), scrambled);
        return body + luhnCheckDigit(body);
    }

    /** SIREN number {@code n} of the range kept for the deliberately malformed lines (49xxxxxxx). */
    static String defectSiren(int n) {
        String body = String.format(Locale.ROOT, "49%06d", n);
        return body + luhnCheckDigit(body);
    }

    /** NIC of the {@code ordinal}-th establishment (1-based) of {@code siren}: 4 digits and a check digit on the SIRET. */
    static String nic(String siren, int ordinal) {
        String body = String.format(Locale.ROOT, "%04d", ordinal);
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
