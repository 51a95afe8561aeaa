package org.clusterscope.config;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a release is named (docs/operations.md, "Releases and maintenance"): the name given for
 * one publish, or else the configured pattern applied to the UTC time of publishing. A name is
 * what users type after {@code sql --as-of} and in {@code serve.release}, so it is kept to
 * characters that need no quoting anywhere.
 *
 * @param given the name of the next release ({@code --release}, key publish.release-name), if set
 * @param pattern a java.time pattern with the UTC zone, e.g. {@code 'r'yyyyMMdd'T'HHmmss'Z'}
 */
public record ReleaseNaming(Optional<String> given, DateTimeFormatter pattern) {
  /** Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters. */
  public static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** The name of a release published at {@code time}. */
  public String nameAt(Instant time) {
    return given.orElseGet(() -> pattern.format(time));
  }

  public static boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }
}
