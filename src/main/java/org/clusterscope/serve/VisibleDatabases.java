package org.clusterscope.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.hive.conf.HiveConf;
import org.apache.hadoop.hive.metastore.DefaultMetaStoreFilterHookImpl;
import org.apache.hadoop.hive.metastore.api.Database;
import org.apache.hadoop.hive.metastore.api.MetaException;
import org.apache.hadoop.hive.metastore.api.NoSuchObjectException;
import org.apache.hadoop.hive.metastore.api.Table;

/**
 * Hides every database but the served ones from the serve process's catalog client (Hive's
 * metastore filter hook, {@code hive.metastore.filter.hook}). One place answers for the JDBC
 * listings (getSchemas, getTables, getColumns), SHOW and queries alike: a hidden table does not
 * exist for this process. {@code default} stays listed, empty, because Spark and JDBC clients
 * open their sessions in it.
 *
 * <p>Some tables are reachable by name without being listed: the stored tables behind the
 * released layer's views ({@code cs_pub_store}), which Spark looks up to read a view, and
 * {@code cs_ops.releases} where serve reads a named release. {@link ReadOnlyCheck} refuses
 * queries that name them directly.
 */
public final class VisibleDatabases extends DefaultMetaStoreFilterHookImpl {
  /** Hive setting (from the Spark setting spark.hadoop.*) with the served databases, comma-separated. */
  static final String DATABASES = "clusterscope.serve.databases";
  /** Hive setting with what is reachable by name but not listed: databases, or database.table. */
  static final String REACHABLE = "clusterscope.serve.reachable";
  private static final String DEFAULT = "default";

  private final Set<String> served;
  private final Set<String> reachable;

  public VisibleDatabases(HiveConf conf) {
    super(conf);
    served = names(conf.get(DATABASES, ""));
    reachable = names(conf.get(REACHABLE, ""));
  }

  private static Set<String> names(String list) {
    return Arrays.stream(list.split(",")).map(d -> d.trim().toLowerCase(Locale.ROOT))
        .filter(d -> !d.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  private boolean reachableDatabase(String database) {
    String lower = lower(database);
    return reachable.stream().anyMatch(r -> r.equals(lower) || r.startsWith(lower + "."));
  }

  private boolean reachableTable(String database, String table) {
    return reachable.contains(lower(database)) || reachable.contains(lower(database) + "." + lower(table));
  }

  @Override
  public List<String> filterDatabases(List<String> databases) {
    return databases.stream().filter(d -> served.contains(lower(d)) || lower(d).equals(DEFAULT))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  @Override
  public Database filterDatabase(Database database) throws NoSuchObjectException {
    if (!served.contains(lower(database.getName())) && !lower(database.getName()).equals(DEFAULT)
        && !reachableDatabase(database.getName())) {
      throw new NoSuchObjectException("Database " + database.getName() + " is not served");
    }
    return database;
  }

  @Override
  public List<String> filterTableNames(String database, List<String> tables) throws MetaException {
    return served.contains(lower(database)) ? tables : new ArrayList<>();
  }

  @Override
  public Table filterTable(Table table) throws NoSuchObjectException {
    if (!served.contains(lower(table.getDbName())) && !reachableTable(table.getDbName(), table.getTableName())) {
      throw new NoSuchObjectException("Table " + table.getDbName() + "." + table.getTableName() + " is not served");
    }
    return table;
  }

  @Override
  public List<Table> filterTables(List<Table> tables) throws MetaException {
    return tables.stream().filter(t -> served.contains(lower(t.getDbName()))).collect(Collectors.toCollection(ArrayList::new));
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
