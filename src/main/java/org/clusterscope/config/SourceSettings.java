package org.clusterscope.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterscope.config.SourceFormat.Part;

/**
 * One configured input: a named delivery in one format.
 *
 * @param name identifier used in bronze, quarantine and the run log
 * @param format one of {@link SourceFormat}
 * @param paths files or folders per part of the delivery (local paths resolved against the config
 *     file's folder, or URIs); an optional part that is not configured is absent
 * @param options format-specific options
 */
public record SourceSettings(
    String name, SourceFormat format, Map<Part, List<Location>> paths, Map<String, String> options) {

  public SourceSettings {
    Map<Part, List<Location>> copy = new LinkedHashMap<>();
    paths.forEach((part, locations) -> copy.put(part, List.copyOf(locations)));
    paths = java.util.Collections.unmodifiableMap(copy);
    options = Map.copyOf(options);
  }

  /** A single-part source (register-csv, sirene, sbs). */
  public static SourceSettings of(String name, SourceFormat format, List<Location> paths, Map<String, String> options) {
    return new SourceSettings(name, format, Map.of(Part.RECORDS, paths), options);
  }

  /** The locations of a part; empty when an optional part is not configured. */
  public List<Location> paths(Part part) {
    return paths.getOrDefault(part, List.of());
  }

  public String option(String key, String defaultValue) {
    return options.getOrDefault(key, defaultValue);
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }

  /**
   * The name under which a part's records are counted and quarantined: the source name for a
   * single-part source, {@code name:part} otherwise (e.g. {@code regpat:inventors}).
   */
  public String recordSet(Part part) {
    return format.isSinglePart() ? name : name + ":" + part.key();
  }
}
