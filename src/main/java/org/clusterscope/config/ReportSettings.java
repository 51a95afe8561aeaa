package org.clusterscope.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the visual report is written (docs/report.md).
 *
 * @param nutsLevel NUTS level of the report's pages, one of the configured levels
 * @param boundaries a GISCO NUTS GeoJSON file (EPSG:4326) for the map of stars, if set; without
 *     one the report says how to add it and draws no map
 * @param folder where {@code run} also writes the report at its end, if set
 */
public record ReportSettings(int nutsLevel, Optional<Path> boundaries, Optional<Path> folder) {}
