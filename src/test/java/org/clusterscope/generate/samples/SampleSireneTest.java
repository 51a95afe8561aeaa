package org.clusterscope.generate.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SIRENE sample: INSEE's StockEtablissement layout, valid identifiers, size bands and communes
 * on every line except the planted defects, which a validator written here from the reader
 * contract finds exactly where DEFECTS.csv says.
 */
class SampleSireneTest {

  private static final String STOCK = "sirene/StockEtablissement_2024.csv";
  private static final Set<String> BANDS = Set.of("NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32",
      "41", "42", "51", "52", "53");
  private static final Map<String, String> NUTS3_OF_DEPARTEMENT = Map.ofEntries(Map.entry("75", "FR101"),
      Map.entry("77", "FR102"), Map.entry("78", "FR103"), Map.entry("91", "FR104"), Map.entry("92", "FR105"),
      Map.entry("93", "FR106"), Map.entry("94", "FR107"), Map.entry("95", "FR108"), Map.entry("67", "FRF11"),
      Map.entry("68", "FRF12"), Map.entry("01", "FRK21"), Map.entry("07", "FRK22"), Map.entry("26", "FRK23"),
      Map.entry("38", "FRK24"), Map.entry("42", "FRK25"), Map.entry("69", "FRK26"), Map.entry("73", "FRK27"),
      Map.entry("74", "FRK28"));

  private static List<String> header;
  private static Map<String, String> nuts3OfCommune;
  private static Set<String> naceClasses;
  private static final List<List<String>> valid = new ArrayList<>();
  private static final Map<Integer, String> found = new TreeMap<>();

