package org.clusterscope.config;

import java.util.List;
import java.util.Map;

/**
 * One configured input: a named set of files in one format.
 *
 * @param name identifier used in bronze, quarantine and the run log
 * @param format one of {@link SourceFormat}
 * @param paths files or folders (local paths resolved against the config file's folder, or URIs)
 * @param options format-specific options
 */
public record SourceSettings(
    String name, SourceFormat format, List<Location> paths, Map<String, String> options) {

  public SourceSettings {
    paths = List.copyOf(paths);
    options = Map.copyOf(options);
  }

  public String option(String key, String defaultValue) {
    return options.getOrDefault(key, defaultValue);
  }
}
