package org.clusterscope.generate;

import java.nio.file.Path;
import java.util.Set;

/**
 * What to generate: the output folder, how many establishments, inventor rows and participations,
 * the reference year, the seed, the formats, and the repository folder whose {@code conf/reference}
 * the generated config points at (with an optional other NACE file). Checked by the command.
 *
 * @param home the repository root: {@code conf/reference} is read from there
 * @param nace the NACE Rev.2 reference file (level,code,parent,label)
 */
public record GenerateOptions(Path out, long establishments, long inventors, long participations, int year, long seed,
    Set<OutputFormat> formats, Path home, Path nace) {

  public GenerateOptions {
    formats = Set.copyOf(formats);
    out = out.toAbsolutePath().normalize();
    home = home.toAbsolutePath().normalize();
    nace = nace.toAbsolutePath().normalize();
  }

  Path reference(String relative) {
    return home.resolve("conf/reference").resolve(relative);
  }

  boolean writes(OutputFormat format) {
    return formats.contains(format);
  }
}
