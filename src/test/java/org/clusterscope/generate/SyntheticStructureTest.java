package org.clusterscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.clusterscope.reference.IpcConcordance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated data look like Europe where the indicators need it: every member state and about
 * 1,166 NUTS 3 regions, valid NACE classes, heavy-tailed sizes, agglomerated and spread sectors,
 * small patent teams with a few percent across borders, consortia of 2 to 80. Statistics are
 * computed here from the files, not taken from the generator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticStructureTest {
  private static final int ESTABLISHMENTS = 200_000;
  private List<String[]> register;
  private List<String[]> sirene;
  private Map<String, String> communeRegion;
  private List<String[]> inventors;
  private List<String[]> ipc;
  private List<String[]> organizations;
  private SyntheticEurope model;

  @BeforeAll
  void generate(@TempDir Path dir) {
    GenerateOptions options = SyntheticFiles.options(dir, ESTABLISHMENTS, 20_000, 5_000, 1);
    SyntheticEurope.generate(options);
    model = SyntheticEurope.model(options);
    register = SyntheticFiles.rows(dir.resolve("register/register-2023.csv"), ",");
    sirene = SyntheticFiles.rows(dir.resolve("sirene/StockEtablissement.csv"), ",");
    communeRegion = SyntheticFiles.rows(dir.resolve("sirene/commune_nuts3.csv"), ",").stream()
        .collect(Collectors.toMap(f -> f[0], f -> f[1]));
    inventors = SyntheticFiles.rows(dir.resolve("regpat/inventors.txt"), "\\|");
    ipc = SyntheticFiles.rows(dir.resolve("regpat/ipc.txt"), "\\|");
    organizations = SyntheticFiles.cordisRows(dir.resolve("cordis/organization.csv"));
  }

  /** Region and class of every establishment, register and SIRENE alike. */
  private List<String[]> regionAndClass() {
    List<String[]> all = new ArrayList<>();
    register.forEach(f -> all.add(new String[] {f[2], f[3]}));
    sirene.forEach(f -> all.add(new String[] {communeRegion.get(f[22]), f[50].substring(0, 5)}));
    return all;
  }

  @Test
  void allTwentySevenMemberStatesAndAboutAllNuts3RegionsArePresent() {
    Set<String> regions = regionAndClass().stream().map(r -> r[0]).collect(Collectors.toSet());
    Set<String> countries = regions.stream().map(r -> r.substring(0, 2)).collect(Collectors.toSet());
    assertEquals(Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE",
        "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"), countries);
    assertTrue(regions.size() >= 1_140 && regions.size() <= 1_166, regions.size() + " NUTS 3 regions");
    assertTrue(regions.stream().allMatch(r -> r.matches("[A-Z]{2}[0-9A-Y]{3}")), "NUTS 3-shaped codes, none extra-regio");
    assertEquals(1_166, model.regions().size());
  }

  @Test
  void frenchEstablishmentsAreInSireneOnlyAndOthersInTheRegister() {
    assertTrue(register.stream().noneMatch(f -> f[2].startsWith("FR")));
    assertTrue(sirene.stream().allMatch(f -> communeRegion.get(f[22]).startsWith("FR")));
    assertEquals(ESTABLISHMENTS, register.size() + sirene.size());
    double frenchShare = sirene.size() / (double) ESTABLISHMENTS;
    assertTrue(frenchShare > 0.10 && frenchShare < 0.22, "French share " + frenchShare);
  }

  @Test
  void everyNaceCodeIsAClassOfTheNaceFile() throws IOException {
    Set<String> classes = Files.readAllLines(Path.of("conf/reference/nace_rev2.csv")).stream()
        .filter(l -> l.startsWith("class,")).map(l -> l.split(",")[1]).collect(Collectors.toSet());
    Set<String> used = regionAndClass().stream().map(r -> r[1]).collect(Collectors.toSet());
    assertTrue(classes.containsAll(used), "unknown classes: " + used.stream().filter(c -> !classes.contains(c)).toList());
    assertTrue(used.size() > 500, used.size() + " classes used");
  }

  @Test
  void sizesAreHeavyTailedAndAFewPercentAreClosedOrBandOnly() {
    List<Integer> sizes = new ArrayList<>();
    int bandOnly = 0;
    int closed = 0;
    for (String[] f : register) {
      if (f[4].isEmpty()) {
        bandOnly++;
      } else {
        sizes.add(Integer.parseInt(f[4]));
      }
      closed += f[7].equals("closed") ? 1 : 0;
    }
    sizes.sort(Collections.reverseOrder());
    long total = sizes.stream().mapToLong(Integer::longValue).sum();
    long top = sizes.subList(0, sizes.size() / 100).stream().mapToLong(Integer::longValue).sum();
    long micro = sizes.stream().filter(s -> s < 10).count();
    assertTrue(top > 0.3 * total, "top 1% hold " + (double) top / total + " of employment");
    assertTrue(micro > 0.75 * sizes.size(), "micro share " + (double) micro / sizes.size());
    assertTrue(sizes.get(0) >= 5_000, "largest " + sizes.get(0));
    assertBetween(bandOnly / (double) register.size(), 0.01, 0.06, "band-only share");
    assertBetween(closed / (double) register.size(), 0.01, 0.03, "closed share");
  }

  @Test
  void agglomeratedClassesAreFarMoreConcentratedThanSpreadOnes() {
    Map<String, Map<String, Integer>> byClass = new HashMap<>();
    for (String[] r : regionAndClass()) {
      byClass.computeIfAbsent(r[1], c -> new HashMap<>()).merge(r[0], 1, Integer::sum);
    }
    List<Double> agglomerated = new ArrayList<>();
    List<Double> spread = new ArrayList<>();
    for (int s = 0; s < model.sectors().size(); s++) {
      Map<String, Integer> regions = byClass.getOrDefault(model.sectors().code(s), Map.of());
      int n = regions.values().stream().mapToInt(Integer::intValue).sum();
      if (n >= 300) {
        double herfindahl = regions.values().stream().mapToDouble(c -> Math.pow(c / (double) n, 2)).sum();
        (model.sectors().agglomerated(s) ? agglomerated : spread).add(herfindahl);
      }
    }
    assertTrue(!agglomerated.isEmpty() && !spread.isEmpty(), agglomerated.size() + " / " + spread.size());
    double agglomeratedMedian = median(agglomerated);
    double spreadMedian = median(spread);
    assertTrue(agglomeratedMedian > 5 * spreadMedian, "Herfindahl medians " + agglomeratedMedian + " vs " + spreadMedian);
  }

  @Test
  void patentTeamsAreSmallWithAFewLargeAndAFewPercentAcrossBorders() {
    Map<String, List<String[]>> byApplication = new TreeMap<>();
    inventors.forEach(f -> byApplication.computeIfAbsent(f[0], a -> new ArrayList<>()).add(f));
    int upToTen = 0;
    int crossBorder = 0;
    for (List<String[]> rows : byApplication.values()) {
      long team = rows.stream().map(f -> f[1]).distinct().count();
      upToTen += team <= 10 ? 1 : 0;
      crossBorder += rows.stream().map(f -> f[7].substring(0, 2)).distinct().count() > 1 ? 1 : 0;
      double weight = rows.stream().mapToDouble(f -> Double.parseDouble(f[9]) * Double.parseDouble(f[10])).sum();
      assertEquals(1.0, weight, 1e-4, "shares of application " + rows.get(0)[0]);
      assertTrue(rows.stream().allMatch(f -> f[8].equals(f[7].startsWith("EL") ? "GR" : f[7].substring(0, 2))));
    }
    int applications = byApplication.size();
    assertTrue(upToTen > 0.95 * applications, upToTen + " of " + applications + " with 1-10 inventors");
    assertTrue(upToTen < applications, "some teams larger than 10");
    assertBetween(crossBorder / (double) applications, 0.01, 0.08, "cross-border share");
    assertEquals(byApplication.keySet(), ipc.stream().map(f -> f[0]).collect(Collectors.toSet()));
  }

  @Test
  void everyIpcCodeIsMappedByBothConcordanceSubsets() {
    IpcConcordance concordance = IpcConcordance.load("t", Path.of("conf/reference/ipc_technology.csv"), "n",
        Path.of("conf/reference/ipc_nace2.csv"));
    Map<String, List<String>> byApplication = new HashMap<>();
    ipc.forEach(f -> byApplication.computeIfAbsent(f[0], a -> new ArrayList<>()).add(IpcConcordance.normalise(f[3])));
    for (List<String> codes : byApplication.values()) {
      assertEquals(codes.size(), new HashSet<>(codes).size(), "distinct codes " + codes);
      assertTrue(codes.size() <= 4, codes.toString());
      IpcConcordance.Mapping mapping = concordance.map(codes);
      for (String code : codes) {
        assertTrue(mapping.techField().get(code) != null && !mapping.naceDivisions().get(code).isEmpty(), code);
      }
    }
    assertTrue(ipc.stream().allMatch(f -> f[3].matches("[A-H][0-9]{2}[A-Z] {0,3}[0-9]{1,3}/[0-9]{2}")
        && f[3].length() == 11), "REGPAT padding");
  }

  @Test
  void consortiaHaveTwoToEightyPartners() {
    Map<String, Integer> sizes = new HashMap<>();
    organizations.forEach(f -> sizes.merge(f[0], 1, Integer::sum));
    List<Double> values = sizes.values().stream().map(Integer::doubleValue).toList();
    assertTrue(values.stream().allMatch(v -> v >= 2 && v <= 80), "sizes " + new TreeMap<>(sizes));
    assertBetween(median(values), 3, 8, "median consortium");
    assertTrue(organizations.stream().allMatch(f -> f[12].startsWith(f[11]) && f[12].length() >= 4));
    assertEquals(Set.of("PRC", "HES", "REC", "PUB", "OTH"), organizations.stream().map(f -> f[7]).collect(Collectors.toSet()));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static void assertBetween(double value, double low, double high, String what) {
    assertTrue(value >= low && value <= high, what + " " + value + " not in [" + low + ", " + high + "]");
  }
}
