package org.clusterscope.generate.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specifies the sample register: reproducible, large enough, realistic where the indicators need
 * it, consistent with the reference data, and with each deliberate defect exactly where the
 * generator says. Lines are checked by a validator written here from docs/design.md 3.1, not by the
 * generator's own code.
 */
class SampleRegisterGeneratorTest {

  private static final int[] YEARS = {2021, 2022, 2023};
  private static final String HEADER =
      "establishment_id,enterprise_id,region_code,nace,employees,size_band,reference_year,status";
  private static final Set<String> BANDS = Set.of("0-0", "1-2", "3-5", "6-9", "10-19", "20-49", "50-99",
      "100-199", "200-249", "250-499", "500-999", "1000-1999", "2000-4999", "5000-9999", "10000+");
  private static final Map<String, Double> BAND_MIDPOINTS = bandMidpoints();
  private static final Pattern ESTABLISHMENT_ID = Pattern.compile("[A-Z]{2}-E\\d{6}");
  private static final Pattern NUTS_SHAPE = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,3}");
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");

  @TempDir
  static Path sampleDir;
  private static GeneratedSample sample;
  private static Set<String> nutsCodes;
  private static Set<String> naceClasses;

  @BeforeAll
  static void generateOnceAndReadReferenceData() throws IOException {
    sample = SampleRegisterGenerator.generate(sampleDir, SampleRegisterGenerator.DEFAULT_SEED);
    nutsCodes = referenceColumn(Path.of("conf", "reference", "nuts_regions.csv"), "code", null);
    naceClasses = referenceColumn(Path.of("conf", "reference", "nace_rev2.csv"), "code", "class");
  }

  @Test
  void sameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
    SampleRegisterGenerator.generate(first, 42L);
    SampleRegisterGenerator.generate(second, 42L);
    for (int year : YEARS) {
      String name = "register-" + year + ".csv";
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)),
          name + " differs between two runs with seed 42");
    }
  }

  @Test
  void differentSeedWritesADifferentRegister(@TempDir Path other) throws IOException {
    SampleRegisterGenerator.generate(other, 7L);
    assertFalse(Arrays.equals(Files.readAllBytes(other.resolve("register-2021.csv")),
        Files.readAllBytes(sampleDir.resolve("register-2021.csv"))));
  }

  @Test
  void writesOneFileWithTheCanonicalHeaderPerReferenceYear() throws IOException {
    for (int year : YEARS) {
      List<byte[]> lines = lines(year);
      assertEquals(HEADER, new String(lines.get(0), StandardCharsets.UTF_8), "header of " + year);
      assertEquals(lines.size() - 1, sample.file(year).dataLines(), "data lines reported for " + year);
    }
  }

  @Test
  void filesUseLineFeedsByteOrderMarkAndCarriageReturnsAsAnnounced() throws IOException {
    byte[] y2021 = bytes(2021);
    byte[] y2022 = bytes(2022);
    byte[] y2023 = bytes(2023);
    assertFalse(startsWithBom(y2021));
    assertTrue(startsWithBom(y2022), "2022 starts with a UTF-8 byte order mark");
    assertFalse(startsWithBom(y2023));
    assertEquals(0, count(y2021, (byte) '\r'), "2021 has LF line ends only");
    assertEquals(0, count(y2022, (byte) '\r'), "2022 has LF line ends only");
    assertEquals(count(y2023, (byte) '\n'), count(y2023, (byte) '\r'), "every 2023 line ends with CRLF");
    for (byte[] file : List.of(y2021, y2022, y2023)) {
      assertEquals('\n', file[file.length - 1], "the last line is terminated");
    }
  }

  @Test
  void filesStayUnderOneMegabyte() throws IOException {
    for (int year : YEARS) {
      assertTrue(Files.size(sampleDir.resolve("register-" + year + ".csv")) < 1_000_000);
    }
  }

  @Test
  void everyYearHasAtLeast5000DistinctValidEstablishmentsInFiveCountries() throws IOException {
    for (int year : YEARS) {
      List<List<String>> valid = validRecords(year);
      Set<String> ids = new HashSet<>();
      Set<String> countries = new HashSet<>();
      for (List<String> record : valid) {
        ids.add(record.get(0));
        countries.add(record.get(0).substring(0, 2));
      }
      assertTrue(ids.size() >= 5000, year + " has only " + ids.size() + " distinct valid establishments");
      assertEquals(Set.of("CH", "DE", "DK", "FR", "SE"), countries, "countries in " + year);
    }
  }

  @Test
  void establishmentsFormAPanelWithBirthsAndDeaths() throws IOException {
    Set<String> ids2021 = validIds(2021);
    Set<String> ids2022 = validIds(2022);
    Set<String> stayed = new HashSet<>(ids2021);
    stayed.retainAll(ids2022);
    assertTrue(stayed.size() > 0.9 * ids2021.size(), "most 2021 establishments are still there in 2022");
    assertTrue(stayed.size() < ids2021.size(), "some establishments die");
    assertTrue(stayed.size() < ids2022.size(), "some establishments are born");
  }

  @Test
  void everyDefectKindIsInjectedAFewTimes() {
    Map<DefectKind, Integer> byKind = sample.defectsByKind();
    assertEquals(EnumSet.allOf(DefectKind.class), byKind.keySet());
    for (Map.Entry<DefectKind, Integer> entry : byKind.entrySet()) {
      assertTrue(entry.getValue() >= 1 && entry.getValue() <= 3, entry.toString());
    }
    assertTrue(sample.defects().size() >= 20 && sample.defects().size() <= 30, "about 25 defects in total");
  }

  @Test
  void eachRecordedDefectLineFailsForItsKindAndEveryOtherLineIsValid() throws IOException {
    for (int year : YEARS) {
      Map<Integer, DefectKind> expected = new TreeMap<>();
      for (InjectedDefect defect : sample.defects()) {
        if (defect.year() == year) {
          expected.put(defect.line(), defect.kind());
        }
      }
      Map<Integer, DefectKind> found = new TreeMap<>();
      List<byte[]> lines = lines(year);
      Set<String> seenIds = new HashSet<>();
      for (int i = 1; i < lines.size(); i++) {
        DefectKind problem = problemOf(lines.get(i), year, seenIds);
        if (problem != null) {
          found.put(i + 1, problem);
        }
      }
      assertEquals(expected, found, "defective lines (line number = kind) in register-" + year + ".csv");
    }
  }

  @Test
  void everyRegionCodeOfAValidLineIsInTheNutsReference() throws IOException {
    for (int year : YEARS) {
      for (List<String> record : validRecords(year)) {
        assertTrue(nutsCodes.contains(record.get(2)),
            record.get(2) + " (" + record.get(0) + ", " + year + ") is not in nuts_regions.csv");
      }
    }
  }

  @Test
  void everyNaceClassOfAValidLineIsInTheNaceReference() throws IOException {
    for (int year : YEARS) {
      for (List<String> record : validRecords(year)) {
        String nace = naceClass(record.get(3), record.get(0));
        assertTrue(nace != null && naceClasses.contains(nace),
            record.get(3) + " (" + record.get(0) + ", " + year + ") is not a class in nace_rev2.csv");
      }
    }
  }

  @Test
  void validLinesMixTheNotationsThatReadersMustAccept() throws IOException {
    List<byte[]> raw = lines(2021);
    List<List<String>> valid = validRecords(2021);
    int n = valid.size();
    int bandOnly = 0;
    int both = 0;
    int closed = 0;
    int nuts2 = 0;
    int extraRegio = 0;
    int compactNace = 0;
    int frenchSubclass = 0;
    for (List<String> r : valid) {
      bandOnly += r.get(4).isEmpty() ? 1 : 0;
      both += !r.get(4).isEmpty() && !r.get(5).isEmpty() ? 1 : 0;
      closed += r.get(7).equals("closed") ? 1 : 0;
      nuts2 += r.get(2).length() == 4 ? 1 : 0;
      extraRegio += r.get(2).endsWith("ZZZ") ? 1 : 0;
      compactNace += r.get(3).matches("\\d{4}") ? 1 : 0;
      frenchSubclass += r.get(3).matches("\\d\\d\\.\\d\\d[A-Z]") ? 1 : 0;
    }
    assertBetween(0.05, 0.11, bandOnly, n, "lines giving only a size band");
    assertTrue(both > 0, "some lines give employees and a size band");
    assertBetween(0.01, 0.03, closed, n, "closed lines");
    assertBetween(0.015, 0.045, nuts2, n, "lines with a NUTS 2 code");
    assertTrue(extraRegio >= 3, "a few extra-regio lines");
    assertTrue(compactNace > 0 && frenchSubclass > 0, "NACE written as 2932 and 29.32Z too");
    long quotedLines = raw.stream().filter(line -> line.length > 0 && line[0] == '"').count();
    assertTrue(quotedLines > 0, "some establishment ids are quoted");
  }

  @Test
  void establishmentSizesAreHeavyTailed() throws IOException {
    int small = 0;
    int large = 0;
    int veryLarge = 0;
    List<List<String>> valid = validRecords(2021);
    for (List<String> r : valid) {
      double employees = employees(r);
      small += employees < 10 ? 1 : 0;
      large += employees >= 1000 ? 1 : 0;
      veryLarge += employees >= 5000 ? 1 : 0;
    }
    assertTrue(small > valid.size() / 3, "many establishments have 0-9 employees: " + small);
    assertTrue(large >= 10 && large < 100, "a few establishments have 1000+ employees: " + large);
    assertTrue(veryLarge >= 1 && veryLarge <= 3, "one or two plants have 5000+ employees: " + veryLarge);
  }

  @Test
  void sampleClustersAreSpecialisedWhereTheStorySaysSo() throws IOException {
    List<List<String>> valid = validRecords(2021);
    assertTrue(locationQuotient(valid, "DE137", "32.50", "26.60") >= 2, "medical devices in Tuttlingen");
    assertTrue(locationQuotient(valid, "DE11", "29.10", "29.20", "29.31", "29.32") >= 2, "automotive in Stuttgart");
    assertTrue(locationQuotient(valid, "FRF12", "29.10", "29.20", "29.31", "29.32") >= 2, "automotive in Haut-Rhin");
    assertTrue(locationQuotient(valid, "CH031", "21.10", "21.20") >= 2, "pharmaceuticals in Basel-Stadt");
    assertTrue(locationQuotient(valid, "FRK24", "26.11", "26.12") >= 2, "electronics in Isère");
    assertTrue(locationQuotient(valid, "SE110", "62.01", "62.02", "62.09", "63.11") >= 2, "ICT in Stockholm");
  }

  // ---- independent validator (docs/design.md 3.1) ----

  /** The problem of one data line, or null when the line is a valid register record. */
  private static DefectKind problemOf(byte[] bytes, int year, Set<String> seenIds) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return DefectKind.INVALID_UTF8;
    }
    List<String> f = parseCsvLine(text);
    if (f == null) {
      return DefectKind.UNBALANCED_QUOTE;
    }
    if (f.size() != 8) {
      return DefectKind.WRONG_FIELD_COUNT;
    }
    if (!NUTS_SHAPE.matcher(f.get(2)).matches()) {
      return DefectKind.INVALID_NUTS_CODE;
    }
    String nace = naceClass(f.get(3), f.get(0));
    if (nace == null || !naceClasses.contains(nace)) {
      return DefectKind.UNKNOWN_NACE;
    }
    String employees = f.get(4);
    if (!employees.isEmpty() && !INTEGER.matcher(employees).matches()) {
      return DefectKind.NON_NUMERIC_EMPLOYEES;
    }
    if (!employees.isEmpty() && Long.parseLong(employees) < 0) {
      return DefectKind.NEGATIVE_EMPLOYEES;
    }
    if (!f.get(5).isEmpty() && !BANDS.contains(f.get(5))) {
      return DefectKind.UNKNOWN_SIZE_BAND;
    }
    if (employees.isEmpty() && f.get(5).isEmpty()) {
      return DefectKind.MISSING_SIZE;
    }
    if (!f.get(6).equals(Integer.toString(year))) {
      return DefectKind.INVALID_REFERENCE_YEAR;
    }
    if (!f.get(7).equals("active") && !f.get(7).equals("closed")) {
      return DefectKind.INVALID_STATUS;
    }
    if (!seenIds.add(f.get(0))) {
      return DefectKind.DUPLICATE_ESTABLISHMENT_ID;
    }
    assertTrue(ESTABLISHMENT_ID.matcher(f.get(0)).matches(), "establishment id " + f.get(0));
    return null;
  }

  /** RFC 4180 fields of one line, or null when its quoting is broken. */
  private static List<String> parseCsvLine(String line) {
    return SampleFiles.splitQuoted(line, ',');
  }

  /** NACE class as NN.NN from 29.32, 2932 or (French units) 29.32Z; null for anything else. */
  private static String naceClass(String nace, String establishmentId) {
    if (nace.matches("\\d\\d\\.\\d\\d")) {
      return nace;
    }
    if (nace.matches("\\d{4}")) {
      return nace.substring(0, 2) + "." + nace.substring(2);
    }
    if (nace.matches("\\d\\d\\.\\d\\d[A-Z]") && establishmentId.startsWith("FR-")) {
      return nace.substring(0, 5);
    }
    return null;
  }

  // ---- helpers ----

  private static List<List<String>> validRecords(int year) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<byte[]> lines = lines(year);
    Set<String> seenIds = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      if (problemOf(lines.get(i), year, seenIds) == null) {
        records.add(parseCsvLine(new String(lines.get(i), StandardCharsets.UTF_8)));
      }
    }
    return records;
  }

  private static Set<String> validIds(int year) throws IOException {
    Set<String> ids = new HashSet<>();
    for (List<String> record : validRecords(year)) {
      ids.add(record.get(0));
    }
    return ids;
  }

  private static double employees(List<String> record) {
    return record.get(4).isEmpty() ? BAND_MIDPOINTS.get(record.get(5)) : Double.parseDouble(record.get(4));
  }

  /** (E_rs / E_r) / (E_s / E) over active lines at NUTS 3, for a region (or NUTS 2 prefix) and classes. */
  private static double locationQuotient(List<List<String>> records, String region, String... classes) {
    Set<String> sector = Set.of(classes);
    double regionSector = 0;
    double regionTotal = 0;
    double sectorTotal = 0;
    double total = 0;
    for (List<String> r : records) {
      if (!r.get(7).equals("active") || r.get(2).length() != 5 || r.get(2).endsWith("ZZZ")) {
        continue;
      }
      double e = employees(r);
      boolean inSector = sector.contains(naceClass(r.get(3), r.get(0)));
      boolean inRegion = r.get(2).startsWith(region);
      total += e;
      sectorTotal += inSector ? e : 0;
      regionTotal += inRegion ? e : 0;
      regionSector += inSector && inRegion ? e : 0;
    }
    return (regionSector / regionTotal) / (sectorTotal / total);
  }

  private static Map<String, Double> bandMidpoints() {
    Map<String, Double> midpoints = new HashMap<>();
    for (String band : BANDS) {
      if (band.endsWith("+")) {
        midpoints.put(band, Double.parseDouble(band.substring(0, band.length() - 1)));
      } else {
        String[] bounds = band.split("-");
        midpoints.put(band, (Double.parseDouble(bounds[0]) + Double.parseDouble(bounds[1])) / 2);
      }
    }
    return midpoints;
  }

  private static Set<String> referenceColumn(Path file, String column, String level) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = parseCsvLine(lines.get(0));
    int codeAt = header.indexOf(column);
    int levelAt = header.indexOf("level");
    Set<String> values = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = parseCsvLine(line);
      if (level == null || fields.get(levelAt).equals(level)) {
        values.add(fields.get(codeAt));
      }
    }
    return values;
  }

  private static byte[] bytes(int year) throws IOException {
    return Files.readAllBytes(sampleDir.resolve("register-" + year + ".csv"));
  }

  /** The file's lines as raw bytes, without BOM and without LF / CRLF terminators. */
  private static List<byte[]> lines(int year) throws IOException {
    byte[] all = bytes(year);
    int start = startsWithBom(all) ? 3 : 0;
    List<byte[]> lines = new ArrayList<>();
    for (int i = start; i < all.length; i++) {
      if (all[i] == '\n') {
        int end = i > start && all[i - 1] == '\r' ? i - 1 : i;
        lines.add(Arrays.copyOfRange(all, start, end));
        start = i + 1;
      }
    }
    if (start < all.length) {
      lines.add(Arrays.copyOfRange(all, start, all.length));
    }
    return lines;
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  private static int count(byte[] bytes, byte value) {
    int n = 0;
    for (byte b : bytes) {
      n += b == value ? 1 : 0;
    }
    return n;
  }

  private static void assertBetween(double low, double high, int count, int total, String what) {
    double share = (double) count / total;
    assertTrue(share >= low && share <= high,
        what + ": " + count + " of " + total + " (" + share + "), expected between " + low + " and " + high);
  }
}
