package org.clusterscope.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bundled samples in every format, run as conf/local.conf runs them: each defect listed in
 * data-samples/DEFECTS.csv is quarantined at its file and line with its reason, nothing else is,
 * every part reconciles, and each format reaches its silver table.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDeliveryTest {
  private final TestSpark spark;
  private Workspace ws;
  private RunAudit audit;

  SampleDeliveryTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void runTheSamples() {
    SampleRun run = SampleRun.of(spark);
    ws = run.ws();
    audit = run.audit();
  }

  @Test
  void everyPlantedDefectIsQuarantinedWithItsReasonAndNothingElseIs() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    List<String> manifest = Files.readAllLines(Workspace.repo("data-samples/DEFECTS.csv"));
    for (String line : manifest.subList(1, manifest.size())) {
      String[] f = line.split(",");
      expected.merge(f[1] + ":" + f[2], f[3], (a, b) -> a + "," + b);
    }
    Map<String, String> actual = new TreeMap<>();
    Path root = Workspace.repo("data-samples");
    for (Row row : ws.table("ops", "quarantine").filter(col("run_id").equalTo(audit.runId())).collectAsList()) {
      String file = root.relativize(Path.of(row.<String>getAs("source_file"))).toString();
      // An SBS line holds one record per period, often with the same reason.
      actual.merge(file + ":" + row.getAs("line_number"), row.getAs("reason_code"),
          (a, b) -> List.of(a.split(",")).contains(b) ? a : a + "," + b);
    }
    assertEquals(expected, actual);
  }

  @Test
  void everyPartOfEverySourceReconciles() {
    List<SourceCounts> counts = audit.counts();
    for (String set : List.of("register", "sirene", "sbs", "regpat:inventors", "regpat:applicants", "regpat:ipc",
        "cordis:organizations", "cordis:projects")) {
      for (String stage : List.of("ingest", "conform")) {
        SourceCounts c = counts.stream().filter(s -> s.source().equals(set) && s.stage().equals(stage))
            .findFirst().orElseThrow(() -> new AssertionError("no counts for " + set + " " + stage));
        assertTrue(c.reconciles(), c.summary());
        assertTrue(c.accepted() > 0, c.summary());
      }
    }
  }

  @Test
  void theRunRecordsEveryPartsChecksAndTheVersionsItWrote() {
    // Three checks per part and stage and one per gold table written, recorded with the run in one append.
    List<Row> checks = ws.table("ops", "data_quality").filter(col("run_id").equalTo(audit.runId())).collectAsList();
    List<Row> finite = checks.stream().filter(r -> r.getAs("check").equals("finite_values")).toList();
    assertEquals(audit.counts().size() * 3, checks.size() - finite.size());
    assertEquals(16, finite.size(), "region_sector, region_profile, sector_profile, region_technology and the four"
        + " link tables, in gold and in cs_pub's store");
    assertEquals(8, finite.stream().filter(r -> r.<String>getAs("table").startsWith(ws.prefix() + "_pub_store.")).count(),
        finite.toString());
    assertTrue(finite.stream().allMatch(r -> r.<Boolean>getAs("passed")), finite.toString());
    assertTrue(checks.stream().anyMatch(r -> r.getAs("table").equals("regpat:ipc (conform)")
        && r.getAs("check").equals("records_reconcile") && r.<Boolean>getAs("passed")));
    // Each table's recorded version is its latest in the Delta log: nothing else wrote after the run.
    Row run = ws.table("ops", "runs").filter(col("run_id").equalTo(audit.runId())).head();
    Map<String, Long> versions = run.getJavaMap(run.fieldIndex("table_versions"));
    assertTrue(versions.containsKey(ws.prefix() + "_gold.region_sector"), versions.toString());
    assertTrue(versions.containsKey(ws.prefix() + "_ops.quarantine"), versions.toString());
    for (Map.Entry<String, Long> table : versions.entrySet()) {
      long latest = spark.spark().sql("DESCRIBE HISTORY " + table.getKey() + " LIMIT 1").head().getLong(0);
      assertEquals(latest, (long) table.getValue(), table.getKey());
    }
  }

  @Test
  void everyFormatReachesSilverAndGold() {
    for (String table : List.of("establishments", "sbs_cells", "patent_classes", "patent_inventors", "participations")) {
      assertTrue(ws.table("silver", table).count() > 0, table);
    }
    List<Integer> years = ws.table("gold", "region_sector").select("reference_year").distinct().orderBy("reference_year")
        .collectAsList().stream().map(r -> r.getInt(0)).toList();
    assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024), years);
  }

  @Test
  void theUpperRhineAndOresundAppearAsCrossBorderClusters() {
    List<Row> pairs = ws.table("gold", "cross_border_clusters").filter(col("nuts_level").equalTo(3)).collectAsList();
    java.util.function.BiPredicate<List<String>, List<String>> joins = (left, right) -> pairs.stream().anyMatch(r ->
        (prefixed(r.getAs("region_a"), left) && prefixed(r.getAs("region_b"), right))
            || (prefixed(r.getAs("region_a"), right) && prefixed(r.getAs("region_b"), left)));
    List<String> upperRhineFrance = List.of("FRF1");
    List<String> upperRhineOther = List.of("DE13", "CH03");
    assertTrue(joins.test(upperRhineFrance, upperRhineOther) || joins.test(List.of("DE13"), List.of("CH03")),
        "an Upper Rhine pair (Alsace, Baden, Basel) in cross_border_clusters");
    assertTrue(joins.test(List.of("DK01"), List.of("SE22")), "an Oresund pair (Copenhagen, Skane) in cross_border_clusters");
  }

  private static boolean prefixed(String region, List<String> prefixes) {
    return prefixes.stream().anyMatch(region::startsWith);
  }
}
