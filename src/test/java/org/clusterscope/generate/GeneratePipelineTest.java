package org.clusterscope.generate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * Generated data run through the pipeline up to the linkages with the sources of the generated config: the
 * pipeline accepts every record (closed establishments are excluded by design, never
 * quarantined), every part reconciles, and every format reaches silver and gold.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratePipelineTest {
  private final TestSpark spark;
  private Workspace ws;
  private Path out;

  GeneratePipelineTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void generateAndRun(@TempDir Path dir) throws IOException {
    out = dir.resolve("synthetic");
    SyntheticFiles.generate(out, 2_000, 500, 200, 5);
    String conf = Files.readString(out.resolve("clusterscope.conf"));
    String sources = conf.substring(conf.indexOf("sources = [") + "sources = ".length(), conf.indexOf("\n  ]") + 4);
    ws = new Workspace(spark, dir.resolve("ws")).sources(sources).ipcConcordances()
        .config("quality.max-quarantine-share = 0");
    // The tests read silver, gold and the ops tables: the stages through linkages, not publish.
    ws.runThrough(Pipeline.Command.LINKAGES);
  }

  @Test
  void nothingIsQuarantined() {
    assertEquals(0, ws.table("ops", "quarantine").filter(col("run_id").isin(ws.lastRunIds())).count());
  }

  @Test
  void everyPartOfEverySourceReconcilesAndOnlyClosedEstablishmentsAreExcluded() throws IOException {
    long closedInFiles = SyntheticFiles.rows(out.resolve("register/register-2023.csv"), ",").stream()
        .filter(f -> f[7].equals("closed")).count()
        + SyntheticFiles.rows(out.resolve("sirene/StockEtablissement.csv"), ",").stream()
        .filter(f -> f[45].equals("F")).count();
    long closedExcluded = 0;
    List<SourceCounts> counts = ws.counts();
    for (String part : List.of("register", "sirene", "regpat:inventors", "regpat:ipc", "cordis:organizations",
        "cordis:projects")) {
      for (String stage : List.of("ingest", "conform")) {
        SourceCounts c = counts.stream().filter(s -> s.source().equals(part) && s.stage().equals(stage))
            .findFirst().orElseThrow(() -> new AssertionError("no counts for " + part + " " + stage));
        assertTrue(c.reconciles(), c.summary());
        assertTrue(c.accepted() > 0, c.summary());
        assertEquals(0, c.quarantined(), c.summary());
        assertTrue(c.excludedByReason().keySet().stream().allMatch("closed"::equals), c.summary());
        closedExcluded += stage.equals("conform") ? c.excludedByReason().getOrDefault("closed", 0L) : 0;
      }
    }
    assertTrue(closedInFiles > 0);
    assertEquals(closedInFiles, closedExcluded);
  }

  @Test
  void everyFormatReachesSilverAndGold() {
    for (String table : List.of("establishments", "patent_classes", "patent_inventors", "participations")) {
      assertTrue(ws.table("silver", table).count() > 0, table);
    }
    for (String table : List.of("region_sector", "region_technology", "region_links")) {
      assertTrue(ws.table("gold", table).filter(col("reference_year").equalTo(2023)).count() > 0, table);
    }
    Map<String, Long> countries = Map.of("FR", ws.table("silver", "establishments")
        .filter(col("country_code").equalTo("FR")).count());
    assertTrue(countries.get("FR") > 0, "France from SIRENE");
  }
}
