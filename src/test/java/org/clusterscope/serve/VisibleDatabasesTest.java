package org.clusterscope.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.hadoop.hive.conf.HiveConf;
import org.apache.hadoop.hive.metastore.api.Database;
import org.apache.hadoop.hive.metastore.api.NoSuchObjectException;
import org.apache.hadoop.hive.metastore.api.Table;
import org.junit.jupiter.api.Test;

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
