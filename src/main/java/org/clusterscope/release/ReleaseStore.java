package org.clusterscope.release;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.publish.TableWriter;

/**
 * The stored tables behind the released layer ({@code cs_pub_store}), made ready before a
 * publish writes them: created with explicit DDL, told to keep their history, and, in a
 * warehouse whose {@code cs_pub} still holds the tables an earlier clusterscope wrote there,
 * filled with those rows once, so that the years this publish does not rewrite stay released.
 */
final class ReleaseStore {
  /**
   * How long the stored tables keep their transaction log and the record of removed files.
   * Delta's defaults (30 days of log, a week of removals) would make a release older than that
   * unreadable, or let VACUUM judge its files by their age alone; {@code maintain} decides which
   * files go, from the releases it keeps (maintain.Retention). Ten years of a nightly publish
   * is some 3,650 small commit files per table.
   */
  static final Map<String, String> HISTORY = Map.of(
      "delta.logRetentionDuration", "interval 3650 days",
      "delta.deletedFileRetentionDuration", "interval 3650 days");

  private final SparkSession spark;
  private final CatalogSettings catalog;
  private final TableWriter writer;

  ReleaseStore(SparkSession spark, CatalogSettings catalog, TableWriter writer) {
    this.spark = spark;
    this.catalog = catalog;
    this.writer = writer;
  }

  void prepare() {
    writer.ensure(PubTables.STORED);
    for (TableSpec released : PubTables.ALL) {
      TableSpec stored = PubTables.stored(released);
      // Carried over while the stored table is empty: once its rows are there, a publish killed
      // before the view replaced the old table does not copy them twice.
      if (ReleaseViews.isTable(spark, catalog, released) && spark.table(stored.qualifiedName(catalog)).isEmpty()) {
        spark.sql("INSERT INTO " + stored.qualifiedName(catalog) + " SELECT " + columns(stored) + " FROM "
            + released.qualifiedName(catalog));
      }
      keepHistory(stored);
    }
  }

  private void keepHistory(TableSpec stored) {
    String table = stored.qualifiedName(catalog);
    Map<String, String> current = spark.sql("SHOW TBLPROPERTIES " + table).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), (Row r) -> r.getString(1), (a, b) -> b));
    if (!HISTORY.entrySet().stream().allMatch(e -> e.getValue().equals(current.get(e.getKey())))) {
      spark.sql("ALTER TABLE " + table + " SET TBLPROPERTIES (" + HISTORY.entrySet().stream()
          .map(e -> "'" + e.getKey() + "' = '" + e.getValue() + "'").sorted().collect(Collectors.joining(", ")) + ")");
    }
  }

  /** The table's columns, quoted, in its order. */
  static String columns(TableSpec spec) {
    List<String> names = spec.columnNames();
    return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }
}
