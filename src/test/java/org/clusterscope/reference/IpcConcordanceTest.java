package org.clusterscope.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IPC concordances on the official tables in {@code ../shared/reference/}: the cases of
 * their NOTES, {@code classify()} against {@code map()} on every pattern of both files, and the
 * checks of user files.
 */
@ExtendWith(SparkTestExtension.class)
class IpcConcordanceTest {
  private static final Path OFFICIAL = Path.of(System.getProperty("user.dir")).resolve("../shared/reference").normalize();
  private static final String TECH_KEY = "clusterscope.reference.ipc-technology";
  private static final String NACE_KEY = "clusterscope.reference.ipc-nace2";
  private static IpcConcordance official;

  private final TestSpark spark;
  @TempDir
  Path dir;

  IpcConcordanceTest(TestSpark spark) {
    this.spark = spark;
  }

  /**
   * The official tables, which the product does not bundle: they are read from ../shared/reference
   * beside the clone, and the tests that need them are skipped, saying so, where it is absent.
   */
  private static synchronized IpcConcordance concordance() {
    Assumptions.assumeTrue(java.nio.file.Files.isDirectory(OFFICIAL),
        "the official concordances are expected in " + OFFICIAL + " (../shared/reference beside the clone)");
    if (official == null) {
      official = IpcConcordance.load(TECH_KEY, OFFICIAL.resolve("ipc_technology.csv"), NACE_KEY, OFFICIAL.resolve("ipc_nace2.csv"));
    }
    return official;
  }

  // ---- codes ------------------------------------------------------------------------------------

  @Test
  void normalisationTrimsUpperCasesAndSinglesSpacesInJavaAndSpark() {
    Map<String, String> cases = new TreeMap<>(Map.of(
        "A61K  31/00", "A61K 31/00", "a61k31/00", "A61K 31/00", " G06F 17/30 ", "G06F 17/30",
        "H01L", "H01L", "\th04n\t 21/4402 ", "H04N 21/4402", "", ""));
    List<Row> raw = new ArrayList<>(cases.keySet().stream().map(c -> RowFactory.create(c)).toList());
    raw.add(RowFactory.create((Object) null));
    Dataset<Row> codes = spark.spark().createDataFrame(raw, new StructType().add("raw", DataTypes.StringType));
    for (Row row : codes.select(codes.col("raw"), IpcConcordance.normalise(codes.col("raw"))).collectAsList()) {
      String input = row.getString(0);
      assertEquals(input == null ? null : cases.get(input), row.getString(1), "Spark, '" + input + "'");
      assertEquals(input == null ? null : cases.get(input), IpcConcordance.normalise(input), "Java, '" + input + "'");
    }
  }

  @Test
  void onlySubclassesWithAnOptionalGroupAreWellFormed() {
    List<String> good = List.of("A61K", "A61K 31/00", "H04N 21/4402", "G06F 1234/123456");
    List<String> bad = Arrays.asList("A61", "A61K 31", "A61K 31/", "I01K 1/00", "A61K 12345/00",
        "A61K 1/1234567", "A61K31/00", "a61k 31/00", "A61K  31/00", " A61K", "A61K 8/*", "", null);
    List<Row> rows = Stream.concat(good.stream(), bad.stream()).map(c -> RowFactory.create(c)).toList();
    Dataset<Row> codes = spark.spark().createDataFrame(rows, new StructType().add("ipc", DataTypes.StringType));
    for (Row row : codes.select(codes.col("ipc"), IpcConcordance.isWellFormed(codes.col("ipc"))).collectAsList()) {
      boolean expected = row.getString(0) != null && good.contains(row.getString(0));
      assertEquals(expected, row.getBoolean(1), "Spark, '" + row.getString(0) + "'");
      assertEquals(expected, IpcConcordance.isWellFormed(row.getString(0)), "Java, '" + row.getString(0) + "'");
    }
  }

  // ---- technology fields ------------------------------------------------------------------------

