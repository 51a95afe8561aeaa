package org.clusterscope.generate.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The concordance subsets in {@code conf/reference/} map every IPC code of the patent sample exactly
 * as the full official tables do: a code matches a row of the subset iff it matches one of the full
 * table, with the same technology field / NACE division, using the most specific pattern (a main
 * group {@code X n/*} beats a subclass, the first four characters).
 */
class SampleConcordanceTest {

  private static final Path OFFICIAL = Path.of("..", "shared", "reference");
  private static Set<String> codes;

  @BeforeAll
  static void readSampleCodes() throws IOException {
    codes = new TreeSet<>();
    List<String> lines = Files.readAllLines(SampleFiles.DATA.resolve("regpat/EPO_IPC.txt"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      codes.add(SampleRegpatTest.normalise(line.split("\\|")[3]));
    }
  }

  @Test
  void subsetsKeepTheOfficialHeadersAndCopyOfficialRowsOnly() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(OFFICIAL), "the official tables are in ../shared/reference");
    for (String file : List.of("ipc_technology.csv", "ipc_nace2.csv")) {
      List<String> subset = Files.readAllLines(Path.of("conf", "reference", file), StandardCharsets.UTF_8);
      List<String> full = Files.readAllLines(OFFICIAL.resolve(file), StandardCharsets.UTF_8);
      assertEquals(full.get(0), subset.get(0), file + " header");
      assertTrue(full.containsAll(subset), file + " has rows that are not in the official table");
      assertTrue(subset.size() < full.size() / 5, file + " is a small subset");
    }
  }

  @Test
  void everySampleCodeMapsToTheSameTechnologyFieldsAsWithTheFullTable() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(OFFICIAL), "the official tables are in ../shared/reference");
    List<List<String>> subset = rows(Path.of("conf", "reference", "ipc_technology.csv"));
    List<List<String>> full = rows(OFFICIAL.resolve("ipc_technology.csv"));
    int mapped = 0;
    for (String code : codes) {
      Set<String> expected = mostSpecific(full, code, 3, 4, 0);
      assertEquals(expected, mostSpecific(subset, code, 3, 4, 0), code);
      mapped += expected.isEmpty() ? 0 : 1;
    }
    assertEquals(codes.size() - 1, mapped, "every code but the invalid Z99Q 1/00 has a field");
    assertEquals(Set.of("14"), mostSpecific(subset, "A61K 8/02", 3, 4, 0));
    assertEquals(Set.of("16"), mostSpecific(subset, "A61K 31/00", 3, 4, 0));
  }

  @Test
  void everySampleCodeMapsToTheSameNaceDivisionsAsWithTheFullTable() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(OFFICIAL), "the official tables are in ../shared/reference");
    List<List<String>> subset = rows(Path.of("conf", "reference", "ipc_nace2.csv"));
    List<List<String>> full = rows(OFFICIAL.resolve("ipc_nace2.csv"));
    for (String code : codes) {
      assertEquals(mostSpecific(full, code, 2, -1, 0), mostSpecific(subset, code, 2, -1, 0), code);
    }
    assertEquals(Set.of(), mostSpecific(subset, "A23L 33/105", 2, -1, 0), "the concordance's known A23L gap");
    assertEquals(Set.of("11"), mostSpecific(subset, "A23L 2/38", 2, -1, 0));
  }

  @Test
  void conditionalRowsGiveCosmeticsToChemicalsAndDrugsToPharmaceuticals() throws IOException {
    List<List<String>> subset = rows(Path.of("conf", "reference", "ipc_nace2.csv"));
    assertEquals(Set.of("20"), divisions(subset, List.of("A61K 8/02", "C07C 69/00", "A61Q 19/00")));
    assertEquals(Set.of("21"), divisions(subset, List.of("C07C 51/00", "A61K 31/00", "A61P 35/00")));
    assertTrue(codes.containsAll(List.of("A61K 8/02", "C07C 69/00", "C07C 51/00", "A61K 31/00")));
  }

  /**
   * Divisions of an application: each code's most specific rows, dropping a row with
   * {@code not_with} when another code matches it and none matches {@code unless_with}.
   */
  private static Set<String> divisions(List<List<String>> table, List<String> application) {
    Set<String> result = new TreeSet<>();
    for (String code : application) {
      for (List<String> row : mostSpecificRows(table, code, 2, -1)) {
        boolean excluded = !row.get(3).isEmpty()
            && application.stream().anyMatch(other -> matches(row.get(3), other))
            && application.stream().noneMatch(other -> matches(row.get(4), other));
        if (!excluded) {
          result.add(row.get(0));
        }
      }
    }
    return result;
  }

  private static Set<String> mostSpecific(List<List<String>> table, String code, int patternColumn,
                      int exceptColumn, int resultColumn) {
    Set<String> result = new TreeSet<>();
    for (List<String> row : mostSpecificRows(table, code, patternColumn, exceptColumn)) {
      result.add(row.get(resultColumn));
    }
    return result;
  }

  private static List<List<String>> mostSpecificRows(List<List<String>> table, String code, int patternColumn,
      int exceptColumn) {
    List<List<String>> matching = new ArrayList<>();
    int best = 0;
    for (List<String> row : table) {
      String pattern = row.get(patternColumn);
      boolean excepted = false;
      if (exceptColumn >= 0 && !row.get(exceptColumn).isEmpty()) {
        for (String except : row.get(exceptColumn).split(";")) {
          excepted |= matches(except, code);
        }
      }
      if (!matches(pattern, code) || excepted) {
        continue;
      }
      int specificity = pattern.endsWith("/*") ? 2 : pattern.length() == 4 ? 1 : 0;
      if (specificity > best) {
        matching.clear();
        best = specificity;
      }
      if (specificity == best) {
        matching.add(row);
      }
    }
    return matching;
  }

  /** Subclass patterns match the first four characters, {@code X n/*} codes starting with {@code X n/}, {@code H10*} a class. */
  private static boolean matches(String pattern, String code) {
    if (pattern.isEmpty()) {
      return false;
    }
    if (pattern.endsWith("*")) {
      return code.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return code.length() >= 4 && code.substring(0, 4).equals(pattern);
  }

  private static List<List<String>> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(SampleFiles.splitQuoted(line, ','));
    }
    return rows;
  }
}
