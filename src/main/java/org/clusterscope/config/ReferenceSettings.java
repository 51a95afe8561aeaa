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
 * @param ipcTechnology IPC to WIPO technology field concordance (required by REGPAT sources)
 * @param ipcNace IPC to NACE Rev.2 division concordance (required by REGPAT sources)
 */
public record ReferenceSettings(
    Optional<Path> nace, Optional<Path> nutsRegions, Map<String, Path> customSchemes,
    Optional<Path> ipcTechnology, Optional<Path> ipcNace) {

  public ReferenceSettings {
    customSchemes = Map.copyOf(customSchemes);
  }
}
