package org.clusterscope.generate.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Eurostat SBS sample: bulk TSV layout, region and NACE codes from the reference lists, about
 * 3% confidential cells, regional totals that add up, and the planted defects where DEFECTS.csv says.
 */
class SampleSbsTest {

  private static final String FILE = "sbs/sbs_r_nuts2021.tsv";
  private static final Pattern VALUE = Pattern.compile("\\d+( [a-z]+)?|:( [a-z]+)?");
  private static final Pattern NUTS_SHAPE = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,3}");
  private static final Set<String> INDICATORS = Set.of("EMP_LOC_NR", "LOC_NR", "WAGE_LOC_EUR");

  private static String header;
  /** NACE division (10) to its section (C). */
  private static Map<String, String> sectionOf;
  private static final Map<String, String[]> cells = new HashMap<>();
  private static final Map<Integer, String> found = new TreeMap<>();

  @BeforeAll
  static void validateEveryRow() throws IOException {
    sectionOf = SampleFiles.naceParents("division");
    List<byte[]> lines = SampleFiles.rawLines(FILE);
    header = new String(lines.get(0), StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = new String(lines.get(i), StandardCharsets.UTF_8);
      String problem = problemOf(line);
      if (problem != null) {
        found.put(i + 1, problem);
      } else {
        String[] parts = line.split("\t");
        cells.put(parts[0], new String[] {parts[1], parts[2]});
      }
    }
  }

  @Test
  void headerIsEurostatsWithTrailingSpacesAfterThePeriods() {
    assertEquals("freq,indic_sbs,nace_r2,geo\\TIME_PERIOD\t2019 \t2020 ", header);
  }

  @Test
  void plantedDefectsAreExactlyTheRowsTheValidatorRejects() throws IOException {
    assertEquals(SampleFiles.defects(FILE), found);
  }

  @Test
  void aboutThreePercentOfCellsAreConfidentialAndSomeAreMissingOrFlagged() {
    long total = 0;
    long confidential = 0;
    long missing = 0;
    long flagged = 0;
    for (String[] values : cells.values()) {
      for (String value : values) {
        total++;
        confidential += value.equals(": c") ? 1 : 0;
        missing += value.equals(":") ? 1 : 0;
        flagged += value.matches("\\d+ [ep]") ? 1 : 0;
      }
    }
    assertEquals(3698, total, "value cells of the valid rows (README)");
    assertEquals(124, confidential, "confidential cells (README)");
    SampleFiles.assertShare(0.02, 0.045, confidential, total, "confidential cells");
    assertTrue(missing > 0 && flagged > 0, "missing " + missing + ", flagged " + flagged);
  }

  @Test
  void everyRegionIsANuts0To2CodeOfTheReferenceAndTheAggregateIsPresent() throws IOException {
    Set<String> nuts = SampleFiles.nutsCodes();
    for (String key : cells.keySet()) {
      String geo = key.split(",")[3];
      assertTrue(nuts.contains(geo) && geo.length() <= 4, key);
    }
    assertTrue(cells.containsKey("A,EMP_LOC_NR,B-N_S95_X_K,DE11"));
    assertTrue(cells.containsKey("A,WAGE_LOC_EUR,C,FR"));
  }

  @Test
  void nuts1AndNuts0ValuesAreTheSumsOfTheirPublishedParts() {
    Set<String> regions = new java.util.TreeSet<>();
    for (String key : cells.keySet()) {
      regions.add(key.split(",")[3]);
    }
    int checked = 0;
    for (Map.Entry<String, String[]> parent : cells.entrySet()) {
      String[] key = parent.getKey().split(",");
      if (key[3].length() > 3) {
        continue;
      }
      for (int year = 0; year < 2; year++) {
        List<String> parts = new ArrayList<>();
        for (String geo : regions) {
          String[] child = cells.get("A," + key[1] + "," + key[2] + "," + geo);
          if (child != null && geo.length() == key[3].length() + 1 && geo.startsWith(key[3])) {
            parts.add(child[year]);
          }
        }
        String value = parent.getValue()[year];
        if (parts.isEmpty() || value.startsWith(":") || parts.stream().anyMatch(p -> p.startsWith(":"))) {
          continue;
        }
        long sum = parts.stream().mapToLong(SampleSbsTest::number).sum();
        assertEquals(number(value), sum, parent.getKey() + " " + (2019 + year));
        checked++;
      }
    }
    assertTrue(checked > 500, "sums checked: " + checked);
  }

  @Test
  void stuttgartEmploysMostInMotorVehiclesAndBaselInPharmaceuticals() {
    assertTrue(number(cells.get("A,EMP_LOC_NR,C29,DE11")[0]) > 20_000);
    assertTrue(number(cells.get("A,EMP_LOC_NR,C21,CH03")[0]) > 5_000);
  }

  private static long number(String value) {
    return Long.parseLong(value.split(" ")[0]);
  }

  private static String problemOf(String line) {
    if (!line.contains("\t")) {
      return "malformed_line";
    }
    String[] parts = line.split("\t", -1);
    if (parts.length != header.split("\t").length) {
      return "wrong_field_count";
    }
    String[] key = parts[0].split(",");
    if (key.length != 4 || !key[0].equals("A") || !INDICATORS.contains(key[1])) {
      return "malformed_line";
    }
    String nace = key[2];
    boolean aggregate = nace.equals("B-N_S95_X_K");
    boolean section = nace.matches("[A-U]");
    boolean division = nace.matches("[A-U]\\d\\d")
        && nace.substring(0, 1).equals(sectionOf.get(nace.substring(1)));
    if (!aggregate && !section && !division) {
      return "invalid_nace";
    }
    if (!NUTS_SHAPE.matcher(key[3]).matches()) {
      return "invalid_region";
    }
    for (int i = 1; i < parts.length; i++) {
      if (!VALUE.matcher(parts[i]).matches()) {
        return "invalid_value";
      }
    }
    return null;
  }
}
