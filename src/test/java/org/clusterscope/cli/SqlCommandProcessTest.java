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
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog outlives the process that wrote it: {@code run} in one JVM, {@code sql} in a new
 * one finds the tables by name. And while one JVM holds the embedded metastore, another gets a
 * clear sentence instead of a Derby stack trace.
 */
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

    ChildProcess.Result sql = ChildProcess.run(dir, "sql", "--config", conf.toString(), "--format", "csv", "-e",
        "SELECT region_code, sector_code, employment, lq FROM cs_gold.region_sector"
            + " WHERE nuts_level = 3 AND sector_scheme = 'nace_class' ORDER BY region_code, sector_code");
    assertEquals(0, sql.code(), sql.err());
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(sql.out())).getRecords();
    // 100 + 300 employees in DK011, 200 in DK012, all of one sector but DK011's 62.01 cell.
    assertEquals(3, rows.size(), sql.out());
    assertEquals(List.of("DK011", "10.11", "100.0"), List.of(rows.get(0).get(0), rows.get(0).get(1), rows.get(0).get(2)));
    assertEquals((100.0 / 400) / (300.0 / 600), Double.parseDouble(rows.get(0).get("lq")), 1e-12);
    assertEquals((300.0 / 400) / (300.0 / 600), Double.parseDouble(rows.get(1).get("lq")), 1e-12);
    assertEquals((200.0 / 200) / (300.0 / 600), Double.parseDouble(rows.get(2).get("lq")), 1e-12);

    ChildProcess.Result missing = ChildProcess.run(dir, "sql", "--config", conf.toString(), "-e",
        "SELECT * FROM cs_gold.no_such_table");
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.err().contains("run the pipeline first"), missing.err());
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

  private static Path writeM2Workspace(Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("r.csv"), Workspace.HEADER + "\n"
        + "E1,E1,DK011,10.11,100,,2023,active\n"
        + "E2,E2,DK011,62.01,300,,2023,active\n"
        + "E3,E3,DK012,10.11,200,,2023,active\n");
    return Files.writeString(dir.resolve("run.conf"), "clusterscope {\n"
        + "  catalog.warehouse = \"" + dir.resolve("warehouse") + "\"\n"
        + "  spark.conf { \"spark.sql.shuffle.partitions\" = \"2\", \"spark.ui.enabled\" = \"false\" }\n"
        + "  sources = [ { name = register, format = register-csv, paths = [\"" + input + "\"] } ]\n"
        + "  reference.nace = \"" + Workspace.repo("conf/reference/nace_rev2.csv") + "\"\n"
        + "}\n");
  }
}
