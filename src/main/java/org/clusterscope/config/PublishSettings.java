package org.clusterscope.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the released layer is published.
 *
 * @param sdmxFolder where {@code publish} also writes cs_pub.region_sector as SDMX-CSV, if set
 * @param intervalCells how many primary cells per year and measure the audit's interval attack
 *     solves (smallest first); 0 leaves it to the exact checks
 * @param releaseNaming the name of the release a publish records
 */
public record PublishSettings(Optional<Path> sdmxFolder, int intervalCells, ReleaseNaming releaseNaming) {}
