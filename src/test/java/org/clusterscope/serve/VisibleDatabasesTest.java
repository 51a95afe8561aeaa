package org.clusterscope.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.hive.conf.HiveConf;
import org.apache.hadoop.hive.metastore.api.Database;
import org.apache.hadoop.hive.metastore.api.NoSuchObjectException;
import org.apache.hadoop.hive.metastore.api.Table;
import org.apache.hadoop.hive.ql.metadata.HiveUtils;
import org.apache.hadoop.hive.ql.security.HadoopDefaultAuthenticator;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisibleDatabasesTest {
  private final VisibleDatabases filter = filter("cs_pub,cs_gold");

  @Test
  void listsTheServedDatabasesAndAnEmptyDefault() throws Exception {
    assertEquals(List.of("cs_gold", "cs_pub", "default"),
        filter.filterDatabases(List.of("cs_bronze", "cs_gold", "cs_ops", "cs_pub", "cs_silver", "default")));
    assertEquals(List.of("region_sector"), filter.filterTableNames("CS_PUB", List.of("region_sector")));
    assertEquals(List.of(), filter.filterTableNames("cs_ops", List.of("runs")));
    assertEquals(List.of(), filter.filterTableNames("default", List.of("scratch")));
  }

  @Test
  void aHiddenDatabaseOrTableDoesNotExist() throws Exception {
    assertThrows(NoSuchObjectException.class, () -> filter.filterDatabase(new Database("cs_ops", "", "file:/w", null)));
    Table runs = new Table();
    runs.setDbName("cs_ops");
    runs.setTableName("runs");
    assertThrows(NoSuchObjectException.class, () -> filter.filterTable(runs));
    Table cells = new Table();
    cells.setDbName("cs_gold");
    cells.setTableName("region_sector");
    assertEquals(List.of(cells), filter.filterTables(List.of(runs, cells)));
  }

  @Test
  void theStoreBehindTheReleasedViewsIsFoundByNameButNeverListed() throws Exception {
    HiveConf conf = new HiveConf();
    conf.set(VisibleDatabases.DATABASES, "cs_pub");
    conf.set(VisibleDatabases.REACHABLE, "cs_pub_store,cs_ops.releases");
    VisibleDatabases released = new VisibleDatabases(conf);
    assertEquals(List.of("cs_pub", "default"),
        released.filterDatabases(List.of("cs_gold", "cs_ops", "cs_pub", "cs_pub_store", "default")));
    assertEquals(List.of(), released.filterTableNames("cs_pub_store", List.of("region_sector")));
    assertEquals(List.of(), released.filterTableNames("cs_ops", List.of("releases", "runs")));
    Database store = new Database("cs_pub_store", "", "file:/w", null);
    assertEquals(store, released.filterDatabase(store));
    assertEquals(table("cs_pub_store", "region_sector"), released.filterTable(table("cs_pub_store", "region_sector")));
    assertEquals(table("cs_ops", "releases"), released.filterTable(table("cs_ops", "releases")));
    assertThrows(NoSuchObjectException.class, () -> released.filterTable(table("cs_ops", "runs")));
    assertThrows(NoSuchObjectException.class, () -> released.filterDatabase(new Database("cs_gold", "", "file:/w", null)));
    assertEquals(List.of(), released.filterTables(List.of(table("cs_pub_store", "region_sector"))));
  }

  /**
   * Hive's default authorizer ("V2") writes a filter hook of its own, which hides nothing, into a
   * Thrift session's settings on the session's first getSchemas, and from there into the metastore
   * client Spark's catalog shares; only an authorizer of the older kind leaves serve's filter in
   * place. ServeProcessTest sees the listings after statements.
   */
  @Test
  void serveConfiguresAnAuthorizerThatLeavesTheFilterInPlace(@TempDir Path dir) throws Exception {
    Settings settings = new SettingsLoader().load(Files.writeString(dir.resolve("c.conf"), "clusterscope {}\n"),
        List.of(), Optional.empty());
    HiveConf conf = new HiveConf();
    ServeConf.sparkConf(settings, "").forEach((key, value) -> {
      if (key.startsWith("spark.hadoop.")) {
        conf.set(key.substring("spark.hadoop.".length()), value);
      }
    });
    assertEquals(VisibleDatabases.class.getName(), conf.getVar(HiveConf.ConfVars.METASTORE_FILTER_HOOK));
    String authorizer = conf.getVar(HiveConf.ConfVars.HIVE_AUTHORIZATION_MANAGER);
    assertNotNull(HiveUtils.getAuthorizeProviderManager(conf, authorizer, new HadoopDefaultAuthenticator(), true),
        authorizer + " is an authorizer of the older kind");
    assertFalse(conf.getBoolVar(HiveConf.ConfVars.HIVE_AUTHORIZATION_ENABLED), "it never decides anything");
  }

  private static Table table(String database, String name) {
    Table table = new Table();
    table.setDbName(database);
    table.setTableName(name);
    return table;
  }

  private static VisibleDatabases filter(String databases) {
    HiveConf conf = new HiveConf();
    conf.set(VisibleDatabases.DATABASES, databases);
    return new VisibleDatabases(conf);
  }
}
