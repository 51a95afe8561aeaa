package org.clusterscope.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.types.StructType;

/**
 * The shell's words from the session: keywords from {@code sql_keywords()}, functions from
 * {@code SHOW FUNCTIONS}, databases and tables from the metastore (not the session's temporary
 * views). A Delta table's columns come from the schema the metastore keeps for it
 * ({@code spark.databricks.delta.catalog.update.enabled}), which costs one metastore call, not a
 * replay of the table's log; only a table whose metastore schema is empty is opened. Nothing is
 * read before the first Tab.
 */
final class SparkSqlVocabulary implements SqlVocabulary {
  private final SparkSession spark;
  private List<String> keywords;
  private List<String> functions;
  private List<String> databases;
  private final Map<String, List<String>> tables = new HashMap<>();
  private final Map<String, List<String>> columns = new HashMap<>();

  SparkSqlVocabulary(SparkSession spark) {
    this.spark = spark;
  }

  @Override
  public synchronized List<String> keywords() {
    if (keywords == null) {
      keywords = firstColumn("SELECT keyword FROM sql_keywords()");
    }
    return keywords;
  }

  @Override
  public synchronized List<String> functions() {
    if (functions == null) {
      functions = firstColumn("SHOW FUNCTIONS").stream().filter(f -> f.chars().allMatch(c -> SqlLineParser.isWordChar((char) c)))
          .map(f -> f.substring(f.lastIndexOf('.') + 1)).distinct().toList();
    }
    return functions;
  }

  @Override
  public synchronized List<String> databases() {
    if (databases == null) {
      databases = firstColumn("SHOW DATABASES");
    }
    return databases;
  }

  @Override
  public synchronized List<String> tables(String database) {
    return tables.computeIfAbsent(database.toLowerCase(Locale.ROOT), db -> !databases().contains(db) ? List.of()
        : readOrEmpty(() -> metastoreTables(db)));
  }

  @Override
  public synchronized List<String> columns(String database, String table) {
    String db = database.toLowerCase(Locale.ROOT);
    String name = table.toLowerCase(Locale.ROOT);
    return columns.computeIfAbsent(db + "." + name, key -> !tables(db).contains(name) ? List.of()
        : readOrEmpty(() -> List.of(schema(db, name).fieldNames())));
  }

  /** The metastore's tables of {@code db}: a session's temporary views, which SHOW TABLES adds, are in no database. */
  private List<String> metastoreTables(String db) {
    List<String> names = new ArrayList<>();
    scala.collection.Iterator<String> listed = spark.sessionState().catalog().externalCatalog().listTables(db).iterator();
    while (listed.hasNext()) {
      names.add(listed.next());
    }
    return List.copyOf(names);
  }

  private StructType schema(String db, String table) {
    CatalogTable kept = spark.sessionState().catalog().externalCatalog().getTable(db, table);
    return kept.schema().isEmpty() ? spark.table("`" + db + "`.`" + table + "`").schema() : kept.schema();
  }

  @Override
  public synchronized void refresh() {
    databases = null;
    tables.clear();
    columns.clear();
  }

  private List<String> firstColumn(String query) {
    return readOrEmpty(() -> {
      List<String> values = new ArrayList<>();
      for (Row row : spark.sql(query).collectAsList()) {
        values.add(row.getString(0));
      }
      return List.copyOf(values);
    });
  }

  /** A failed lookup completes nothing rather than interrupt the line being typed. */
  private static List<String> readOrEmpty(Supplier<List<String>> read) {
    try {
      return read.get();
    } catch (Exception e) { // AnalysisException is checked, but thrown undeclared from Scala
      return List.of();
    }
  }
}
