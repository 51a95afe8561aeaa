package org.clusterscope.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password stored as PBKDF2-HMAC-SHA256 with a random salt, in the text form
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt and hash in Base64): the algorithm Java
 * ships, that OWASP's password storage guide lists, with the cost in the value so that it can be
 * raised without breaking configured hashes. serve keeps only this in its configuration.
 */
public final class PasswordHash {
  private static final String SCHEME = "pbkdf2-sha256";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023): about 0.3 s per check on one core here. */
  public static final int DEFAULT_ITERATIONS = 600_000;
  private static final int MIN_ITERATIONS = 10_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt.clone();
    this.hash = hash.clone();
  }

  /** A new hash of {@code password} with a fresh random salt. */
  public static PasswordHash of(char[] password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    return new PasswordHash(iterations, salt, derive(password, salt, iterations));
  }

  /** The hash in its text form, or empty when {@code text} is not one (the reason is not secret: the form is). */
  public static Optional<PasswordHash> parse(String text) {
    String[] parts = text.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME) || !parts[1].matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    int iterations = Integer.parseInt(parts[1]);
    try {
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (iterations < MIN_ITERATIONS || salt.length < 8 || hash.length != HASH_BITS / 8) {
        return Optional.empty();
      }
      return Optional.of(new PasswordHash(iterations, salt, hash));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What {@link #parse} accepts, for messages. */
  public static String form() {
    return SCHEME + "$<iterations, at least " + MIN_ITERATIONS + ">$<salt>$<hash> (Base64)";
  }

  /** Compares in constant time, so the time taken tells nothing of how much of the password matched. */
  public boolean matches(String password) {
    return MessageDigest.isEqual(hash, derive(password.toCharArray(), salt, iterations));
  }

  @Override
  public String toString() {
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PasswordHash that && iterations == that.iterations && Arrays.equals(salt, that.salt)
        && Arrays.equals(hash, that.hash);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
    } finally {
      spec.clearPassword();
    }
  }
}
