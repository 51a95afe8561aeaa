package org.clusterscope.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashTest {
  @Test
  void matchesItsPasswordOnlyAndSurvivesItsTextForm() {
    PasswordHash hash = PasswordHash.of("s3cret".toCharArray(), 10_000);
    PasswordHash read = PasswordHash.parse(hash.toString()).orElseThrow();
    assertEquals(hash, read);
    assertTrue(read.matches("s3cret"));
    assertFalse(read.matches("s3cret "));
    assertFalse(read.matches(""));
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertNotEquals(PasswordHash.of("same".toCharArray(), 10_000).toString(), PasswordHash.of("same".toCharArray(), 10_000).toString());
  }

  /** RFC 7914 section 11's PBKDF2-HMAC-SHA256 vector: P = "passwd", S = "salt", c = 1, 64 bytes, first 32 here. */
  @Test
  void isPbkdf2HmacSha256AsPublished() throws Exception {
    byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec("passwd".toCharArray(), "salt".getBytes(StandardCharsets.UTF_8), 1, 256)).getEncoded();
    assertEquals("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc", HexFormat.of().formatHex(derived));
    // The same derivation behind the text form, at the lowest cost it accepts.
    byte[] salt = "saltsalt".getBytes(StandardCharsets.UTF_8);
    byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec("passwd".toCharArray(), salt, 10_000, 256)).getEncoded();
    String text = "pbkdf2-sha256$10000$" + Base64.getEncoder().encodeToString(salt) + "$"
        + Base64.getEncoder().encodeToString(expected);
    assertTrue(PasswordHash.parse(text).orElseThrow().matches("passwd"));
  }

  @Test
  void refusesWhatIsNotAHash() {
    assertEquals(Optional.empty(), PasswordHash.parse("s3cret"));
    assertEquals(Optional.empty(), PasswordHash.parse("pbkdf2-sha256$1000$c2FsdHNhbHQ=$AAAA"), "too few iterations, short hash");
    assertEquals(Optional.empty(), PasswordHash.parse("md5$10000$c2FsdHNhbHQ=$AAAA"));
    assertEquals(Optional.empty(), PasswordHash.parse("pbkdf2-sha256$10000$not base64!$AAAA"));
  }
}
