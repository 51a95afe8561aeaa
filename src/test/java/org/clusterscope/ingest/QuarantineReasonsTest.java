package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every quarantine reason of the register, each fed one bad record: the record lands in
 * cs_ops.quarantine with its file, line, raw text, reason code and a detail naming the bad value;
 * nothing is dropped, and read = accepted + quarantined + excluded in both stages.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarantineReasonsTest {
  private final TestSpark spark;
  private Workspace ws;
  /** "file:line" to quarantine row. */
  private final Map<String, Row> quarantined = new TreeMap<>();

  QuarantineReasonsTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void runOnBadInput(@TempDir Path dir) {
    ws = new Workspace(spark, dir).config("quality.max-quarantine-share = 1.0\n"
        + "reference.nuts-regions = \"" + Workspace.repo("conf/reference/nuts_regions.csv") + "\"");
    ws.register("main.csv",
        "V1,V1,DK011,10.11,10,,2023,active",          // 2 valid
        "V2,V2,DK012,2932,20,,2023,active",           // 3 valid, class without dot
        "V3,V3,FR101,29.32Z,,10-19,2023,",            // 4 valid, French subclass, band, empty status
        "\"V4\",V4,DK011,62.01,5,,2023,closed",       // 5 excluded: closed
        "M1,M1,DK011,10.11,\"5,,2023,active",         // 6 unbalanced quote
        "M2,M2,DK011,10.11,5,,2023,active,extra",     // 7 one field too many
        "M3,M3,DK011,10.11,5,,20x3,active",           // 8 year not a year
        "M4,M4,DK011,10.11,5,,2099,active",           // 9 future year
        ",M5,DK011,10.11,5,,2023,active",             // 10 empty id
        "M6,M6,FR1012X,10.11,5,,2023,active",         // 11 not a NUTS code
        "M7,M7,FR999,10.11,5,,2023,active",           // 12 NUTS-shaped, not in the list
        "M8,M8,DK011,abc,5,,2023,active",             // 13 not a NACE code
        "M9,M9,DK011,35.99,5,,2023,active",           // 14 no such NACE class
        "M10,M10,DK011,10.11,12a,,2023,active",       // 15 employees not a number
        "M11,M11,DK011,10.11,-5,,2023,active",        // 16 negative employees
        "M12,M12,DK011,10.11,,10-20,2023,active",     // 17 unknown band
        "M13,M13,DK011,10.11,,,2023,active",          // 18 no employment at all
        "M14,M14,DK011,10.11,5,,2023,maybe",          // 19 unknown status
        "V1,V1,DK011,10.11,99,,2023,active",          // 20 repeated id
        "M15,M1\"5,DK011,10.11,5,,2023,active",       // 21 stray quote
        "M16,M16,DKZZZ,10.11,5,,2023,active");        // 22 valid, extra-regio
    ws.writeBytes("semicolon.csv",
        (Workspace.HEADER.replace(',', ';') + "\nS1;S1;DK011;10.11;5;;2023;active\nS2;S2;DK011;10.11;5;;2023;active\n")
            .getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes((Workspace.HEADER + "\nL1,L1,DK011,10.11,5,,2023,active\nL2,Cr").getBytes(StandardCharsets.UTF_8));
    latin1.write(0xE9);
    latin1.writeBytes("teil,DK011,10.11,5,,2023,active\n".getBytes(StandardCharsets.UTF_8));
    ws.writeBytes("latin1.csv", latin1.toByteArray());
    ws.writeBytes("bom-crlf.csv", ("\uFEFFSTATUS,Reference_Year,nace,Region_Code,employees,enterprise_id,Establishment_ID,comment\r\n"
        + "active,2023,10.11,DK013,7,B1,B1,\"first, with a comma\"\r\n"
        + "active,2023,62.01,DK013,3,B2,B2,\r\n").getBytes(StandardCharsets.UTF_8));
    ws.writeBytes("empty.csv", new byte[0]);

    // The tests read silver, region_sector and the ops tables: the stages through indicators.
    ws.runThrough(Pipeline.Command.INDICATORS);
    for (Row row : ws.table("ops", "quarantine").filter(col("run_id").isin(ws.lastRunIds())).collectAsList()) {
      String file = Path.of(row.<String>getAs("source_file")).getFileName().toString();
      quarantined.put(file + ":" + row.getAs("line_number"), row);
    }
  }

  @Test
  void eachBadRecordIsQuarantinedWithItsReason() {
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("main.csv:6", "malformed_line"),
        Map.entry("main.csv:7", "wrong_field_count"),
        Map.entry("main.csv:8", "invalid_year"),
        Map.entry("main.csv:9", "invalid_year"),
        Map.entry("main.csv:10", "missing_value"),
        Map.entry("main.csv:11", "invalid_region"),
        Map.entry("main.csv:12", "unknown_region"),
        Map.entry("main.csv:13", "invalid_nace"),
        Map.entry("main.csv:14", "invalid_nace"),
        Map.entry("main.csv:15", "invalid_employees"),
        Map.entry("main.csv:16", "invalid_employees"),
        Map.entry("main.csv:17", "invalid_size_band"),
        Map.entry("main.csv:18", "missing_employment"),
        Map.entry("main.csv:19", "invalid_status"),
        Map.entry("main.csv:20", "duplicate_id"),
        Map.entry("main.csv:21", "malformed_line"),
        Map.entry("semicolon.csv:2", "missing_column"),
        Map.entry("semicolon.csv:3", "missing_column"),
        Map.entry("latin1.csv:3", "invalid_encoding"),
        Map.entry("empty.csv:0", "empty_file")));
    Map<String, String> actual = new TreeMap<>();
    quarantined.forEach((key, row) -> actual.put(key, row.getAs("reason_code")));
    assertEquals(expected, actual);
  }

  @Test
  void detailsNameTheFieldAndTheBadValue() {
    assertDetail("main.csv:7", "9 fields, the header has 8");
    assertDetail("main.csv:8", "reference_year '20x3'");
    assertDetail("main.csv:9", "2099 is after the newest accepted year");
    assertDetail("main.csv:10", "establishment_id is empty");
    assertDetail("main.csv:11", "region_code 'FR1012X'");
    assertDetail("main.csv:12", "region_code 'FR999' is not in the NUTS list");
    assertDetail("main.csv:13", "nace 'abc'");
    assertDetail("main.csv:14", "class 35.99 does not exist");
    assertDetail("main.csv:15", "employees '12a'");
    assertDetail("main.csv:16", "employees '-5'");
    assertDetail("main.csv:17", "size_band '10-20'");
    assertDetail("main.csv:19", "status 'maybe'");
    assertDetail("main.csv:20", "establishment_id 'V1' already appears in");
    assertDetail("main.csv:20", "main.csv line 2");
    assertDetail("main.csv:21", "double quote inside an unquoted field");
    assertDetail("semicolon.csv:2", "lacks column(s) establishment_id, region_code, nace, reference_year");
    assertDetail("latin1.csv:3", "not valid UTF-8");
    assertDetail("empty.csv:0", "the file is empty");
  }

  @Test
  void quarantineKeepsTheRawLineAndTheStage() {
    Row row = quarantined.get("main.csv:16");
    assertEquals("M11,M11,DK011,10.11,-5,,2023,active", row.getAs("raw_record"));
    assertEquals("conform", row.getAs("stage"));
    assertEquals("register", row.getAs("source"));
    assertEquals(2023, (int) row.<Integer>getAs("reference_year"));
    assertEquals("ingest", quarantined.get("main.csv:6").getAs("stage"));
  }

  @Test
  void recordsReadEqualAcceptedPlusQuarantinedPlusExcluded() {
    SourceCounts ingest = counts("ingest");
    assertEquals(28, ingest.read()); // 27 lines and the empty file
    assertEquals(19, ingest.accepted());
    assertEquals(9, ingest.quarantined());
    assertEquals(0, ingest.excluded());

    SourceCounts conform = counts("conform");
    assertEquals(19, conform.read());
    assertEquals(7, conform.accepted());
    assertEquals(11, conform.quarantined());
    assertEquals(Map.of("closed", 1L), conform.excludedByReason());
    assertTrue(ingest.reconciles() && conform.reconciles());
    assertEquals(7, ws.table("silver", "establishments").count());
  }

  @Test
  void tolerantReadingAcceptsBomCrlfReorderedColumnsExtraColumnsAndNotations() {
    List<Row> silver = ws.table("silver", "establishments").orderBy("establishment_id").collectAsList();
    assertEquals(List.of("B1", "B2", "L1", "M16", "V1", "V2", "V3"),
        silver.stream().map(r -> r.<String>getAs("establishment_id")).toList());
    Row v3 = silver.get(6);
    assertEquals("29.32", v3.getAs("nace_class"));
    assertEquals(14.5, v3.<Double>getAs("employees"));
    assertEquals("band_midpoint", v3.getAs("employment_method"));
    assertEquals("C", silver.get(5).getAs("nace_section"));
    assertEquals("29.32", silver.get(5).getAs("nace_class"));
    assertEquals(true, silver.get(3).getAs("extra_regio"));
    assertEquals(10.0, silver.get(4).<Double>getAs("employees"), "the first V1 (line 2) is kept");
  }

  @Test
  void extraRegioEstablishmentsAreCountedButNotInIndicators() {
    assertEquals(0, ws.table("gold", "region_sector").filter(col("region_code").startsWith("DKZ")).count());
    long establishmentsInIndicators = ws.table("gold", "region_sector")
        .filter(col("nuts_level").equalTo(0).and(col("sector_scheme").equalTo("nace_section")))
        .groupBy().sum("establishments").head().getLong(0);
    assertEquals(6, establishmentsInIndicators, "7 accepted, less the extra-regio M16");
  }

  private void assertDetail(String key, String fragment) {
    String detail = quarantined.get(key).getAs("reason_detail");
    assertTrue(detail.contains(fragment), key + ": '" + detail + "' lacks '" + fragment + "'");
  }

  private SourceCounts counts(String stage) {
    return ws.counts("register", stage);
  }
}
