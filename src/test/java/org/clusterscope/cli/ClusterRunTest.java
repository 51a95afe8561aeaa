package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on more than one JVM (issue 29, DESIGN sections 5 and 9), on a handful of records
 * of every source for one year: on {@code local-cluster[2,1,1024]} (two executor JVMs of 1 GB),
 * and through {@code jobs/submit} on a standalone cluster of a Master and two Workers, one of whose
 * executors is killed with {@code kill -9} while the indicator stage reads its checkpoints. Both
 * must write the gold tables of a {@code local[2]} run, row for row. Minutes, and several JVMs:
 * tagged {@code cluster}, out of the default run (docs/operations.md gives the command).
 */
@Tag("cluster")
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterRunTest {
  private static final List<TableSpec> GOLD = List.of(GoldTables.REGION_SECTOR, GoldTables.REGION_PROFILE,
      GoldTables.SECTOR_PROFILE, GoldTables.REGION_TECHNOLOGY, GoldTables.REGION_LINKS, GoldTables.REGION_OPENNESS,
      GoldTables.SECTOR_LINKS, GoldTables.CROSS_BORDER_CLUSTERS);

  /** 2021 only: the register's establishments in five regions of three countries, three
   * applications with inventors across borders, one research project ({@link #writeInputs}). */
  private static final String SOURCES = "[ { name = register, format = register-csv, paths = [\"$ROOT/register\"] },"
      + " { name = regpat, format = regpat, paths { inventors = [\"$ROOT/inv.txt\"], ipc = [\"$ROOT/ipc.txt\"] } },"
      + " { name = cordis, format = cordis, paths { organizations = [\"$ROOT/org.csv\"],"
      + " projects = [\"$ROOT/project.csv\"] } } ]";
  private static final String SCHEMES = "indicators.sector-schemes = [nace_section, nace_division, cluster_categories]";
  /** A run on this shared, loaded machine took up to 15 minutes. */
  private static final int RUN_MINUTES = 40;

  private final TestSpark spark;
  private Path dir;
  private Map<String, List<String>> local;

  ClusterRunTest(TestSpark spark) {
    this.spark = spark;
  }

  /**
   * The reference: the stages up to linkages on the suite's local[2] session, in this JVM (publish
   * writes no gold table).
   */
  @BeforeAll
  void runOnLocal2(@TempDir Path tmp) {
    dir = tmp;
    Workspace ws = new Workspace(spark, dir.resolve("inputs")).ipcConcordances().sources(SOURCES).config(SCHEMES);
    writeInputs(ws);
    for (Pipeline.Command stage : List.of(Pipeline.Command.INGEST, Pipeline.Command.CONFORM,
        Pipeline.Command.INDICATORS, Pipeline.Command.LINKAGES)) {
      ws.run(stage, YearSelection.all());
    }
    local = new LinkedHashMap<>();
    for (TableSpec table : GOLD) {
      local.put(table.name(), text(ws.table("gold", table.name())));
    }
    assertFalse(local.get("region_sector").isEmpty());
    assertFalse(local.get("region_links").isEmpty());
  }

  @Test
  void localClusterWritesTheGoldOfLocal2() throws IOException {
    Path config = config("local-cluster");
    Map<String, String> environment = StandaloneCluster.sparkEnvironment(dir.resolve("spark-home"), ChildProcess.classpath());
    ChildProcess.Result run = ChildProcess.runWithEnvironment(dir, environment, RUN_MINUTES, "run", "--config",
        config.toString(),
        "--master", "local-cluster[2,1,1024]",
        "--conf", "spark.executorEnv.SPARK_DIST_CLASSPATH=" + ChildProcess.classpath());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("intermediates are checkpointed in"), run.err());
    assertSameGold(gold(dir.resolve("local-cluster/warehouse")));
    assertFalse(Files.exists(dir.resolve("local-cluster/warehouse/_checkpoints"))
        && Files.list(dir.resolve("local-cluster/warehouse/_checkpoints")).findAny().isPresent(),
        "the run's checkpoint folder is deleted when it ends");
  }

  @Test
  void submitToAStandaloneClusterSurvivesAKilledExecutor() throws Exception {
    Path config = config("standalone");
    Path warehouse = dir.resolve("standalone/warehouse");
    try (StandaloneCluster cluster = StandaloneCluster.start(Files.createDirectories(dir.resolve("cluster")), 2)) {
      Path jar = applicationJar();
      Map<String, String> environment = Map.of(
          "SPARK_SUBMIT_OPTS_EXTRA", "--master " + cluster.url() + " --executor-memory 1g --total-executor-cores 2",
          "CLUSTERSCOPE_JAR", jar.toString(), "CLUSTERSCOPE_JAVA_OPTS", "-Xmx1g", "SPARK_LOCAL_IP", "127.0.0.1");
      CompletableFuture<ChildProcess.Result> submitted = CompletableFuture.supplyAsync(() -> ChildProcess.runCommand(
          dir, "", environment, List.of(Paths.get("jobs/submit").toAbsolutePath().toString(),
              "run", "--config", config.toString()), RUN_MINUTES));
      // region_sector is written; region_profile and sector_profile are still to come, from the
      // checkpointed cells of the indicator stage, some of which the killed executor held.
      Path regionSectorCommit = warehouse.resolve("cs_gold.db/region_sector/_delta_log/00000000000000000001.json");
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(RUN_MINUTES);
      while (!Files.exists(regionSectorCommit) && !submitted.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      List<ProcessHandle> executors = cluster.executors();
      assertFalse(submitted.isDone(), "the run ended before the executor could be killed: " + result(submitted));
      assertEquals(2, executors.size(), "two executors run");
      assertTrue(executors.get(0).destroyForcibly(), "kill -9 of executor " + executors.get(0).pid());
      ChildProcess.Result run = submitted.get(RUN_MINUTES + 1, TimeUnit.MINUTES);
      assertEquals(0, run.code(), run.err());
      assertTrue(run.err().contains("no Spark distribution found"), run.err());
    }
    assertSameGold(gold(warehouse));
  }

  private void assertSameGold(Map<String, List<String>> other) {
    for (TableSpec table : GOLD) {
      assertEquals(local.get(table.name()), other.get(table.name()), table.name());
    }
  }

  /** The gold tables a child process wrote, read by path (its metastore is its own). */
  private Map<String, List<String>> gold(Path warehouse) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (TableSpec table : GOLD) {
      tables.put(table.name(), text(spark.spark().read().format("delta")
          .load(warehouse.resolve("cs_gold.db").resolve(table.name()).toString())));
    }
    return tables;
  }

  /**
   * A table's rows as text, sorted, doubles to 12 significant digits and below 1e-12 as 0: sums add
   * up in another order on another master.
   */
  private static List<String> text(Dataset<Row> table) {
    List<String> rows = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      rows.add(text(row));
    }
    rows.sort(null);
    return rows;
  }

  private static String text(Object value) {
    if (value instanceof Double d) {
      // A sum that is 0 on one master came out as 5.55e-17 on the other (locational_gini).
      return Math.abs(d) < 1e-12 ? "0" : String.format(java.util.Locale.ROOT, "%.12g", d);
    }
    if (value instanceof Row row) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        fields.add(text(row.get(i)));
      }
      return "[" + String.join(",", fields) + "]";
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      List<String> items = new ArrayList<>();
      seq.foreach(item -> items.add(text(item)));
      return items.toString();
    }
    return String.valueOf(value);
  }

  private static String result(CompletableFuture<ChildProcess.Result> submitted) {
    ChildProcess.Result run = submitted.join();
    return "exit " + run.code() + "\n" + run.err();
  }

  /**
   * The application jar jobs/submit sends to the cluster: Maven's, or one made of target/classes
   * when the tests run before the package phase.
   */
  private Path applicationJar() throws IOException, InterruptedException {
    Path jar = dir.resolve("clusterscope-test.jar");
    Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "jar").toString(),
        "cf", jar.toString(), "-C", Paths.get("target/classes").toAbsolutePath().toString(), ".")
        .inheritIO().start();
    assertEquals(0, process.waitFor(), "jar of target/classes");
    return jar;
  }

  /**
   * A child run's configuration: its own warehouse, the reference run's inputs and settings, and
   * adaptive coalescing off so that both executors hold rows of the checkpointed tables.
   */
  private Path config(String name) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    String text = "clusterscope {\n"
        + "  catalog.warehouse = \"" + folder.resolve("warehouse") + "\"\n"
        + "  sources = " + SOURCES.replace("$ROOT", dir.resolve("inputs").toString()) + "\n"
        + "  reference {\n"
        + "    nace = \"" + Workspace.repo("conf/reference/nace_rev2.csv") + "\"\n"
        + "    schemes { cluster_categories = \"" + Workspace.repo("conf/reference/schemes/cluster_categories.csv") + "\" }\n"
        + "    ipc-technology = \"" + Workspace.repo("conf/reference/ipc_technology.csv") + "\"\n"
        + "    ipc-nace = \"" + Workspace.repo("conf/reference/ipc_nace2.csv") + "\"\n"
        + "  }\n"
        + "  " + SCHEMES + "\n"
        + "  progress { mode = log, log-interval = 5s }\n"
        + "  spark.conf { \"spark.sql.shuffle.partitions\" = \"4\","
        + " \"spark.sql.adaptive.coalescePartitions.enabled\" = \"false\" }\n"
        + "}\n";
    return Files.writeString(folder.resolve("clusterscope.conf"), text);
  }

  /**
   * 2021 only: establishments in five regions of three countries, three applications with
   * inventors across the French-German border, one research project.
   */
  private static void writeInputs(Workspace ws) {
    ws.register("r.csv",
        "E1,N1,FR101,32.50,400,,2021,active",
        "E2,N2,FR101,26.11,50,,2021,active",
        "E3,N3,FR102,10.11,120,,2021,active",
        "E4,N4,DE211,32.50,300,,2021,active",
        "E5,N4,DE211,26.11,20,,2021,active",
        "E6,N5,DE212,29.10,500,,2021,active",
        "E7,N6,DE212,10.11,80,,2021,active",
        "E8,N7,CH011,32.50,90,,2021,active",
        "E9,N8,CH011,26.11,60,,2021,active",
        "E10,N9,FR102,29.10,30,,2021,active");
    ws.file("inv.txt", "appln_id|person_id|reg_code|ctry_code|reg_share|inv_share\n"
        + "P1|a|FR101|FR|1|0.5\nP1|b|DE211|DE|1|0.5\n"
        + "P2|c|FR101|FR|1|0.5\nP2|d|CH011|CH|1|0.5\n"
        + "P3|e|DE212|DE|1|0.5\nP3|f|FR102|FR|1|0.5\n");
    ws.file("ipc.txt", "appln_id|prio_year|app_year|IPC\n"
        + "P1|2021|2021|A61B 5/00\nP2|2021|2021|G06F 17/30\nP3|2021|2021|B60W 10/06\n");
    ws.file("project.csv", "id;acronym;startDate;frameworkProgramme\n\"900\";\"TINY\";\"2021-01-01\";\"HORIZON\"\n");
    ws.file("org.csv", "projectID;organisationID;name;activityType;country;nutsCode;role;ecContribution\n"
        + "\"900\";\"1\";\"Org 1\";\"HES\";\"FR\";\"FR101\";\"coordinator\";\"1000,5\"\n"
        + "\"900\";\"2\";\"Org 2\";\"PRC\";\"DE\";\"DE211\";\"participant\";\"500\"\n"
        + "\"900\";\"3\";\"Org 3\";\"PRC\";\"CH\";\"CH011\";\"participant\";\"250\"\n");
  }
}
