package org.clusterscope.generate.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REGPAT sample: pipe-delimited files with the documented headers, shares that add up, teams
 * and co-invention as the README describes, and the planted defects where DEFECTS.csv says.
 */
class SampleRegpatTest {

  private static final String INVENTORS = "regpat/EPO_Inv_reg.txt";
  private static final String IPC = "regpat/EPO_IPC.txt";
  private static final Set<String> SAMPLE_COUNTRIES = Set.of("CH", "DE", "DK", "FR", "SE");

  private static Set<String> nuts;
  private static final Map<String, String> priorityYear = new HashMap<>();
  private static final Map<String, List<String>> codesOf = new LinkedHashMap<>();
  private static final Map<String, List<String[]>> inventorsOf = new LinkedHashMap<>();
  private static final Map<Integer, String> foundInventors = new TreeMap<>();
  private static final Map<Integer, String> foundIpc = new TreeMap<>();

  @BeforeAll
  static void validateEveryLine() throws IOException {
    nuts = SampleFiles.nutsCodes();
    List<byte[]> ipc = SampleFiles.rawLines(IPC);
    assertEquals("appln_id|prio_year|app_year|IPC", new String(ipc.get(0), StandardCharsets.UTF_8));
    Set<String> applications = new HashSet<>();
    for (byte[] line : ipc.subList(1, ipc.size())) {
      applications.add(new String(line, StandardCharsets.UTF_8).split("\\|")[0]);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < ipc.size(); i++) {
      String[] f = new String(ipc.get(i), StandardCharsets.UTF_8).split("\\|", -1);
      String problem = ipcProblem(f, seen);
      if (problem != null) {
        foundIpc.put(i + 1, problem);
      } else {
        priorityYear.put(f[0], f[1]);
        codesOf.computeIfAbsent(f[0], k -> new ArrayList<>()).add(normalise(f[3]));
      }
    }
    List<byte[]> inventors = SampleFiles.rawLines(INVENTORS);
    assertEquals("appln_id|person_id|pub_nbr|inv_name|address|city|postal_code|reg_code|ctry_code|reg_share"
        + "|inv_share", new String(inventors.get(0), StandardCharsets.UTF_8));
    seen.clear();
    for (int i = 1; i < inventors.size(); i++) {
      String[] f = SampleFiles.utf8(inventors.get(i)).split("\\|", -1);
      String problem = inventorProblem(f, applications, seen);
      if (problem != null) {
        foundInventors.put(i + 1, problem);
      } else {
        inventorsOf.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
      }
    }
  }

  @Test
  void plantedDefectsAreExactlyTheLinesTheValidatorRejects() throws IOException {
    assertEquals(SampleFiles.defects(INVENTORS), foundInventors);
    assertEquals(SampleFiles.defects(IPC), foundIpc);
  }

  @Test
  void applicantFileHasTheUpperCaseHeaderAndNoDefects() throws IOException {
    List<byte[]> lines = SampleFiles.rawLines("regpat/EPO_App_reg.txt");
    assertEquals("APPLN_ID|PERSON_ID|PUB_NBR|APP_NAME|ADDRESS|CITY|POSTAL_CODE|REG_CODE|CTRY_CODE|REG_SHARE"
        + "|APP_SHARE", new String(lines.get(0), StandardCharsets.UTF_8));
    boolean quoteInName = false;
    for (byte[] line : lines.subList(1, lines.size())) {
      String[] f = SampleFiles.utf8(line).split("\\|", -1);
      assertEquals(11, f.length);
      assertTrue(priorityYear.containsKey(f[0]), f[0]);
      quoteInName |= f[3].contains("\"");
    }
    assertTrue(quoteInName, "some applicant names hold a double quote");
  }

  @Test
  void twoThousandApplicationsMostlyFrom2021To2023() {
    assertEquals(2000, inventorsOf.size());
    long before2021 = priorityYear.values().stream().filter(y -> y.equals("2020")).count();
    assertTrue(before2021 > 0 && before2021 < 100, "priority year 2020: " + before2021);
    assertTrue(priorityYear.values().stream().allMatch(y -> y.compareTo("2020") >= 0 && y.compareTo("2023") <= 0));
  }

