package org.clusterscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SIREN of a synthetic enterprise: nine digits, distinct per enterprise, and a clear stop past the last body. */
class SireneLinesTest {
  @Test
  void everyEnterpriseUpToTheLastBodyHasItsOwnNineDigitSiren() {
    Set<String> seen = new HashSet<>();
    for (long enterprise : new long[] {1, 2, 3, 11_574_412, 89_999_998, 89_999_999}) {
      String siren = SireneLines.siren(enterprise);
      assertTrue(siren.matches("[1-9][0-9]{8}"), siren);
      assertTrue(seen.add(siren), "repeated SIREN " + siren);
    }
  }

  @Test
  void anEnterprisePastTheLastBodyIsAnErrorNotARepeatedSiren() {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> SireneLines.siren(90_000_000L));
    assertEquals("Enterprise number 90000000 has no SIREN body of its own (1 to 89999999): generate fewer establishments",
        error.getMessage());
  }
}
