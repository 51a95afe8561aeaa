package org.clusterscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.Location;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers on damaged or unusual files, one physical record per row: quoted line breaks in every
 * CSV format, stray quotes, byte-order marks inside a file, repeated header columns, gzip and
 * corrupt Parquet deliveries.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class RecordReadersTest {
  private static final String REGISTER = "establishment_id,enterprise_id,region_code,nace,employees,size_band,reference_year,status";
  private static final String SIRENE = "siren,nic,siret,trancheEffectifsEtablissement,anneeEffectifsEtablissement,"
      + "codeCommuneEtablissement,libelleCommuneEtablissement,etatAdministratifEtablissement,"
      + "activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement";

  private final TestSpark spark;
  @TempDir Path dir;

  RecordReadersTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void aByteOrderMarkInsideAFileIsNotPartOfTheFirstField() throws IOException {
    // Two exports concatenated: the second one's byte-order mark starts line 3 (its header).
    Path file = write("register/r.csv", REGISTER + "\nV1,939654320,DK011,10.11,5,,2023,active\n"
        + "\uFEFF" + REGISTER + "\n\uFEFFV2,939654321,DK011,10.11,5,,2023,active\n");
    Row v2 = read(source(SourceFormat.REGISTER_CSV, file), Part.RECORDS).get(2);
    assertEquals("V2", v2.getAs("establishment_id"));
    assertEquals("939654321", v2.getAs("enterprise_id"));
    assertEquals("V2,939654321,DK011,10.11,5,,2023,active", v2.getAs("raw_record"));
  }

  @Test
  void aColumnReadTwiceQuarantinesEveryRecordOfTheFileNamingTheColumn() throws IOException {
    Path file = write("sirene/s.csv", SIRENE + ",trancheEffectifsEtablissement\n"
        + "552100554,00013,55210055400013,12,2024,68224,MULHOUSE,A,29.10Z,NAFRev2,03\n"
        + "552100555,00013,55210055500013,12,2024,68224,MULHOUSE,A,29.10Z,NAFRev2,12\n");
    List<Row> rows = read(source(SourceFormat.SIRENE, file), Part.RECORDS);
    assertEquals(2, rows.size());
    for (Row row : rows) {
      assertEquals("duplicate_column", row.getAs("reason_code"));
      assertTrue(row.<String>getAs("reason_detail").contains("trancheEffectifsEtablissement (columns 4 and 11)"),
          row.<String>getAs("reason_detail"));
      assertNull(row.getAs("size_band"));
    }
  }

  @Test
  void aQuotedLineBreakInSireneKeepsTheRecordWhole() throws IOException {
    Path file = write("sirene/s.csv", SIRENE + "\n"
        + "552100554,00013,55210055400013,12,2024,68224,\"MULHOUSE\nCEDEX 1\",A,29.10Z,NAFRev2\n"
        + "552100555,00013,55210055500013,03,2024,68224,MULHOUSE,A,47.11F,NAFRev2\n");
    List<Row> rows = read(source(SourceFormat.SIRENE, file), Part.RECORDS);
    assertEquals(List.of(2L, 4L), rows.stream().map(r -> r.<Long>getAs("line_number")).toList());
    assertEquals(List.of("55210055400013", "55210055500013"), rows.stream().map(r -> r.<String>getAs("establishment_id")).toList());
    assertEquals("12", rows.get(0).getAs("size_band"));
    assertEquals("29.10Z", rows.get(0).getAs("nace"));
    rows.forEach(r -> assertNull(r.getAs("reason_code"), r.toString()));
  }

  @Test
  void aQuotedLineBreakInARegisterFileKeepsTheRecordWhole() throws IOException {
    Path file = write("register/r.csv", REGISTER + ",comment\n"
        + "V1,V1,DK011,10.11,5,,2023,active,\"first line\r\nsecond line\"\n"
        + "V2,V2,DK011,10.11,5,,2023,active,\n");
    List<Row> rows = read(source(SourceFormat.REGISTER_CSV, file), Part.RECORDS);
    assertEquals(List.of("V1", "V2"), rows.stream().map(r -> r.<String>getAs("establishment_id")).toList());
    rows.forEach(r -> assertNull(r.getAs("reason_code"), r.toString()));
  }

  @Test
  void twoStrayQuotesSixLinesApartCostTwoRecordsAndEveryLineIsCounted() throws IOException {
    List<String> lines = new ArrayList<>(List.of("id;acronym;startDate;frameworkProgramme;objective"));
    IntStream.rangeClosed(2, 20).forEach(n -> lines.add("\"1010000" + n + "\";\"" + (n == 5 || n == 11 ? "AC\"ME" : "ACME")
        + "\";\"2021-03-01\";\"HORIZON\";\"text\""));
    Path file = write("cordis/project.csv", String.join("\n", lines) + "\n");
    SourceSettings cordis = new SourceSettings("cordis", SourceFormat.CORDIS,
        Map.of(Part.PROJECTS, List.of(new Location(file.toString())), Part.ORGANIZATIONS, List.of()), Map.of());
    Map<Long, String> reasons = reasons(read(cordis, Part.PROJECTS));
    assertEquals(19, reasons.size());
    Map<Long, String> expected = new TreeMap<>();
    IntStream.rangeClosed(2, 20).forEach(n -> expected.put((long) n, n == 5 || n == 11 ? "malformed_line" : "-"));
    assertEquals(expected, reasons);
    Row line5 = read(cordis, Part.PROJECTS).get(3);
    assertTrue(line5.<String>getAs("reason_detail").startsWith("the record is not valid CSV"),
        line5.<String>getAs("reason_detail"));
    assertEquals(lines.get(4), line5.getAs("raw_record"));
  }

  @Test
  void aQuotedFieldLongerThanTheConfiguredBoundCostsItsFirstLineAndTheOthersAreReadAgain() throws IOException {
    Path file = write("cordis/project.csv", "id;acronym;startDate;frameworkProgramme;objective\n"
        + "\"1\";\"A\";\"2021-03-01\";\"H\";\"one\ntwo\nthree\"\n"
        + "\"2\";\"B\";\"2021-03-01\";\"H\";\"x\"\n");
    SourceSettings cordis = new SourceSettings("cordis", SourceFormat.CORDIS,
        Map.of(Part.PROJECTS, List.of(new Location(file.toString())), Part.ORGANIZATIONS, List.of()), Map.of());
    assertEquals(Map.of(2L, "-", 5L, "-"), reasons(read(cordis, Part.PROJECTS)));
    List<Row> bounded = IngestFormat.of(cordis.format()).read(spark.spark(), new IngestSettings(2, 1000), cordis, Part.PROJECTS).collectAsList();
    // Within two lines the field of line 2 does not close; lines 3 to 5 are read again on their own.
    assertEquals(Map.of(2L, "malformed_line", 3L, "wrong_field_count", 4L, "malformed_line", 5L, "-"), reasons(bounded));
    String detail = bounded.stream().filter(r -> r.<Long>getAs("line_number") == 2L).findFirst().orElseThrow()
        .getAs("reason_detail");
    assertTrue(detail.contains("not closed within 2 lines") && detail.contains("clusterscope.ingest.max-record-lines"),
        detail);
  }

  @Test
  void gzipFilesAreReadWithOrWithoutQuotedLineBreaks() throws IOException {
    Files.createDirectories(dir.resolve("register"));
    Files.write(dir.resolve("register/a.csv.gz"), InputFilesTest.gzip(REGISTER + "\nA1,A1,DK011,10.11,5,,2023,active\n"));
    Files.write(dir.resolve("register/b.csv.gz"), InputFilesTest.gzip(REGISTER + ",comment\n"
        + "B1,B1,DK011,10.11,5,,2023,active,\"x\ny\"\nB2,B2,DK011,10.11,5,,2023,active,\n"));
    List<Row> rows = read(source(SourceFormat.REGISTER_CSV, dir.resolve("register")), Part.RECORDS);
    assertEquals(List.of("A1", "B1", "B2"), rows.stream().map(r -> r.<String>getAs("establishment_id")).sorted().toList());
    rows.forEach(r -> assertNull(r.getAs("reason_code"), r.toString()));
  }

  @Test
  void aCorruptParquetFileIsAnInputErrorNamingTheFile() throws IOException {
    Path file = write("register/r.parquet", "PAR1 this is not a parquet file");
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> read(source(SourceFormat.REGISTER_CSV, file), Part.RECORDS));
    assertEquals(ExitCode.INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("Input file " + file + " is not a readable Parquet file"), e.getMessage());
  }

  private List<Row> read(SourceSettings source, Part part) {
    List<Row> rows = new ArrayList<>(IngestFormat.of(source.format()).read(spark.spark(), IngestSettings.DEFAULTS, source, part).collectAsList());
    rows.sort(Comparator.comparing((Row r) -> r.<String>getAs("source_file")).thenComparing(r -> r.<Long>getAs("line_number")));
    return rows;
  }

  /** Line number to reason code, "-" for none. */
  private static Map<Long, String> reasons(List<Row> rows) {
    Map<Long, String> reasons = new TreeMap<>();
    for (Row row : rows) {
      String previous = reasons.put(row.getAs("line_number"), row.getAs("reason_code") == null ? "-" : row.getAs("reason_code"));
      assertNull(previous, "line " + row.getAs("line_number") + " read twice");
    }
    return reasons;
  }

  private static SourceSettings source(SourceFormat format, Path path) {
    return SourceSettings.of(format.key().replace('-', '_'), format, List.of(new Location(path.toString())), Map.of());
  }

  private Path write(String relative, String content) throws IOException {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, content);
  }
}
