package org.clusterscope.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.config.Settings;
import org.clusterscope.lock.LockHolder;
import org.clusterscope.lock.WarehouseLock;
import org.clusterscope.ops.OpsWriter;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.TableWriter;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Reruns replace what they wrote; year selections touch only their years; bad input stops the run. */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class RerunTest {
  private static final String[] REGISTER = {
      "E1,N1,DK011,10.11,10,,2022,active",
      "E2,N2,DK012,62.01,20,,2022,active",
      "E1,N1,DK011,10.11,12,,2023,active",
      "E2,N2,DK012,62.01,25,,2023,active",
      "E3,N3,DK012,10.11,,10-19,2023,active",
      "E4,N4,DK013,29.10,5,,2023,closed"};

  private final TestSpark spark;

  RerunTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void runningTwiceLeavesIdenticalTables(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir);
    ws.register("register.csv", REGISTER);
    ws.run();
    List<Dataset<Row>> first = snapshot(ws);
    long goldRows = first.get(2).count();
    assertTrue(goldRows > 0);

    // A run whose process died: its row still says running. The rerun, holding the warehouse
    // lock, marks it interrupted before it starts.
    Settings settings = ws.settings();
    RunAudit dead = new RunAudit("run", "killed", Instant.now());
    new OpsWriter(spark.spark(), settings.catalog(), new TableWriter(spark.spark(), settings.catalog()))
        .started(dead, "test.conf", "digest");
    Instant now = Instant.now();
    RunAudit second;
    try (WarehouseLock lock = WarehouseLock.acquire(settings, LockHolder.current(RunAudit.newRunId(now), "run", now), Duration.ZERO)) {
      second = new Pipeline(spark.spark(), settings).underLock(lock).execute(Pipeline.Command.RUN, YearSelection.all(), "test");
      assertEquals(lock.holder().runId(), second.runId(), "the run is the lock's holder");
    }
    List<Dataset<Row>> rerun = snapshot(ws);
    for (int i = 0; i < first.size(); i++) {
      spark.assertSameRows(first.get(i), rerun.get(i));
    }
    assertEquals(goldRows, ws.table("gold", "region_sector").count(), "no duplicated rows");
    assertEquals(3, ws.table("ops", "runs").count(), "each run is audited, in one row");
    Row interrupted = ws.table("ops", "runs").filter(col("run_id").equalTo(dead.runId())).head();
    assertEquals("interrupted", interrupted.getAs("status"));
    assertTrue(interrupted.getAs("finished_at") != null);
    assertTrue(interrupted.<String>getAs("error_message").contains("found by run " + second.runId()),
        interrupted.<String>getAs("error_message"));
    assertEquals(List.of("succeeded", "succeeded"), ws.table("ops", "runs").filter(col("run_id").notEqual(dead.runId()))
        .select("status").as(Encoders.STRING()).collectAsList());
  }

  /** The stages through indicators, each as {@code run --year 2023} chains them: they write what is read here. */
  @Test
  void aYearSelectionReplacesOnlyThatYear(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir);
    ws.register("register.csv", REGISTER);
    ws.runThrough(Pipeline.Command.INDICATORS);
    Dataset<Row> year2022 = materialized(ws.table("gold", "region_sector").filter(col("reference_year").equalTo(2022)));

    // The 2023 delivery is corrected; only 2023 is rerun.
    ws.register("register.csv", REGISTER[0], REGISTER[1], "E1,N1,DK011,10.11,30,,2023,active");
    ws.runThrough(Pipeline.Command.INDICATORS, YearSelection.of(List.of(2023)));

    assertEquals(Map.of("out_of_selected_years", 2L), ws.counts("register", "ingest").excludedByReason());
    spark.assertSameRows(year2022, ws.table("gold", "region_sector").filter(col("reference_year").equalTo(2022)));
    Row dk011 = ws.table("gold", "region_sector").filter(col("reference_year").equalTo(2023)
        .and(col("nuts_level").equalTo(3)).and(col("sector_scheme").equalTo("nace_class"))).head();
    assertEquals("DK011", dk011.getAs("region_code"));
    assertEquals(30.0, dk011.<Double>getAs("employment"));
    assertEquals(30.0 / 10 - 1, dk011.<Double>getAs("employment_growth_1y"), 1e-12);
    assertEquals(1, ws.table("silver", "establishments").filter(col("reference_year").equalTo(2023)).count());
  }

  @Test
  void tooManyRejectsStopTheRunBeforeTheGoldTables(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir).config("quality.max-quarantine-share = 0.2");
    ws.register("register.csv", REGISTER[0], REGISTER[1], "X1,X1,DK011,abc,5,,2022,active",
        "X2,X2,DK011,10.11,five,,2022,active");

    ClusterscopeException error = assertThrows(ClusterscopeException.class, ws::run);

    assertEquals(ExitCode.INPUT, error.exitCode());
    assertTrue(error.getMessage().contains("2 of 4 records quarantined"), error.getMessage());
    assertFalse(spark.spark().catalog().tableExists(ws.prefix() + "_gold.region_sector"), "no gold table was written");
    assertEquals(0, ws.table("silver", "establishments").count());
    Row run = ws.table("ops", "runs").head();
    assertEquals("failed", run.getAs("status"));
    assertTrue(run.<String>getAs("error_message").contains("quarantine_share"));
    assertEquals(1, ws.table("ops", "data_quality")
        .filter(col("check").equalTo("quarantine_share").and(col("passed").equalTo(false))).count());
    assertEquals(2, ws.table("ops", "quarantine").count(), "the rejected records are still explained");
  }

  /** Ingest and conform, each as a stage run of its own: this test reads bronze and silver only. */
  @Test
  void aRejectedDeliveryLeavesBronzeAsItWasAndADeliveryOfOneYearKeepsTheOthers(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir).config("quality.max-quarantine-share = 0.2");
    ws.register("register.csv", REGISTER);
    ws.runThrough(Pipeline.Command.CONFORM);
    Dataset<Row> bronze = materialized(ws.table("bronze", "register").drop("run_id"));
    long version = latestVersion(ws);

    // The records are counted and checked before bronze is written: a rejection writes nothing.
    ws.register("register.csv", "E1,N1,DK011,10.11,99,,2022,active", "E2,N2,DK012,62.01,99,,20x2,active",
        "E3,N3,DK012,62.01,99,,22,active");
    ClusterscopeException error = assertThrows(ClusterscopeException.class,
        () -> ws.runThrough(Pipeline.Command.CONFORM));
    assertEquals(ExitCode.INPUT, error.exitCode());
    assertTrue(error.getMessage().contains("2 of 3 records quarantined"), error.getMessage());
    spark.assertSameRows(bronze, ws.table("bronze", "register").drop("run_id"));
    assertEquals(version, latestVersion(ws), "no version of bronze was written");
    assertEquals(2, ws.table("ops", "quarantine").count(), "the rejected records are still explained");

    // Without --year, a delivery of 2023 alone replaces 2023 and leaves 2022 as it was.
    ws.register("register.csv", "E1,N1,DK011,10.11,40,,2023,active");
    ws.runThrough(Pipeline.Command.CONFORM);
    spark.assertSameRows(bronze.filter(col("reference_year").equalTo(2022)),
        ws.table("bronze", "register").filter(col("reference_year").equalTo(2022)).drop("run_id"));
    assertEquals(List.of("40"), ws.table("bronze", "register").filter(col("reference_year").equalTo(2023))
        .select("employees").as(Encoders.STRING()).collectAsList());
    assertEquals(2, ws.table("silver", "establishments").filter(col("reference_year").equalTo(2022)).count());
  }

  private long latestVersion(Workspace ws) {
    return spark.spark().sql("DESCRIBE HISTORY " + ws.prefix() + "_bronze.register LIMIT 1").head().getAs("version");
  }

  /** The tables' current rows, held locally so that later writes cannot change them. */
  private List<Dataset<Row>> snapshot(Workspace ws) {
    return List.of(
        materialized(ws.table("bronze", "register").drop("run_id")),
        materialized(ws.table("silver", "establishments")),
        materialized(ws.table("gold", "region_sector")));
  }

  private Dataset<Row> materialized(Dataset<Row> table) {
    return spark.spark().createDataFrame(table.collectAsList(), table.schema());
  }
}