  @BeforeAll
  static void validateEveryLine() throws IOException {
    naceClasses = SampleFiles.naceCodes("class");
    nuts3OfCommune = new HashMap<>();
    List<byte[]> correspondence = SampleFiles.rawLines("sirene/commune_nuts3.csv");
    assertEquals("LAU CODE,NUTS 3 CODE,LAU NAME NATIONAL", new String(correspondence.get(0), StandardCharsets.UTF_8));
    for (byte[] line : correspondence.subList(1, correspondence.size())) {
      List<String> fields = SampleFiles.splitQuoted(SampleFiles.utf8(line), ',');
      nuts3OfCommune.put(fields.get(0), fields.get(1));
    }
    List<byte[]> lines = SampleFiles.rawLines(STOCK);
    header = List.of(new String(lines.get(0), StandardCharsets.UTF_8).split(","));
    Set<String> sirets = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String problem = problemOf(lines.get(i), sirets);
      if (problem != null) {
        found.put(i + 1, problem);
      } else {
        valid.add(SampleFiles.splitQuoted(SampleFiles.utf8(lines.get(i)), ','));
      }
    }
  }

  @Test
  void headerHasTheInseeColumnsInTheirOrderEndingWithTheNewNaf25Column() {
    assertEquals(54, header.size());
    assertEquals(List.of("siren", "nic", "siret", "statutDiffusionEtablissement"), header.subList(0, 4));
    assertEquals("codeCommuneEtablissement", header.get(22));
    assertEquals("etatAdministratifEtablissement", header.get(45));
    assertEquals("activitePrincipaleNAF25Etablissement", header.get(53));
  }

  @Test
  void plantedDefectsAreExactlyTheLinesTheValidatorRejects() throws IOException {
    assertEquals(SampleFiles.defects(STOCK), found);
  }

  @Test
  void siretIsSirenPlusNicAndBothPassTheLuhnCheck() {
    for (List<String> row : valid) {
      String siren = row.get(0);
      assertTrue(siren.matches("\\d{9}") && row.get(1).matches("\\d{5}"), siren);
      assertEquals(siren + row.get(1), row.get(2));
      assertTrue(luhn(siren) && luhn(row.get(2)), row.get(2));
    }
  }

  @Test
  void aboutTwoThousandEstablishmentsWithNonEmployersAndClosedOnesInRealisticShares() {
    assertEquals(1915, valid.size(), "valid lines (README)");
    long nonEmployers = valid.stream().filter(r -> col(r, "trancheEffectifsEtablissement").equals("NN")).count();
    long closed = valid.stream().filter(r -> col(r, "etatAdministratifEtablissement").equals("F")).count();
    assertEquals(118, nonEmployers, "non-employers (README)");
    assertEquals(46, closed, "closed (README)");
    SampleFiles.assertShare(0.05, 0.10, nonEmployers, valid.size(), "non-employer units (NN)");
    SampleFiles.assertShare(0.01, 0.04, closed, valid.size(), "closed establishments (F)");
    for (List<String> row : valid) {
      boolean employer = !col(row, "trancheEffectifsEtablissement").equals("NN");
      assertEquals(employer ? "2024" : "", col(row, "anneeEffectifsEtablissement"), row.get(2));
      assertEquals(employer ? "O" : "N", col(row, "caractereEmployeurEtablissement"), row.get(2));
    }
  }

  @Test
  void someAddressesNeedQuotesBecauseTheyHoldCommas() throws IOException {
    long quoted = SampleFiles.rawLines(STOCK).stream().filter(line -> new String(line, StandardCharsets.UTF_8)
        .contains(",\"")).count();
    assertTrue(quoted > 10, "lines with a quoted field: " + quoted);
  }

  @Test
  void everyCommuneLiesInTheDepartementOfItsNuts3RegionAndHasAnUpperCaseName() {
    for (Map.Entry<String, String> commune : nuts3OfCommune.entrySet()) {
      assertEquals(NUTS3_OF_DEPARTEMENT.get(commune.getKey().substring(0, 2)), commune.getValue(),
          commune.getKey());
    }
    Set<String> communes = new HashSet<>();
    for (List<String> row : valid) {
      communes.add(col(row, "codeCommuneEtablissement"));
      String name = col(row, "libelleCommuneEtablissement");
      assertEquals(name.toUpperCase(java.util.Locale.ROOT), name);
    }
    assertTrue(communes.size() > 80, "communes used: " + communes.size());
    assertTrue(communes.contains("42218") && communes.contains("68224") && communes.contains("69123"));
  }

  @Test
  void hautRhinKeepsItsAutomotiveCluster() {
    long automotive = valid.stream().filter(r -> nuts3OfCommune.get(col(r, "codeCommuneEtablissement"))
        .equals("FRF12") && col(r, "activitePrincipaleEtablissement").startsWith("29.")).count();
    assertTrue(automotive >= 30, "automotive establishments in Haut-Rhin: " + automotive);
  }

  /** The reason the reader should quarantine a line for, or null when the line is valid. */
  private static String problemOf(byte[] bytes, Set<String> sirets) {
    String text = SampleFiles.utf8(bytes);
    if (text == null) {
      return "invalid_encoding";
    }
    List<String> f = SampleFiles.splitQuoted(text, ',');
    if (f == null) {
      return "malformed_line";
    }
    if (f.size() != header.size()) {
      return "wrong_field_count";
    }
    if (!col(f, "nomenclatureActivitePrincipaleEtablissement").equals("NAFRev2")) {
      return "wrong_nomenclature";
    }
    String activity = col(f, "activitePrincipaleEtablissement");
    if (!activity.matches("\\d\\d\\.\\d\\d[A-Z]") || !naceClasses.contains(activity.substring(0, 5))) {
      return "invalid_nace";
    }
    String commune = col(f, "codeCommuneEtablissement");
    if (commune.isEmpty()) {
      return "missing_value";
    }
    if (!nuts3OfCommune.containsKey(commune)) {
      return "unknown_commune";
    }
    if (!BANDS.contains(col(f, "trancheEffectifsEtablissement"))) {
      return "invalid_size_band";
    }
    String state = col(f, "etatAdministratifEtablissement");
    if (!state.equals("A") && !state.equals("F")) {
      return "invalid_status";
    }
    String year = col(f, "anneeEffectifsEtablissement");
    if (!year.isEmpty() && (!year.matches("\\d{4}") || Integer.parseInt(year) > 2024)) {
      return "invalid_year";
    }
    if (!sirets.add(f.get(2))) {
      return "duplicate_id";
    }
    return null;
  }

  private static String col(List<String> row, String column) {
    return row.get(header.indexOf(column));
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
