package org.clusterscope.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.CommandExecutionMode;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * serve's read-only rule on the analysed plans of real statements (analysed, never run), with
 * serve_pub served and serve_gold not.
 */
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyCheckTest {
  private final SparkSession spark;
  private final ReadOnlyCheck check = new ReadOnlyCheck(Set.of("serve_pub"), Set.of("serve_pub_store"));

  ReadOnlyCheckTest(TestSpark spark) {
    this.spark = spark.spark();
  }

  @BeforeAll
  void tables() {
    for (String db : List.of("serve_pub", "serve_gold")) {
      spark.sql("CREATE DATABASE IF NOT EXISTS " + db);
      spark.sql("CREATE TABLE IF NOT EXISTS " + db + ".cells (region STRING, employment DOUBLE) USING delta");
    }
    // A second version, so that RESTORE to version 0 is not the no-op Delta answers without a command.
    spark.sql("INSERT INTO serve_pub.cells VALUES ('DE111', 100.0)");
    // The released layer's shape: a view of a stored table at a version, and a view reading gold.
    spark.sql("CREATE DATABASE IF NOT EXISTS serve_pub_store");
    spark.sql("CREATE TABLE IF NOT EXISTS serve_pub_store.cells (region STRING, employment DOUBLE) USING delta");
    spark.sql("CREATE OR REPLACE VIEW serve_pub.released AS SELECT * FROM serve_pub_store.cells VERSION AS OF 0");
    spark.sql("CREATE OR REPLACE VIEW serve_pub.leak AS SELECT * FROM serve_gold.cells");
  }

  @Test
  void aStoredTablePassesOnlyInsideAViewOfAServedDatabase() throws Exception {
    check.check(analysed("SELECT region, employment FROM serve_pub.released"));
    check.check(analysed("SELECT * FROM serve_pub.cells c JOIN serve_pub.released r ON c.region = r.region"));
    // The analyser checks a view's query on its own before wrapping it in the View node.
    LogicalPlan released = analysed("SELECT * FROM serve_pub.released");
    LogicalPlan viewQuery = released.collectFirst(new scala.PartialFunction<LogicalPlan, LogicalPlan>() {
      @Override
      public boolean isDefinedAt(LogicalPlan plan) {
        return plan instanceof org.apache.spark.sql.catalyst.plans.logical.View;
      }

      @Override
      public LogicalPlan apply(LogicalPlan plan) {
        return ((org.apache.spark.sql.catalyst.plans.logical.View) plan).child();
      }
    }).get();
    check.check(viewQuery);
    for (String statement : List.of("SELECT * FROM serve_pub_store.cells",
        "SELECT * FROM serve_pub_store.cells VERSION AS OF 0",
        "SELECT * FROM serve_pub.released WHERE region IN (SELECT region FROM serve_pub_store.cells)",
        "SELECT * FROM serve_pub.leak")) {
      ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> check.check(analysed(statement)), statement);
      assertTrue(e.getMessage().contains("reads only the tables of serve_pub"), statement + ": " + e.getMessage());
    }
    ClusterscopeException pin = assertThrows(ClusterscopeException.class,
        () -> check.check(analysed("SET spark.clusterscope.release.versions = serve_pub_store.cells=0")));
    assertTrue(pin.getMessage().startsWith("clusterscope serve is read-only: "), pin.getMessage());
  }

  @Test
  void queriesAndReadingCommandsPass() throws Exception {
    for (String statement : List.of(
        "SELECT region, sum(employment) FROM serve_pub.cells GROUP BY region",
        "WITH big AS (SELECT * FROM serve_pub.cells WHERE employment > 10) SELECT count(*) FROM big",
        "SELECT * FROM serve_pub.cells WHERE region IN (SELECT region FROM serve_pub.cells WHERE employment > 1)",
        "SELECT 1", "SELECT * FROM VALUES (1, 'a')", "SELECT * FROM range(3)",
        "SHOW DATABASES", "SHOW TABLES IN serve_pub", "DESCRIBE TABLE serve_pub.cells", "DESCRIBE DATABASE serve_pub",
        "SHOW COLUMNS IN serve_pub.cells", "SHOW TBLPROPERTIES serve_pub.cells",
        "EXPLAIN SELECT * FROM serve_pub.cells", "SET spark.sql.shuffle.partitions = 4", "SET", "USE serve_pub")) {
      check.check(analysed(statement));
    }
  }

  @Test
  void everyKindOfWriteIsRefused() throws Exception {
    for (String statement : List.of(
        "INSERT INTO serve_pub.cells VALUES ('x', 1.0)",
        "INSERT OVERWRITE serve_pub.cells SELECT * FROM serve_pub.cells",
        "CREATE TABLE serve_pub.more (a INT) USING delta",
        "CREATE TABLE serve_pub.copy USING delta AS SELECT * FROM serve_pub.cells",
        "CREATE VIEW serve_pub.v AS SELECT * FROM serve_pub.cells",
        "CREATE TEMPORARY VIEW v AS SELECT * FROM serve_pub.cells",
        "DROP TABLE serve_pub.cells", "DROP DATABASE serve_pub CASCADE", "CREATE DATABASE serve_other",
        "ALTER TABLE serve_pub.cells ADD COLUMNS (note STRING)",
        "ALTER TABLE serve_pub.cells SET TBLPROPERTIES ('k' = 'v')",
        "DELETE FROM serve_pub.cells WHERE region = 'x'",
        "UPDATE serve_pub.cells SET employment = 0",
        "MERGE INTO serve_pub.cells t USING serve_pub.cells s ON t.region = s.region WHEN MATCHED THEN DELETE",
        "TRUNCATE TABLE serve_pub.cells", "ANALYZE TABLE serve_pub.cells COMPUTE STATISTICS",
        "CACHE TABLE serve_pub.cells", "ADD JAR /tmp/x.jar",
        "OPTIMIZE serve_pub.cells", "VACUUM serve_pub.cells", "RESTORE TABLE serve_pub.cells TO VERSION AS OF 0",
        "SET spark.sql.runSQLOnFiles = true", "SET spark.sql.catalog.other = org.example.Catalog")) {
      ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> check.check(analysed(statement)), statement);
      assertTrue(e.getMessage().startsWith("clusterscope serve is read-only: "), statement + ": " + e.getMessage());
    }
  }

  /**
   * sql without --allow-writes: the same rule on every database (gold and ops read too), temporary
   * views allowed, every write refused with the sql wording.
   */
  @Test
  void sqlReadsEveryDatabaseAndWritesNone() throws Exception {
    ReadOnlyCheck sql = ReadOnlyCheck.forSql();
    for (String statement : List.of("SELECT * FROM serve_gold.cells",
        "SELECT * FROM serve_pub.cells WHERE region IN (SELECT region FROM serve_gold.cells)",
        "CREATE TEMPORARY VIEW big AS SELECT * FROM serve_gold.cells WHERE employment > 10",
        "SHOW TABLES IN serve_gold", "SET spark.sql.shuffle.partitions = 4")) {
      sql.check(analysed(statement));
    }
    for (String statement : List.of("INSERT INTO serve_gold.cells VALUES ('x', 1.0)",
        "CREATE TABLE serve_gold.more (a INT) USING delta", "DROP TABLE serve_pub.cells",
        "ALTER TABLE serve_gold.cells ADD COLUMNS (note STRING)", "DELETE FROM serve_gold.cells WHERE region = 'x'",
        "UPDATE serve_gold.cells SET employment = 0",
        "MERGE INTO serve_gold.cells t USING serve_pub.cells s ON t.region = s.region WHEN MATCHED THEN DELETE",
        "CREATE VIEW serve_gold.v AS SELECT * FROM serve_gold.cells",
        "OPTIMIZE serve_gold.cells", "VACUUM serve_gold.cells", "RESTORE TABLE serve_pub.cells TO VERSION AS OF 0")) {
      ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> sql.check(analysed(statement)), statement);
      assertTrue(e.getMessage().startsWith("clusterscope sql is read-only: ") && e.getMessage().contains("--allow-writes"),
          statement + ": " + e.getMessage());
    }
  }

  @Test
  void aTableOfADatabaseNotServedIsRefusedAlsoInASubquery() {
    for (String statement : List.of("SELECT * FROM serve_gold.cells",
        "SELECT * FROM serve_pub.cells WHERE region IN (SELECT region FROM serve_gold.cells)")) {
      ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> check.check(analysed(statement)), statement);
      assertTrue(e.getMessage().contains("reads only the tables of serve_pub") && e.getMessage().contains("serve_gold"),
          e.getMessage());
    }
  }

  private LogicalPlan analysed(String statement) throws Exception {
    LogicalPlan parsed = spark.sessionState().sqlParser().parsePlan(statement);
    return spark.sessionState().executePlan(parsed, CommandExecutionMode.SKIP()).analyzed();
  }
}
