package org.clusterscope.release;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterscope.config.CatalogSettings;

/**
 * The stored versions a session reads instead of the current release's: the released tables'
 * views name their stored table at a version, and {@link ReleaseParser} replaces that version
 * with the pinned one. Carried in one session setting, so that {@code sql --as-of} sets it on
 * its session and {@code serve} on every session its Thrift server opens.
 *
 * @param versions by stored table ({@code cs_pub_store.region_sector}, lower case), the version to read
 */
public record ReleasePins(Map<String, Long> versions) {
  /** The session setting: {@code cs_pub_store.region_sector=12,cs_pub_store.region_profile=9,...}. */
  public static final String SETTING = "spark.clusterscope.release.versions";

  public ReleasePins {
    versions = Map.copyOf(versions);
  }

  /** The pins of {@code release}: each released table's stored table at the release's version. */
  public static ReleasePins of(Release release, CatalogSettings catalog) {
    Map<String, Long> versions = new LinkedHashMap<>();
    for (var released : PubTables.ALL) {
      versions.put(PubTables.stored(released).qualifiedName(catalog).toLowerCase(Locale.ROOT),
          release.version(released.name()));
    }
    return new ReleasePins(versions);
  }

  /** The pins of a setting's value; empty for an empty value (no release pinned). */
  public static Optional<ReleasePins> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Map<String, Long> versions = new LinkedHashMap<>();
    for (String pin : value.split(",")) {
      int eq = pin.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(SETTING + " holds '" + pin + "', not table=version");
      }
      versions.put(pin.substring(0, eq).trim().toLowerCase(Locale.ROOT), Long.parseLong(pin.substring(eq + 1).trim()));
    }
    return Optional.of(new ReleasePins(versions));
  }

  /** The setting's value. */
  public String value() {
    return versions.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  /** The pinned version of a stored table named by its name parts ({@code [cs_pub_store, region_sector]}). */
  Optional<Long> versionOf(String... nameParts) {
    if (nameParts.length < 2) {
      return Optional.empty();
    }
    String key = Arrays.stream(nameParts, nameParts.length - 2, nameParts.length)
        .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.joining("."));
    return Optional.ofNullable(versions.get(key));
  }
}