  @Test
  void inventorSharesAreOneOverTheTeamSizeAndAddressSharesAddUpToOne() {
    Map<Integer, Integer> teams = new TreeMap<>();
    for (List<String[]> rows : inventorsOf.values()) {
      Map<String, BigDecimal> perPerson = new HashMap<>();
      for (String[] row : rows) {
        perPerson.merge(row[1], new BigDecimal(row[9]), BigDecimal::add);
      }
      int team = perPerson.size();
      teams.merge(team, 1, Integer::sum);
      for (String[] row : rows) {
        assertEquals(BigDecimal.ONE.divide(BigDecimal.valueOf(team), 6, RoundingMode.HALF_EVEN)
            .stripTrailingZeros(), new BigDecimal(row[10]), row[0]);
      }
      perPerson.values().forEach(share -> assertEquals(0, share.compareTo(BigDecimal.ONE), rows.get(0)[0]));
    }
    assertEquals(1, teams.get(150), "one application with 150 inventors");
    long twoAddresses = inventorsOf.values().stream().flatMap(List::stream).filter(r -> r[9].equals("0.5")).count();
    assertEquals(104, twoAddresses, "rows of the 52 inventors with two addresses (README)");
    long large = teams.entrySet().stream().filter(e -> e.getKey() >= 15 && e.getKey() <= 25)
        .mapToLong(Map.Entry::getValue).sum();
    long upToTen = teams.entrySet().stream().filter(e -> e.getKey() <= 10).mapToLong(Map.Entry::getValue).sum();
    assertEquals(23, large, "teams of 15-25 (README)");
    assertTrue(upToTen > 1900, "teams of 1-10: " + upToTen);
  }

  @Test
  void coInventionIsMostlyRegionalSometimesNationalAndAFewPercentCrossBorder() {
    int crossBorder = 0;
    int national = 0;
    int upperRhineOrOresund = 0;
    int nonSample = 0;
    Set<String> areas = Set.of("FRF12", "DE139", "CH031", "CH032", "DK011", "DK012", "SE224");
    for (List<String[]> rows : inventorsOf.values()) {
      Set<String> countries = new HashSet<>();
      Set<String> regions = new HashSet<>();
      for (String[] row : rows) {
        if (SAMPLE_COUNTRIES.contains(row[8])) {
          countries.add(row[8]);
          regions.add(row[7]);
        } else {
          nonSample++;
        }
      }
      if (countries.size() > 1) {
        crossBorder++;
        upperRhineOrOresund += areas.containsAll(regions) ? 1 : 0;
      } else if (regions.size() > 1) {
        national++;
      }
    }
    SampleFiles.assertShare(0.02, 0.08, crossBorder, inventorsOf.size(), "cross-border applications");
    SampleFiles.assertShare(0.10, 0.30, national, inventorsOf.size(), "cross-regional applications");
    assertTrue(upperRhineOrOresund > crossBorder / 2, "most cross-border ones in the Upper Rhine or Øresund");
    assertTrue(nonSample >= 10, "inventors in the US or Japan: " + nonSample);
  }

  @Test
  void patentsFollowTheClusters() {
    assertTrue(share("DE137", "A61B") > 0.4, "medical devices in Tuttlingen");
    assertTrue(share("CH031", "A61K") + share("CH031", "A61P") + share("CH031", "C07D") > 0.4, "pharma in Basel");
    assertTrue(share("DE112", "B60") + share("DE112", "F16H") + share("DE112", "F02D") > 0.3,
        "automotive in Böblingen");
  }

  /** Share of a region's applications (by lead inventor) with at least one code starting with {@code prefix}. */
  private static double share(String region, String prefix) {
    int all = 0;
    int with = 0;
    for (Map.Entry<String, List<String[]>> application : inventorsOf.entrySet()) {
      if (application.getValue().get(0)[7].equals(region)) {
        all++;
        with += codesOf.get(application.getKey()).stream().anyMatch(c -> c.startsWith(prefix)) ? 1 : 0;
      }
    }
    return (double) with / all;
  }

  static String normalise(String code) {
    return code.trim().replaceAll("\\s+", " ");
  }

  private static String ipcProblem(String[] f, Set<String> seen) {
    if (f.length != 4) {
      return "wrong_field_count";
    }
    if (!f[1].matches("\\d{4}") || Integer.parseInt(f[1]) > 2024) {
      return "invalid_year";
    }
    String code = normalise(f[3]);
    if (!code.matches("[A-H]\\d\\d[A-Z] \\d{1,4}/\\d{2,6}")) {
      return "invalid_ipc";
    }
    return seen.add(f[0] + "|" + code) ? null : "duplicate_id";
  }

  private static String inventorProblem(String[] f, Set<String> applications, Set<String> seen) {
    if (f.length != 11) {
      return "wrong_field_count";
    }
    if (!share(f[9]) || !share(f[10])) {
      return "invalid_share";
    }
    String region = f[7];
    if (region.isEmpty()) {
      return "missing_value";
    }
    if (SAMPLE_COUNTRIES.contains(f[8])) {
      if (!region.matches("[A-Z]{2}[A-Z0-9]{0,3}")) {
        return "invalid_region";
      }
      if (!region.startsWith(f[8])) {
        return "region_country_mismatch";
      }
      assertTrue(nuts.contains(region), region);
    } else {
      assertTrue(region.matches(f[8] + "\\d\\d"), "OECD TL code " + region);
    }
    if (!applications.contains(f[0])) {
      return "unknown_application";
    }
    return seen.add(f[0] + "|" + f[1] + "|" + region) ? null : "duplicate_id";
  }

  private static boolean share(String value) {
    return value.matches("\\d+(\\.\\d+)?") && new BigDecimal(value).signum() > 0
        && new BigDecimal(value).compareTo(BigDecimal.ONE) <= 0;
  }
}
