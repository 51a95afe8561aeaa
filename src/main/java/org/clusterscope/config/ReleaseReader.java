package org.clusterscope.config;

import com.typesafe.config.Config;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.Errors;

/**
 * The keys of releases and maintenance: {@code publish.release-name}, {@code
 * publish.release-name-pattern} and the {@code maintain} section, each checked so that a bad
 * name fails before any stage runs rather than at the end of a night's run.
 */
final class ReleaseReader {
  /** A time whose every field has two digits, to try a pattern on. */
  private static final Instant SAMPLE = Instant.parse("2026-12-07T05:12:33Z");
  private static final String EXPECTED_NAME = "letters, digits, '.', '_' and '-', starting with a letter or digit,"
      + " at most 64 characters";

  private final Config c;

  /** @param c the merged {@code clusterscope} section */
  ReleaseReader(Config c) {
    this.c = c;
  }

  ReleaseNaming naming() {
    String given = c.getString("publish.release-name").trim();
    if (!given.isEmpty() && !ReleaseNaming.isValid(given)) {
      throw invalid("publish.release-name", "a release name (this key, or --release) of " + EXPECTED_NAME + " (got '" + given + "')");
    }
    String text = c.getString("publish.release-name-pattern");
    DateTimeFormatter pattern;
    try {
      pattern = DateTimeFormatter.ofPattern(text).withZone(ZoneOffset.UTC);
    } catch (IllegalArgumentException e) {
      throw invalid("publish.release-name-pattern", "a java.time pattern such as 'r'yyyyMMdd'T'HHmmss'Z'"
          + " (got '" + text + "': " + e.getMessage() + ")");
    }
    String sample = pattern.format(SAMPLE);
    if (!ReleaseNaming.isValid(sample)) {
      throw invalid("publish.release-name-pattern", "a pattern giving names of " + EXPECTED_NAME + " (got '"
          + text + "', which names a release of " + SAMPLE + " '" + sample + "')");
    }
    return new ReleaseNaming(given.isEmpty() ? Optional.empty() : Optional.of(given), pattern);
  }

  MaintainSettings maintain() {
    int retention = c.getInt("maintain.retention-hours");
    if (retention < 1) {
      throw invalid("maintain.retention-hours", "a whole number of hours of at least 1 (got " + retention + ")");
    }
    int keep = c.getInt("maintain.keep-releases");
    if (keep < 1) {
      throw invalid("maintain.keep-releases", "a whole number of at least 1: the current release is always kept"
          + " (got " + keep + ")");
    }
    return new MaintainSettings(retention, keep);
  }

  private ClusterscopeException invalid(String key, String expected) {
    return Errors.invalidConfigValue("clusterscope." + key, Origins.describe(c.getValue(key).origin()), expected);
  }
}
