package org.clusterscope.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the released layer is published.
 *
 * @param sdmxFolder where {@code publish} also writes cs_pub.region_sector as SDMX-CSV, if set
 */
public record PublishSettings(Optional<Path> sdmxFolder) {}
