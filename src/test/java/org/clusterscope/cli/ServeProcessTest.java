package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusterscope.config.PasswordHash;
import org.clusterscope.publish.ColumnSpec;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.release.PubTables;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestPostgres;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code serve} in a process of its own, with Hive's JDBC driver as BI tools use it, on a catalog
 * in PostgreSQL shared with {@code run} and {@code sql} in further processes. The warehouse is
 * reference case SDC1's register (PublishReferenceCaseTest) for one year, written here, run (and
 * so published) once with the settings for tiny inputs; one serve process answers every test,
 * listening with password authentication and showing the gold layer beside the released one
 * (serve.layers), so that a run rewriting gold can be watched.
 */
@PipelineTest
@org.junit.jupiter.api.Tag("serve-process")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeProcessTest {
  private static final String USER = "analyst";
  private static final String PASSWORD = "correct horse battery staple";
  private static final int CLIENTS = 8;

  private Path dir;
  private TestPostgres postgres;
  private Path conf;
  private Path register;
  private Process serve;
  private Path serveOut;
  private String url;

  @BeforeAll
  void runPublishAndServe() throws Exception {
    postgres = TestPostgres.freshDatabase("cs_serve_test");
    dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "serve-test").toAbsolutePath();
    register = Files.createDirectories(dir.resolve("register")).resolve("r.csv");
    writeRegister(0);
    int port = freePort();
    conf = Files.writeString(dir.resolve("serve.conf"), "clusterscope {\n"
        + "  catalog.warehouse = \"" + dir.resolve("warehouse") + "\"\n"
        + "  catalog.metastore.url = \"" + postgres.url() + "\"\n"
        + "  spark.conf { \"spark.sql.shuffle.partitions\" = \"2\"" + tinyInputs() + " }\n"
        + "  sources = [ { name = register, format = register-csv, paths = [\"" + register.getParent() + "\"] } ]\n"
        + "  reference.nace = \"" + Workspace.repo("conf/reference/nace_rev2.csv") + "\"\n"
        + "  indicators { nuts-levels = [3], sector-schemes = [nace_division] }\n"
        + "  serve { port = " + port + ", layers = [pub, gold]\n"
        + "    authentication { mode = password, user = " + USER + ", password-hash = \""
        + PasswordHash.of(PASSWORD.toCharArray(), 10_000) + "\" } }\n"
        + "}\n");
    ChildProcess.Result run = ChildProcess.run(dir, "run", "--config", conf.toString());
    assertEquals(0, run.code(), run.err());

    serveOut = dir.resolve("serve.out");
    serve = ChildProcess.start(dir, serveOut, dir.resolve("serve.err"), "serve", "--config", conf.toString());
    url = awaitListening();
  }

  @AfterAll
  void stop() {
    if (serve != null && serve.isAlive()) {
      serve.destroyForcibly();
    }
    if (postgres != null) {
      postgres.drop();
    }
  }

  /** The suite's settings for tiny inputs, as entries of the configuration's spark.conf. */
  private static String tinyInputs() {
    StringBuilder entries = new StringBuilder();
    SparkTestExtension.TINY_INPUTS.forEach((key, value) -> entries.append(", \"").append(key).append("\" = \"")
        .append(value).append('"'));
    return entries.toString();
  }

  /**
   * SDC1's cells at NUTS 3 and NACE division for 2023; {@code extra} more employees in DE111's
   * first enterprise of division 01 change its numbers.
   */
  private void writeRegister(int extra) throws IOException {
    List<String> lines = new ArrayList<>(List.of(Workspace.HEADER));
    cell(lines, 2023, "DE111", "01.11", 20 + extra, 9, 9, 9, 9, 9, 9, 9, 9, 8);
    cell(lines, 2023, "DE112", "01.11", 15, 9, 9, 9, 8);
    cell(lines, 2023, "DE111", "02.10", 20, 10);
    cell(lines, 2023, "DE112", "02.10", 10, 3, 3, 2, 2);
    cell(lines, 2023, "DE111", "06.10", 16, 6, 6, 6, 6, 6, 7, 7);
    cell(lines, 2023, "DE112", "06.10", 38, 1, 1, 0, 0, 0);
    Files.write(register, lines, StandardCharsets.UTF_8);
  }

  private static void cell(List<String> lines, int year, String region, String nace, int... employees) {
    for (int e = 0; e < employees.length; e++) {
      String id = region + "_" + nace + "_" + e;
      lines.add(id + "," + id + "," + region + "," + nace + "," + employees[e] + ",," + year + ",active");
    }
  }

  @Test
  @Order(1)
  void listsEveryReleasedTableWithItsCommentAndColumnComments() throws SQLException {
    try (Connection c = connect()) {
      DatabaseMetaData meta = c.getMetaData();
      Map<String, String> tables = new LinkedHashMap<>();
      try (ResultSet rows = meta.getTables(null, "cs_pub", "%", null)) {
        while (rows.next()) {
          tables.put(rows.getString("TABLE_NAME"), rows.getString("REMARKS"));
        }
      }
      assertEquals(PubTables.ALL.stream().map(TableSpec::name).collect(TreeSet::new, Set::add, Set::addAll),
          new TreeSet<>(tables.keySet()));
      for (TableSpec spec : PubTables.ALL) {
        assertEquals(spec.comment(), tables.get(spec.name()), spec.name());
        Map<String, String> columns = new LinkedHashMap<>();
        try (ResultSet rows = meta.getColumns(null, "cs_pub", spec.name(), "%")) {
          while (rows.next()) {
            columns.put(rows.getString("COLUMN_NAME"), rows.getString("REMARKS"));
          }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (ColumnSpec column : spec.columns()) {
          expected.put(column.name(), column.comment());
        }
        assertEquals(expected, columns, spec.name());
      }
    }
  }

  @Test
  @Order(2)
  void selectsEveryReleasedTableAndReadsTheNumbersSqlReads() throws SQLException, IOException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (TableSpec spec : PubTables.ALL) {
        try (ResultSet rows = s.executeQuery("SELECT * FROM cs_pub." + spec.name())) {
          assertEquals(spec.columns().size(), rows.getMetaData().getColumnCount(), spec.name());
          while (rows.next()) {
            assertEquals(2023, rows.getInt("reference_year"), spec.name());
          }
        }
      }
      String query = "SELECT reference_year, region_code, sector_code, employment, conf_status FROM cs_pub.region_sector"
          + " ORDER BY reference_year, region_code, sector_code";
      List<String> served = new ArrayList<>();
      try (ResultSet rows = s.executeQuery(query)) {
        while (rows.next()) {
          served.add(rows.getInt(1) + "," + rows.getString(2) + "," + rows.getString(3) + "," + rows.getString(4)
              + "," + rows.getString(5));
        }
      }
      // SDC1: of DE111's cells 01 is free (100 employees), 02 primary (C), 06 secondary (D).
      assertTrue(served.contains("2023,DE111,01,100.0,F"), served.toString());
      assertTrue(served.contains("2023,DE111,02,null,C"), served.toString());

      ChildProcess.Result sql = ChildProcess.run(dir, "sql", "--config", conf.toString(), "--format", "csv", "-e", query);
      assertEquals(0, sql.code(), sql.err());
      List<String> read = new ArrayList<>();
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(new StringReader(sql.out())).getRecords()) {
        read.add(r.get(0) + "," + r.get(1) + "," + r.get(2) + "," + (r.get(3).isEmpty() ? "null" : r.get(3)) + "," + r.get(4));
      }
      assertEquals(read, served, "sql in another process, on the same catalog while serve runs");
    }
  }

  @Test
  @Order(3)
  void aPreparedStatementTakesItsParameters() throws SQLException {
    try (Connection c = connect(); PreparedStatement p = c.prepareStatement(
        "SELECT sector_code, employment FROM cs_pub.region_sector WHERE reference_year = ? AND region_code = ?"
            + " AND conf_status = 'F' ORDER BY sector_code")) {
      p.setInt(1, 2023);
      p.setString(2, "DE112");
      List<String> rows = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1) + "=" + r.getDouble(2));
        }
      }
      // DE112 in 2023: division 01 holds 15 + 9 + 9 + 9 + 8 = 50 employees, and is free.
      assertEquals(List.of("01=50.0"), rows);
    }
  }

  @Test
  @Order(4)
  void writesAndHiddenLayersAreRefusedWithAClearMessage() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String write : List.of(
          "INSERT INTO cs_pub.region_links SELECT * FROM cs_pub.region_links",
          "CREATE TABLE cs_pub.notes (note STRING) USING delta",
          "DROP TABLE cs_pub.region_links",
          "ALTER TABLE cs_pub.region_links SET TBLPROPERTIES ('x' = 'y')",
          "DELETE FROM cs_gold.region_sector WHERE reference_year = 2023",
          "UPDATE cs_pub.region_sector SET employment = 0",
          "MERGE INTO cs_pub.region_sector t USING cs_pub.region_sector s ON t.region_code = s.region_code"
              + " WHEN MATCHED THEN DELETE",
          "SET spark.sql.runSQLOnFiles = true")) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(write), write);
        assertTrue(e.getMessage().contains("clusterscope serve is read-only"), write + ": " + e.getMessage());
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM cs_pub.region_sector WHERE employment = 0")) {
        assertTrue(r.next());
        assertEquals(0, r.getLong(1));
      }
      for (String hidden : List.of("SELECT * FROM cs_ops.runs", "SELECT * FROM cs_silver.establishments",
          "SELECT count(*) FROM cs_pub.region_sector WHERE EXISTS (SELECT 1 FROM cs_bronze.register)")) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(hidden), hidden);
        assertTrue(e.getMessage().contains("TABLE_OR_VIEW_NOT_FOUND") || e.getMessage().contains("reads only the tables of"),
            hidden + ": " + e.getMessage());
      }
      SQLException path = assertThrows(SQLException.class, () -> s.executeQuery(
          "SELECT * FROM delta.`" + dir.resolve("warehouse/cs_silver.db/establishments") + "`"));
      assertTrue(path.getMessage().contains("TABLE_OR_VIEW_NOT_FOUND"), path.getMessage());
      // A BI tool lists the schemas in a session that has run statements, refused ones among them.
      Set<String> schemas = new TreeSet<>();
      try (ResultSet r = c.getMetaData().getSchemas()) {
        while (r.next()) {
          schemas.add(r.getString(1));
        }
      }
      assertEquals(Set.of("cs_gold", "cs_pub", "default", "global_temp"), schemas, "getSchemas after statements");
      Set<String> shown = new TreeSet<>();
      try (ResultSet r = s.executeQuery("SHOW DATABASES")) {
        while (r.next()) {
          shown.add(r.getString(1));
        }
      }
      assertEquals(Set.of("cs_gold", "cs_pub", "default"), shown, "SHOW DATABASES after statements");
    }
    SQLException wrong = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, USER, "wrong").close());
    assertTrue(wrong.getMessage().contains("Wrong user or password") || wrong.getMessage().contains("Peer indicated failure"),
        wrong.getMessage());
  }

  /**
   * Eight clients query gold and released tables while {@code run} rewrites 2023 (and publishes
   * it) in another process, each pausing a second between queries, and stop when the run ends. Every answer must be one table's whole state before or after the run: a checksum of
   * every row (count and sum of row hashes) equal to one of the two, which a reader seeing a
   * half-written year (old rows gone, new ones not yet there, or both) would not give.
   */
  @Test
  @Order(5)
  void concurrentClientsSeeTheOldOrTheNewVersionWhileRunRewritesAYear() throws Exception {
    List<String> tables = List.of("cs_gold.region_sector", "cs_gold.region_profile", "cs_gold.sector_profile",
        "cs_pub.region_sector");
    Map<String, String> before = checksums(tables);
    writeRegister(5);

    Map<String, Set<String>> seen = new ConcurrentHashMap<>();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Integer>> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int first = i;
      clients.add(pool.submit(() -> {
        int answered = 0;
        try (Connection c = connect(); Statement s = c.createStatement()) {
          for (int q = first; writing.get() || q < first + tables.size(); q++) {
            String table = tables.get(q % tables.size());
            try {
              seen.computeIfAbsent(table, t -> ConcurrentHashMap.newKeySet()).add(checksum(s, table));
              answered++;
            } catch (SQLException e) {
              failures.add(table + ": " + e.getMessage());
            }
            // A BI user's pace, not a load test: on two cores, clients querying flat out starve the run.
            Thread.sleep(1_000);
          }
        }
        return answered;
      }));
    }
    ChildProcess.Result run;
    try {
      run = ChildProcess.runWithEnvironment(dir, Map.of(), 30, "run", "--config", conf.toString(), "--year", "2023");
    } finally {
      writing.set(false);
    }
    int answered = 0;
    for (Future<Integer> client : clients) {
      answered += client.get(10, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertEquals(0, run.code(), run.err());
    assertEquals(List.of(), failures);

    Map<String, String> after = checksums(tables);
    for (String table : tables) {
      assertNotEquals(before.get(table), after.get(table), table + " changed with the run");
    }
    for (String table : tables) {
      Set<String> versions = Set.of(before.get(table), after.get(table));
      assertTrue(versions.containsAll(seen.get(table)), table + ": seen " + seen.get(table) + ", versions " + versions);
    }
    assertTrue(answered >= CLIENTS * tables.size(), "answered " + answered);
  }

  @Test
  @Order(6)
  void sigtermStopsServeWithExitCodeZero() throws Exception {
    serve.destroy(); // SIGTERM
    assertTrue(serve.waitFor(2, TimeUnit.MINUTES), "serve stopped");
    assertEquals(0, serve.exitValue(), Files.readString(dir.resolve("serve.err")));
    assertTrue(Files.readString(serveOut).contains("clusterscope serve: stopping."));
  }

  private Map<String, String> checksums(List<String> tables) throws SQLException {
    Map<String, String> sums = new LinkedHashMap<>();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String table : tables) {
        sums.put(table, checksum(s, table));
      }
    }
    return sums;
  }

  private static String checksum(Statement s, String table) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*), sum(hash(*)) FROM " + table)) {
      assertTrue(r.next());
      return r.getLong(1) + "/" + r.getLong(2);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, USER, PASSWORD);
  }

  private String awaitListening() throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(10);
    while (System.currentTimeMillis() < deadline) {
      String out = Files.readString(serveOut);
      int at = out.indexOf("listening at ");
      if (at >= 0) {
        return out.substring(at + "listening at ".length()).split(" ")[0];
      }
      if (!serve.isAlive()) {
        throw new IllegalStateException("serve ended with " + serve.exitValue() + ": " + Files.readString(dir.resolve("serve.err")));
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("serve did not listen within 10 minutes: " + Files.readString(dir.resolve("serve.err")));
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