  @Test
  void technologyFieldsFollowTheMostSpecificRowAndItsExceptions() {
    Map<String, Integer> expected = new TreeMap<>();
    expected.put("A61B 5/00", 13);
    expected.put("G01N 33/48", 11);   // G01N 33/* is excepted from the G01N row
    expected.put("G01N 21/00", 10);
    expected.put("A61K 8/02", 14);
    expected.put("A61K 31/00", 16);
    expected.put("H04N 1/00", 3);
    expected.put("H04N 21/00", 4);
    expected.put("H04N 5/00", 2);
    expected.put("H10K 50/00", 8);    // class-level H10*
    expected.put("B01D 46/00", 24);
    expected.put("B01D 53/00", 24);
    expected.put("B01D 1/00", 23);
    expected.put("A99X 1/00", null);  // no such subclass
    expected.put("B29K 1/00", 29);    // co-IPC codes keep their technology field
    expected.forEach((code, field) -> assertEquals(field, fieldOf(code), code));
    assertEquals("Medical technology", concordance().fieldLabels().get(13));
    assertEquals("Instruments", concordance().fieldSectors().get(13));
    assertEquals(35, concordance().fieldLabels().size());
  }

  private static Integer fieldOf(String code) {
    return concordance().map(List.of(code)).techField().get(code);
  }

  // ---- NACE divisions ---------------------------------------------------------------------------

  @Test
  void chemicalCodesGiveNoDivisionNextToPharmaceuticals() {
    assertEquals(Map.of("C07C 1/00", Set.of(), "A61K 31/00", Set.of("21")), divisions("C07C 1/00", "A61K 31/00"));
    assertEquals(Map.of("C07C 1/00", Set.of("20")), divisions("C07C 1/00"));
  }

  @Test
  void aCosmeticsCodeLiftsTheExclusionEvenBesideOtherPharmaceuticals() {
    assertEquals(Map.of("C07C 1/00", Set.of("20"), "A61K 8/02", Set.of("20")), divisions("C07C 1/00", "A61K 8/02"));
    assertEquals(Map.of("C07C 1/00", Set.of("20"), "A61K 31/00", Set.of("21"), "A61K 8/02", Set.of("20")),
        divisions("C07C 1/00", "A61K 31/00", "A61K 8/02"));
  }

  @Test
  void aMainGroupRowBeatsItsSubclassRow() {
    assertEquals(Set.of("30"), divisions("B65F 3/02").get("B65F 3/02"));
    assertEquals(Set.of("28"), divisions("B65F 1/00").get("B65F 1/00"));
    assertEquals(Set.of("28"), divisions("B65F").get("B65F"));
    assertEquals(Set.of("21"), divisions("A61K").get("A61K"));
    assertEquals(Set.of("20"), divisions("A61K 8/02").get("A61K 8/02"));
  }

  @Test
  void foodCodesMapOnlyInTheOldMainGroupsAndCoIpcCodesNowhere() {
    assertEquals(Set.of("10"), divisions("A23L 1/30").get("A23L 1/30"));
    assertEquals(Set.of("11"), divisions("A23L 2/00").get("A23L 2/00"));
    assertEquals(Set.of(), divisions("A23L 33/105").get("A23L 33/105"));  // known gap of the source
    assertEquals(Set.of(), divisions("A23L").get("A23L"));
    assertEquals(Map.of("B29K 1/00", Set.of(), "B29C 45/00", Set.of("22")), divisions("B29K 1/00", "B29C 45/00"));
    assertEquals(Set.of(), divisions("H99Z 99/00").get("H99Z 99/00"));
    assertEquals(26, concordance().divisionLabels().size());
    assertEquals("Manufacture of Beverages", concordance().divisionLabels().get("11"));
  }

  private static Map<String, Set<String>> divisions(String... codesOfOneApplication) {
    return Map.copyOf(concordance().map(List.of(codesOfOneApplication)).naceDivisions());
  }

  // ---- classify() on Spark against map() --------------------------------------------------------

