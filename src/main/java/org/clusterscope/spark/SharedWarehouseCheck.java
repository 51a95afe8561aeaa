package org.clusterscope.spark;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Database;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.errors.Errors;

/**
 * Refuses a configured warehouse that is not where an external metastore records the product's
 * databases. A metastore keeps absolute locations, so a moved or copied warehouse would
 * otherwise go on reading (and writing) the original folder without a word. The embedded
 * metastore travels with its warehouse and is re-pointed ({@link WarehouseRelocation}); a shared
 * one serves other processes that may still use the old place, so it is left to the operator
 * (docs/serving.md, "A moved warehouse").
 */
final class SharedWarehouseCheck {
  private SharedWarehouseCheck() {}

  static void check(SparkSession spark, CatalogSettings catalog) {
    Path warehouse = qualified(catalog.warehouse().uri());
    List<Database> databases = spark.catalog().listDatabases().collectAsList();
    for (Database database : databases) {
      if (!database.name().startsWith(catalog.databasePrefix() + "_")) {
        continue;
      }
      Path recorded = qualified(database.locationUri());
      Path expected = new Path(warehouse, database.name() + ".db");
      if (!recorded.equals(expected)) {
        throw Errors.sharedWarehouseMismatch(catalog.warehouse().toString(), database.name(),
            recorded.getParent() == null ? recorded.toString() : recorded.getParent().toString(),
            catalog.metastore().displayUrl());
      }
    }
  }

  /** {@code file:/a}, {@code file:///a} and {@code /a} alike. */
  private static Path qualified(String location) {
    Path path = new Path(location);
    java.net.URI uri = path.toUri();
    String scheme = uri.getScheme() == null ? "file" : uri.getScheme();
    return new Path(scheme, uri.getAuthority(), uri.getPath());
  }
}
