package org.clusterscope.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Paths of the reference tables.
 *
 * @param nace NACE Rev.2 hierarchy and labels (required by the conform and indicator stages)
 * @param nutsRegions optional list of valid NUTS codes; when present, unknown codes are rejected
 * @param customSchemes custom sector schemes by name (NACE code to cluster category)
 */
public record ReferenceSettings(
    Optional<Path> nace, Optional<Path> nutsRegions, Map<String, Path> customSchemes) {

  public ReferenceSettings {
    customSchemes = Map.copyOf(customSchemes);
  }
}