  /** Applications of every case above, and two that must not see each other's codes. */
  private static final List<List<String>> CASES = List.of(
      List.of("A61B 5/00", "G01N 33/48", "G01N 21/00"), List.of("A61K 8/02"), List.of("A61K 31/00", "H04N 1/00"),
      List.of("H04N 21/00", "H04N 5/00", "H10K 50/00"), List.of("B01D 46/00", "B01D 53/00", "B01D 1/00"),
      List.of("A99X 1/00"), List.of("C07C 1/00", "A61K 31/00"), List.of("C07C 1/00", "A61K 8/02"),
      List.of("C07C 1/00", "A61K 31/00", "A61K 8/02"), List.of("C07C 1/00"), List.of("B65F 3/02"),
      List.of("B65F 1/00", "B65F"), List.of("A61K"), List.of("A23L 1/30", "A23L 33/105", "A23L"),
      List.of("B29K 1/00", "B29C 45/00"), List.of("C12M 1/00", "A61K 9/00"), List.of("C12M 3/00"));

  @Test
  void classifyAgreesWithMapOnEveryCaseOfTheNotes() {
    Dataset<Row> classified = concordance().classify(codes(CASES));
    assertEquals(List.of("appln_id", "ipc", "source", "tech_field", "tech_field_label", "tech_sector",
        "nace_divisions"), List.of(classified.columns()));
    assertEquals(DataTypes.IntegerType, classified.schema().apply("tech_field").dataType());
    assertEquals(DataTypes.createArrayType(DataTypes.StringType), classified.schema().apply("nace_divisions").dataType());
    assertSameAsMap(concordance(), CASES, classified);
  }

  @Test
  void classifyAgreesWithMapOnEveryPatternOfTheOfficialFiles() throws IOException {
    concordance(); // skips the test where the official tables are absent
    List<String> codes = new ArrayList<>();
    for (String file : List.of("ipc_technology.csv", "ipc_nace2.csv")) {
      for (String line : Files.readAllLines(OFFICIAL.resolve(file))) {
        for (String cell : line.split(",")) {
          IpcPattern.parse(cell.trim()).ifPresent(p -> codes.addAll(codesUnder(p)));
        }
      }
    }
    List<String> shuffled = new ArrayList<>(new TreeSet<>(codes));
    Collections.shuffle(shuffled, new Random(42));
    List<List<String>> applications = new ArrayList<>();
    for (int start = 0, size = 1; start < shuffled.size(); start += size, size = size % 4 + 1) {
      applications.add(shuffled.subList(start, Math.min(start + size, shuffled.size())));
    }
    assertTrue(shuffled.size() > 1300, "codes: " + shuffled.size());
    assertSameAsMap(concordance(), applications, concordance().classify(codes(applications)));
  }

  /** A61K gives A61K and A61K 99/00, A61K 8/* gives A61K 8/01, H10* gives H10Z 1/00. */
  private static List<String> codesUnder(IpcPattern pattern) {
    return switch (pattern.level()) {
      case CLASS -> List.of(pattern.prefix() + "Z 1/00");
      case SUBCLASS -> List.of(pattern.text(), pattern.text() + " 99/00");
      case GROUP -> List.of(pattern.prefix() + "01");
    };
  }

  // ---- rules that the official files do not exercise --------------------------------------------

  @Test
  void anExceptedCodeFallsToALessSpecificRowAndAFailedConditionToNone() throws IOException {
    Path tech = write("tech.csv", "tech_field,tech_field_label,tech_sector,ipc,except",
        "8,Semiconductors,Electrical engineering,H10*,", "99,Organic devices,Test,H10K,H10K 50/*");
    Path nace = write("nace.csv", "nace_division,nace_label,ipc,not_with,unless_with",
        "19,Coke,C07C,,", "20,Chemicals,C07C 1/*,A61K;B29K,", "21,Pharmaceuticals,A61K,,");
    IpcConcordance custom = IpcConcordance.load(TECH_KEY, tech, NACE_KEY, nace);
    Map<String, Integer> fields = custom.map(List.of("H10K 50/00", "H10K 1/00", "H10B 1/00")).techField();
    assertEquals(Map.of("H10K 50/00", 8, "H10K 1/00", 99, "H10B 1/00", 8), fields);
    assertEquals(Map.of("C07C 1/00", Set.of(), "A61K 31/00", Set.of("21")),
        Map.copyOf(custom.map(List.of("C07C 1/00", "A61K 31/00")).naceDivisions()));
    // a co-IPC code counts for no condition
    assertEquals(Set.of("20"), custom.map(List.of("C07C 1/00", "B29K 1/00")).naceDivisions().get("C07C 1/00"));
    List<List<String>> applications = List.of(List.of("H10K 50/00", "H10K 1/00", "H10B 1/00"),
        List.of("C07C 1/00", "A61K 31/00"), List.of("C07C 1/00", "B29K 1/00"), List.of("C07C 2/00"));
    assertSameAsMap(custom, applications, custom.classify(codes(applications)));
  }

