package org.clusterscope.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Generates into a folder with the repository's reference files, and reads the results back. */
final class SyntheticFiles {
  static final Set<OutputFormat> ALL = Set.of(OutputFormat.values());

  private SyntheticFiles() {}

  static GenerateOptions options(Path out, long establishments, long inventors, long participations, long seed) {
    Path home = Path.of("").toAbsolutePath();
    return new GenerateOptions(out, establishments, inventors, participations, 2023, seed, ALL, home,
        home.resolve("conf/reference/nace_rev2.csv"));
  }

  static List<FileSummary> generate(Path out, long establishments, long inventors, long participations, long seed) {
    return SyntheticEurope.generate(options(out, establishments, inventors, participations, seed));
  }

  /** The data lines of a file (after the header), split on {@code delimiter} (no quoted delimiters). */
  static List<String[]> rows(Path file, String delimiterRegex) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream().map(l -> l.split(delimiterRegex, -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CORDIS rows: every field quoted, no quoted semicolons in the generated organisation file. */
  static List<String[]> cordisRows(Path file) {
    return rows(file, ";").stream().map(f -> {
      String[] unquoted = new String[f.length];
      for (int i = 0; i < f.length; i++) {
        unquoted[i] = f[i].substring(1, f[i].length() - 1);
      }
      return unquoted;
    }).toList();
  }
}
