package org.clusterscope.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN 9, crash safety: {@code run} in a child JVM is killed with {@code kill -9} during
 * ingest, conform, between two gold tables and during publish, each time on a warehouse the
 * previous killed run left behind; every table stays readable, each rerun takes the dead run's
 * lock over and marks it interrupted, and the run that finally completes leaves every table equal,
 * row for row, to an uninterrupted run's on the same inputs. Then SIGTERM (a scheduler's timeout)
 * ends a run as cancelled, with its run and data-quality rows written and the lock released.
 *
 * <p>The kill points come from {@code CLUSTERSCOPE_TEST_PAUSE_AFTER} (publish/CrashTestPoint):
 * the child pauses after committing the named table. Seven child JVMs: out of the default run
 * (tag {@code crash}); run with {@code mvn -o -B test -Dtests.excluded= -Dtest=CrashRecoveryTest}.
 */
@Tag("crash")
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class CrashRecoveryTest {
  private static final String PAUSE = "CLUSTERSCOPE_TEST_PAUSE_AFTER";
  private static final String PAUSED = "clusterscope test pause after ";
  /** Where the run is killed: after these commits, in stage order. */
  private static final List<String> KILL_AFTER = List.of(
      "cs_bronze.register", "cs_silver.establishments", "cs_gold.region_sector", "cs_pub_store.region_sector");

  private final TestSpark spark;

  CrashRecoveryTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void killedRunsLeaveReadableTablesAndTheRerunEqualsAnUninterruptedRun(@TempDir Path dir) throws Exception {
    Path reference = dir.resolve("reference");
    Path crashed = dir.resolve("crashed");
    ChildProcess.Result uninterrupted = ChildProcess.run(dir, "run", "--config", config(dir, reference).toString());
    assertEquals(0, uninterrupted.code(), uninterrupted.err());

    Path conf = config(dir, crashed);
    List<String> killed = new ArrayList<>();
    for (String table : KILL_AFTER) {
      Process run = startPaused(dir, conf, table, "kill-" + table);
      killed.add(lockHolderRunId(crashed));
      run.destroyForcibly(); // SIGKILL
      assertTrue(run.waitFor(1, TimeUnit.MINUTES));
      assertTrue(Files.exists(crashed.resolve("_clusterscope.lock")), "a killed run leaves its lock behind");
      assertEveryTableReadable(crashed);
      if (killed.size() > 1) {
        assertEquals("interrupted", status(crashed, killed.get(killed.size() - 2)),
            "the run killed before " + table + " was marked by the run that took its lock over");
      }
    }
    ChildProcess.Result rerun = ChildProcess.run(dir, "run", "--config", conf.toString());
    assertEquals(0, rerun.code(), rerun.err());
    assertTrue(rerun.err().contains("taking it over"), rerun.err());

    for (String runId : killed) {
      assertEquals("interrupted", status(crashed, runId), runId);
    }
    Dataset<Row> runs = delta(crashed, "cs_ops", "runs");
    assertEquals(List.of("interrupted", "succeeded"), runs.select("status").distinct().orderBy("status")
        .as(Encoders.STRING()).collectAsList(), "no run is left running");
    assertEquals(0, delta(crashed, "cs_ops", "quarantine").join(runs, "run_id", "left_anti").count(),
        "every quarantine row's run has its row in cs_ops.runs");
    assertFalse(Files.exists(crashed.resolve("_clusterscope.lock")), "released at the end");
    assertSameTables(reference, crashed);
  }

  @Test
  void sigtermEndsTheRunAsCancelledWithItsRecords(@TempDir Path dir) throws Exception {
    Path warehouse = dir.resolve("warehouse");
    Process run = startPaused(dir, config(dir, warehouse), "cs_gold.region_sector", "sigterm");
    String runId = lockHolderRunId(warehouse);
    run.destroy(); // SIGTERM
    assertTrue(run.waitFor(3, TimeUnit.MINUTES), "the shutdown hooks finish");
    assertEquals(143, run.exitValue(), "the JVM's exit status after SIGTERM");

    Row row = delta(warehouse, "cs_ops", "runs").filter(col("run_id").equalTo(runId)).head();
    assertEquals("cancelled", row.getAs("status"));
    assertTrue(row.getAs("finished_at") != null);
    assertTrue(row.<String>getAs("error_message").startsWith("cancelled during stage indicators"), row.<String>getAs("error_message"));
    assertTrue(delta(warehouse, "cs_ops", "data_quality").filter(col("run_id").equalTo(runId)).count() > 0,
        "the data-quality rows of ingest and conform are written");
    assertFalse(Files.exists(warehouse.resolve("_clusterscope.lock")), "the shutdown hook released the lock");
  }

  /** Starts {@code run} with a pause after {@code table}'s commit and waits until it is there. */
  private static Process startPaused(Path dir, Path conf, String table, String name) throws Exception {
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process run = ChildProcess.start(dir, out, err, Map.of(PAUSE, table), "run", "--config", conf.toString());
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (!Files.readString(err).contains(PAUSED + table)) {
      if (!run.isAlive() || System.nanoTime() > deadline) {
        run.destroyForcibly();
        throw new AssertionError("run did not reach the pause after " + table + ":\n" + Files.readString(err));
      }
      Thread.sleep(250);
    }
    return run;
  }

  private static String lockHolderRunId(Path warehouse) throws IOException {
    Properties holder = new Properties();
    holder.load(new StringReader(Files.readString(warehouse.resolve("_clusterscope.lock"))));
    return holder.getProperty("run_id");
  }

  private String status(Path warehouse, String runId) {
    return delta(warehouse, "cs_ops", "runs").filter(col("run_id").equalTo(runId)).select("status")
        .as(Encoders.STRING()).head();
  }

  private Dataset<Row> delta(Path warehouse, String database, String table) {
    return spark.spark().read().format("delta").load(warehouse.resolve(database + ".db").resolve(table).toString());
  }

  /** Every Delta table of the warehouse, by database and name. */
  private static Map<String, Path> tables(Path warehouse) throws IOException {
    Map<String, Path> tables = new TreeMap<>();
    try (var databases = Files.list(warehouse)) {
      for (Path database : databases.filter(d -> d.getFileName().toString().endsWith(".db")).toList()) {
        try (var list = Files.list(database)) {
          list.filter(t -> Files.isDirectory(t.resolve("_delta_log")))
              .forEach(t -> tables.put(database.getFileName() + "/" + t.getFileName(), t));
        }
      }
    }
    return tables;
  }

  private void assertEveryTableReadable(Path warehouse) throws IOException {
    for (Path table : tables(warehouse).values()) {
      spark.spark().read().format("delta").load(table.toString()).count();
    }
  }

  /** The product's tables equal, row for row, apart from run ids; the ops tables are the runs' own. */
  private void assertSameTables(Path expected, Path actual) throws IOException {
    Map<String, Path> want = tables(expected);
    Map<String, Path> got = tables(actual);
    assertEquals(want.keySet(), got.keySet());
    for (String name : want.keySet()) {
      if (name.startsWith("cs_ops.db/")) {
        continue;
      }
      Dataset<Row> a = spark.spark().read().format("delta").load(want.get(name).toString()).drop("run_id");
      Dataset<Row> b = spark.spark().read().format("delta").load(got.get(name).toString()).drop("run_id");
      spark.assertSameRows(a, b);
    }
    for (String filled : List.of("cs_bronze.db/register", "cs_silver.db/establishments", "cs_gold.db/region_sector",
        "cs_gold.db/region_profile", "cs_pub_store.db/region_sector")) {
      assertTrue(spark.spark().read().format("delta").load(got.get(filled).toString()).count() > 0, filled + " has rows");
    }
  }

  /** A register of two years with one record to quarantine, on its own warehouse. */
  private static Path config(Path dir, Path warehouse) throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("r.csv"), Workspace.HEADER + "\n"
        + "E1,N1,DK011,10.11,10,,2022,active\n"
        + "E2,N2,DK012,62.01,20,,2022,active\n"
        + "E1,N1,DK011,10.11,12,,2023,active\n"
        + "E2,N2,DK012,62.01,25,,2023,active\n"
        + "E3,N3,DK012,10.11,,10-19,2023,active\n"
        + "X1,X1,DK011,abc,5,,2023,active\n");
    return Files.writeString(dir.resolve(warehouse.getFileName() + ".conf"), "clusterscope {\n"
        + "  catalog.warehouse = \"" + warehouse + "\"\n"
        + "  spark.conf { \"spark.sql.shuffle.partitions\" = \"2\", \"spark.ui.enabled\" = \"false\" }\n"
        + "  sources = [ { name = register, format = register-csv, paths = [\"" + input + "\"] } ]\n"
        + "  reference.nace = \"" + Workspace.repo("conf/reference/nace_rev2.csv") + "\"\n"
        + "  quality.max-quarantine-share = 0.5\n"
        + "}\n");
  }
}