  /** One row per code, application ids "app1", "app2", ..., and an extra column that must be kept. */
  private Dataset<Row> codes(List<List<String>> applications) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < applications.size(); i++) {
      for (String code : applications.get(i)) {
        rows.add(RowFactory.create("app" + (i + 1), code, "fixture"));
      }
    }
    return spark.spark().createDataFrame(rows, new StructType().add("appln_id", DataTypes.StringType)
        .add("ipc", DataTypes.StringType).add("source", DataTypes.StringType));
  }

  /** Every row of {@code classified} against {@code map()} of its application; lists each difference. */
  private static void assertSameAsMap(IpcConcordance concordance, List<List<String>> applications,
      Dataset<Row> classified) {
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < applications.size(); i++) {
      IpcConcordance.Mapping mapping = concordance.map(applications.get(i));
      for (String code : applications.get(i)) {
        Integer field = mapping.techField().get(code);
        String label = field == null ? null : concordance.fieldLabels().get(field);
        String sector = field == null ? null : concordance.fieldSectors().get(field);
        expected.put("app" + (i + 1) + " " + code, field + " | " + label + " | " + sector + " | "
            + mapping.naceDivisions().get(code));
      }
    }
    Map<String, String> actual = new TreeMap<>();
    for (Row row : classified.collectAsList()) {
      String previous = actual.put(row.getAs("appln_id") + " " + row.getAs("ipc"), row.getAs("tech_field") + " | "
          + row.getAs("tech_field_label") + " | " + row.getAs("tech_sector") + " | " + row.getList(row.fieldIndex("nace_divisions")));
      assertNull(previous, "classify() repeated a row of " + row.getAs("appln_id") + " " + row.getAs("ipc"));
    }
    List<String> differences = new ArrayList<>();
    expected.forEach((key, value) -> {
      if (!value.equals(actual.get(key))) {
        differences.add(key + ": map() " + value + ", classify() " + actual.get(key));
      }
    });
    assertEquals(List.of(), differences);
    assertEquals(expected.keySet(), actual.keySet());
    assertTrue(expected.values().stream().anyMatch(v -> v.endsWith("[]")), "some code has no division");
    assertTrue(expected.values().stream().anyMatch(v -> !v.endsWith("[]")), "some code has a division");
  }

  @Test
  void theConcordanceTravelsToExecutorsBySerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(concordance());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      IpcConcordance copy = (IpcConcordance) in.readObject();
      List<String> application = List.of("C07C 1/00", "A61K 31/00", "A61K 8/02");
      assertEquals(concordance().map(application), copy.map(application));
    }
  }

  // ---- checks of user files ---------------------------------------------------------------------

  private static final String TECH_HEADER = "tech_field,tech_field_label,tech_sector,ipc,except";
  private static final String NACE_HEADER = "nace_division,nace_label,ipc,not_with,unless_with";

  @Test
  void aMissingColumnIsNamed() throws IOException {
    String message = loadError(List.of("tech_field,tech_field_label,tech_sector,ipc", "13,Medical technology,Instruments,A61B"),
        List.of(NACE_HEADER, "21,Pharmaceuticals,A61K,,"));
    assertContains(message, "tech.csv, line 1", "lacks column 'except'");
  }

  @Test
  void aMalformedPatternIsNamedWithFileLineAndValue() throws IOException {
    List<String> tech = List.of(TECH_HEADER, "13,Medical technology,Instruments,A61B,");
    assertContains(loadError(List.of(TECH_HEADER, "13,Medical technology,Instruments,A61B,", "14,Organic,Chemistry,A61K8/*,"),
        List.of(NACE_HEADER, "21,Pharmaceuticals,A61K,,")), "tech.csv, line 3", "ipc 'A61K8/*'");
    assertContains(loadError(tech, List.of(NACE_HEADER, "21,Pharmaceuticals,A61K 8,,")), "nace.csv, line 2", "ipc 'A61K 8'");
    assertContains(loadError(tech, List.of(NACE_HEADER, "20,Chemicals,C07C,A61K,A61K 8/")),
        "nace.csv, line 2", "unless_with 'A61K 8/'");
    assertContains(loadError(List.of(TECH_HEADER, "16,Pharmaceuticals,Chemistry,A61K,A61B 8/*"),
        List.of(NACE_HEADER, "21,Pharmaceuticals,A61K,,")), "tech.csv, line 2", "except 'A61B 8/*'", "inside ipc 'A61K'");
  }

  @Test
  void fieldNumbersDivisionsAndConditionsAreChecked() throws IOException {
    List<String> nace = List.of(NACE_HEADER, "21,Pharmaceuticals,A61K,,");
    for (String field : List.of("0", "100", "x", "1.5")) {
      assertContains(loadError(List.of(TECH_HEADER, field + ",Medical technology,Instruments,A61B,"), nace),
          "tech.csv, line 2", "tech_field '" + field + "'");
    }
    List<String> tech = List.of(TECH_HEADER, "13,Medical technology,Instruments,A61B,");
    assertContains(loadError(tech, List.of(NACE_HEADER, "2,Chemicals,C07C,,")), "nace.csv, line 2", "nace_division '2'");
    assertContains(loadError(tech, List.of(NACE_HEADER, "20,Chemicals,C07C,,A61K 8/*")), "nace.csv, line 2",
        "unless_with 'A61K 8/*' is given without not_with");
    assertContains(loadError(tech, List.of(NACE_HEADER, "22,Plastics,B29K,,")), "nace.csv, line 2", "'B29K' is a co-IPC");
  }

  @Test
  void aDuplicateRowNamesBothLines() throws IOException {
    List<String> tech = List.of(TECH_HEADER, "13,Medical technology,Instruments,A61B,");
    assertContains(loadError(tech, List.of(NACE_HEADER, "20,Chemicals,C07C,,", "20,Chemicals,C07B,,", "20,Chemicals,C07C,A61K,")),
        "nace.csv, line 4", "division 20 and ipc 'C07C' are already listed on line 2");
    assertContains(loadError(List.of(TECH_HEADER, "13,Medical technology,Instruments,A61B,", "32,Transport,Mechanical engineering,A61B,"),
        List.of(NACE_HEADER, "21,Pharmaceuticals,A61K,,")), "tech.csv, line 3", "ipc 'A61B' is already listed on line 2");
  }

  @Test
  void aMissingFileNamesItsConfigurationKey() {
    ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> IpcConcordance.load(
        TECH_KEY, dir.resolve("absent.csv"), NACE_KEY, OFFICIAL.resolve("ipc_nace2.csv")));
    assertContains(e.getMessage(), "absent.csv", TECH_KEY);
  }

  private String loadError(List<String> techLines, List<String> naceLines) throws IOException {
    Path tech = write("tech.csv", techLines.toArray(String[]::new));
    Path nace = write("nace.csv", naceLines.toArray(String[]::new));
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> IpcConcordance.load(TECH_KEY, tech, NACE_KEY, nace));
    assertEquals(ExitCode.USAGE, e.exitCode());
    return e.getMessage();
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private static void assertContains(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), () -> "'" + part + "' not in: " + message);
    }
    assertFalse(message.isBlank());
  }
}
