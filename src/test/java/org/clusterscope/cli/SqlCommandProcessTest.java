package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog outlives the process that wrote it: {@code run} in one JVM, {@code sql} in a new
 * one finds the tables by name. And while one JVM holds the embedded metastore, another gets a
 * clear sentence instead of a Derby stack trace. And sql writes only with --allow-writes.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class SqlCommandProcessTest {
  private final TestSpark spark;

  SqlCommandProcessTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void sqlInANewProcessReadsTheTablesWrittenByRun(@TempDir Path dir) throws IOException {
    Path conf = writeM2Workspace(dir);

    ChildProcess.Result run = ChildProcess.run(dir, "run", "--config", conf.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("register ingest: read 3 = accepted 3"), run.out());

    // One sql process, its statements piped as a shell reads them: it reads on after a failure.
    ChildProcess.Result sql = ChildProcess.runWithInput(dir,
        "SELECT region_code, sector_code, employment, lq FROM cs_gold.region_sector"
            + " WHERE nuts_level = 3 AND sector_scheme = 'nace_class' ORDER BY region_code, sector_code;\n"
            + "SELECT * FROM cs_gold.no_such_table;\n"
            + "DELETE FROM cs_gold.region_sector;\n",
        "sql", "--config", conf.toString(), "--format", "csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(sql.out())).getRecords();
    // 100 + 300 employees in DK011, 200 in DK012, all of one sector but DK011's 62.01 cell.
    assertEquals(3, rows.size(), sql.out());
    assertEquals(List.of("DK011", "10.11", "100.0"), List.of(rows.get(0).get(0), rows.get(0).get(1), rows.get(0).get(2)));
    assertEquals((100.0 / 400) / (300.0 / 600), Double.parseDouble(rows.get(0).get("lq")), 1e-12);
    assertEquals((300.0 / 400) / (300.0 / 600), Double.parseDouble(rows.get(1).get("lq")), 1e-12);
    assertEquals((200.0 / 200) / (300.0 / 600), Double.parseDouble(rows.get(2).get("lq")), 1e-12);

    // A missing table is named with what to do, and without --allow-writes sql writes nothing
    // and names the option; the exit code is the first failure's.
    assertEquals(2, sql.code(), sql.err());
    assertTrue(sql.err().contains("run the pipeline first"), sql.err());
    assertTrue(sql.err().contains("clusterscope sql is read-only: ") && sql.err().contains("--allow-writes"), sql.err());
    assertTrue(sql.err().contains("2 statements failed; exit code 2"), sql.err());
    assertFalse(sql.err().contains("\tat "), sql.err());
  }

  @Test
  void aSecondProcessOnAHeldEmbeddedMetastoreGetsAClearMessage(@TempDir Path dir) throws IOException {
    spark.spark().sql("SHOW DATABASES").collectAsList(); // this JVM holds the test warehouse's metastore
    Path conf = Files.writeString(dir.resolve("held.conf"),
        "clusterscope.catalog.warehouse = \"" + spark.warehouse() + "\"\n");

    ChildProcess.Result sql = ChildProcess.run(dir, "sql", "--config", conf.toString(), "-e", "SHOW DATABASES");

    assertEquals(1, sql.code(), sql.err());
    assertTrue(sql.err().contains("is in use by another clusterscope or Spark process"), sql.err());
    assertTrue(sql.err().contains("clusterscope.catalog.metastore.url"), sql.err());
    assertFalse(sql.err().contains("\tat "), sql.err());
    assertFalse(sql.err().contains("XSDB6"), "the Derby error is translated:\n" + sql.err());
  }

  /**
   * A failed statement is never silent: the shell reads on but exits with the failure's code, and
   * a script stops at it. And a copy of a warehouse (its original deleted, so that reading or
   * writing the original cannot pass) reads and writes its own tables, while a copy lacking a
   * table is refused with what to do. One table, three processes.
   */
  @Test
  void failedStatementsSetTheExitCodeAndACopiedWarehouseUsesItsOwnTables(@TempDir Path dir) throws IOException {
    Path original = dir.resolve("original");
    ChildProcess.Result shell = ChildProcess.runWithInput(dir, "CREATE DATABASE cs_gold;\n"
            + "CREATE TABLE cs_gold.counts (n INT) USING delta;\n"
            + "SELECT * FROM cs_gold.no_such_table;\n"
            + "INSERT INTO cs_gold.counts VALUES (1);\n",
        "sql", "--allow-writes", "--config", warehouseConfig(dir, original).toString());
    assertEquals(2, shell.code(), shell.err());
    assertTrue(shell.err().contains("`cs_gold`.`no_such_table` cannot be found") && shell.err().contains("run the pipeline first"), shell.err());
    assertTrue(shell.err().contains("1 statement failed; exit code 2"), shell.err());
    assertTrue(Files.isDirectory(original.resolve("cs_gold.db/counts/_delta_log")), "the shell went on after the failure");

    Path copy = copyFolder(original, dir.resolve("copy"));
    Path partial = copyFolder(original, dir.resolve("partial"));
    deleteFolder(partial.resolve("cs_gold.db/counts"));
    deleteFolder(original);

    Path script = Files.writeString(dir.resolve("counts.sql"), "INSERT INTO cs_gold.counts VALUES (2);\n"
        + "SELECT n FROM cs_gold.counts ORDER BY n;\n"
        + "-- a typo:\n"
        + "SELEC n FROM cs_gold.counts;\n"
        + "SELECT 'never printed' AS n;\n");
    ChildProcess.Result run = ChildProcess.run(dir, "sql", "--allow-writes", "--config", warehouseConfig(dir, copy).toString(),
        "--format", "json", "-f", script.toString());
    assertEquals(2, run.code(), run.err());
    assertEquals(List.of("{\"n\":1}", "{\"n\":2}"), run.out().lines().toList(), "the copy's row and the new one");
    assertTrue(run.err().contains("Statement 3 of 4 (" + script + ", line 4) failed, so the script stopped and the"
        + " statement after it did not run."), run.err());
    assertTrue(run.err().contains("SELEC"), run.err());
    assertFalse(Files.exists(original), "nothing was read from or written to the original's place");
    try (var files = Files.list(copy.resolve("cs_gold.db/counts"))) {
      assertEquals(2, files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count(), "both rows' files are in the copy");
    }

    ChildProcess.Result refused = ChildProcess.run(dir, "sql", "--config", warehouseConfig(dir, partial).toString(),
        "-e", "SELECT 1");
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("records its tables under " + original), refused.err());
    assertTrue(refused.err().contains("missing there: " + partial.resolve("cs_gold.db/counts")), refused.err());
    assertTrue(refused.err().contains("Copy the whole warehouse folder"), refused.err());
    assertFalse(refused.err().contains("\tat "), refused.err());
  }

  /**
   * An external metastore that cannot be reached is a configuration error naming the key, in one
   * message, with the password in the URL masked.
   */
  @Test
  void anUnreachableMetastoreNamesTheConfigKeyInOneMessage(@TempDir Path dir) throws IOException {
    Path conf = Files.writeString(dir.resolve("external.conf"), "clusterscope {\n"
        + "  catalog.warehouse = \"" + dir.resolve("warehouse") + "\"\n"
        + "  catalog.metastore.url = \"jdbc:postgresql://127.0.0.1:1/metastore?user=cs&password=s3cret\"\n"
        + "  spark.conf { \"spark.hadoop.hive.hmshandler.retry.attempts\" = \"1\" }\n"
        + "}\n");

    ChildProcess.Result sql = ChildProcess.run(dir, "sql", "--config", conf.toString(), "-e", "SHOW DATABASES");

    assertEquals(2, sql.code(), sql.err());
    assertTrue(sql.err().contains("Cannot connect to the metastore database"
        + " jdbc:postgresql://127.0.0.1:1/metastore?user=cs&password=*** (clusterscope.catalog.metastore.url):"
        + " Connection to 127.0.0.1:1 refused"), sql.err());
    assertTrue(sql.err().contains("clusterscope.catalog.metastore.driver"), sql.err());
    assertFalse(sql.err().contains("s3cret"), sql.err());
    assertFalse(sql.err().contains("\tat "), sql.err());
    assertTrue(sql.err().lines().count() <= 3, sql.err());
  }

  private static Path warehouseConfig(Path dir, Path warehouse) throws IOException {
    return Files.writeString(dir.resolve(warehouse.getFileName() + ".conf"), "clusterscope {\n"
        + "  catalog.warehouse = \"" + warehouse + "\"\n"
        + "  spark.conf { \"spark.sql.shuffle.partitions\" = \"1\" }\n"
        + "}\n");
  }

  private static Path copyFolder(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Files.copy(path, to.resolve(from.relativize(path).toString()));
      }
    }
    return to;
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The suite's settings for a handful of records ({@link SparkTestExtension#TINY_INPUTS}), as HOCON entries. */
  private static String tinyInputs() {
    return SparkTestExtension.TINY_INPUTS.entrySet().stream()
        .map(e -> ", \"" + e.getKey() + "\" = \"" + e.getValue() + "\"").sorted().collect(java.util.stream.Collectors.joining());
  }

  private static Path writeM2Workspace(Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("r.csv"), Workspace.HEADER + "\n"
        + "E1,E1,DK011,10.11,100,,2023,active\n"
        + "E2,E2,DK011,62.01,300,,2023,active\n"
        + "E3,E3,DK012,10.11,200,,2023,active\n");
    return Files.writeString(dir.resolve("run.conf"), "clusterscope {\n"
        + "  catalog.warehouse = \"" + dir.resolve("warehouse") + "\"\n"
        + "  spark.conf { \"spark.sql.shuffle.partitions\" = \"2\", \"spark.ui.enabled\" = \"false\""
        + tinyInputs() + " }\n"
        + "  sources = [ { name = register, format = register-csv, paths = [\"" + input + "\"] } ]\n"
        + "  reference.nace = \"" + Workspace.repo("conf/reference/nace_rev2.csv") + "\"\n"
        + "}\n");
  }
}
