package org.clusterscope.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clusterscope.generate.formats.CsvFields;
import org.clusterscope.reference.IpcConcordance;

/**
 * Concrete IPC codes per NACE division, made from the patterns of the IPC-NACE concordance file
 * ({@code A61B} gives {@code A61B   5/00}, {@code A61K 8/*} gives {@code A61K   8/02}) and kept only
 * when both concordance files map them (a technology field and that division), checked with the
 * pipeline's own {@link IpcConcordance}, so that every generated code is classified. Rows with a
 * {@code not_with} condition are left out: their division depends on the application's other codes.
 */
final class IpcCodes {
  private static final int[] MAIN_GROUPS = {1, 3, 5, 9, 13, 17, 21, 31, 33, 47, 101};
  private static final String[] SUBGROUPS = {"00", "02", "04", "10", "12", "16", "20"};

  private final String[] divisions;
  private final String[][] codes;

  private IpcCodes(Map<String, List<String>> byDivision) {
    this.divisions = byDivision.keySet().toArray(String[]::new);
    this.codes = byDivision.values().stream().map(l -> l.toArray(String[]::new)).toArray(String[][]::new);
  }

  static IpcCodes load(Path technologyCsv, Path naceCsv) {
    IpcConcordance concordance = IpcConcordance.load("ipc-technology", technologyCsv, "ipc-nace", naceCsv);
    Map<String, List<String>> byDivision = new TreeMap<>();
    List<String> lines = readLines(naceCsv);
    List<String> header = CsvFields.parse(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = CsvFields.parse(line);
      String division = row.get(header.indexOf("nace_division"));
      String pattern = row.get(header.indexOf("ipc"));
      if (!row.get(header.indexOf("not_with")).isEmpty()) {
        continue;
      }
      for (String code : candidates(pattern)) {
        IpcConcordance.Mapping mapping = concordance.map(List.of(IpcConcordance.normalise(code)));
        String normalised = IpcConcordance.normalise(code);
        if (mapping.techField().get(normalised) != null && mapping.naceDivisions().get(normalised).contains(division)) {
          byDivision.computeIfAbsent(division, d -> new ArrayList<>()).add(code);
        }
      }
    }
    if (byDivision.isEmpty()) {
      throw new IllegalArgumentException("No IPC code is mapped by both " + technologyCsv + " and " + naceCsv);
    }
    return new IpcCodes(byDivision);
  }

  /** Codes in REGPAT's notation for a subclass ({@code A61B}) or main group ({@code A61K 8/*}) pattern. */
  private static List<String> candidates(String pattern) {
    List<String> candidates = new ArrayList<>();
    if (pattern.matches("[A-H][0-9]{2}[A-Z]")) {
      for (int i = 0; i < MAIN_GROUPS.length; i++) {
        candidates.add(regpat(pattern, MAIN_GROUPS[i], SUBGROUPS[i % SUBGROUPS.length]));
      }
    } else if (pattern.matches("[A-H][0-9]{2}[A-Z] [0-9]+/\\*")) {
      int group = Integer.parseInt(pattern.substring(5, pattern.indexOf('/')));
      for (String subgroup : SUBGROUPS) {
        candidates.add(regpat(pattern.substring(0, 4), group, subgroup));
      }
    }
    return candidates;
  }

  /** REGPAT's padding: the main group right-aligned in four characters, {@code A61K  31/00}. */
  static String regpat(String subclass, int mainGroup, String subgroup) {
    String group = Integer.toString(mainGroup);
    return subclass + " ".repeat(4 - group.length()) + group + "/" + subgroup;
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  int divisionCount() {
    return divisions.length;
  }

  /** Index of {@code division} in {@link #divisions()}, or -1. */
  int divisionIndex(String division) {
    return java.util.Arrays.binarySearch(divisions, division);
  }

  /** A code of the division at {@code divisionIndex}, drawn uniformly. */
  String draw(int divisionIndex, Draws draws) {
    String[] options = codes[divisionIndex];
    return options[draws.index(options.length)];
  }
}
