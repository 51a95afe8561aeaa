package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clusterscope.generate.formats.CsvFields;

/**
 * Copies from the official IPC concordances (WIPO IPC-technology, Eurostat IPC-NACE Rev.2) the
 * rows whose IPC pattern matches at least one IPC code of the patent sample, unchanged and in
 * their order, so that the sample's codes map exactly as with the full tables. Patterns are a
 * subclass ({@code A61K}), a main group ({@code A61K 8/*}) or a class ({@code H10*}); codes are
 * compared single-spaced.
 */
public final class SampleConcordanceSubset {

  /** The concordance files, each with a column {@code ipc} that holds the IPC pattern. */
  public static final List<String> FILES = List.of("ipc_technology.csv", "ipc_nace2.csv");

  private SampleConcordanceSubset() {
  }

  /**
   * Writes into {@code out} the subset of each of {@link #FILES} in {@code official} that the IPC
   * codes of {@code ipcFile} (a REGPAT IPC file) need, and returns one line per file written.
   */
  public static String write(Path official, Path ipcFile, Path out) throws IOException {
    Set<String> codes = sampleCodes(ipcFile);
    StringBuilder text = new StringBuilder();
    for (String file : FILES) {
      int rows = write(official.resolve(file), out.resolve(file), codes);
      text.append(String.format(Locale.ROOT, "%s: %d rows for %d distinct sample IPC codes%n", out.resolve(file),
          rows, codes.size()));
    }
    return text.toString();
  }

  /** The distinct IPC codes of the sample's IPC file, single-spaced. */
  static Set<String> sampleCodes(Path ipcFile) throws IOException {
    List<String> lines = Files.readAllLines(ipcFile, StandardCharsets.UTF_8);
    Set<String> codes = new LinkedHashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\\|", -1);
      if (fields.length == 4) {
        codes.add(normalise(fields[3]));
      }
    }
    return codes;
  }

  /** Writes the header and the matching rows of {@code full} to {@code subset}; returns the rows written. */
  static int write(Path full, Path subset, Set<String> codes) throws IOException {
    List<String> lines = Files.readAllLines(full, StandardCharsets.UTF_8);
    int ipcColumn = CsvFields.parse(lines.get(0)).indexOf("ipc");
    List<String> kept = new ArrayList<>();
    kept.add(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      String pattern = CsvFields.parse(line).get(ipcColumn);
      for (String code : codes) {
        if (matches(pattern, code)) {
          kept.add(line);
          break;
        }
      }
    }
    Files.createDirectories(subset.toAbsolutePath().getParent());
    Files.write(subset, (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
    return kept.size() - 1;
  }

  /** {@code A61K  31/00} becomes {@code A61K 31/00}. */
  static String normalise(String code) {
    return code.trim().replaceAll("\\s+", " ");
  }

  /** Whether a single-spaced code falls under a concordance pattern (subclass, main group or class). */
  static boolean matches(String pattern, String code) {
    if (pattern.endsWith("*")) {
      return code.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return code.length() >= 4 && code.substring(0, 4).equals(pattern);
  }
}
