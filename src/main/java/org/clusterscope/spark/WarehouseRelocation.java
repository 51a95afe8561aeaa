package org.clusterscope.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterscope.errors.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a copied or moved warehouse on its own tables. The embedded metastore in
 * {@code <warehouse>/metastore_db} records absolute locations, so a copy of the folder (a backup
 * restored elsewhere, say) would read, and write, the tables of the original. Before Spark
 * opens the catalog, the locations recorded under the folder where the product's databases were
 * created are re-pointed to the configured warehouse, when every recorded folder is present at
 * the same place within it; otherwise the session is refused with what to do.
 *
 * <p>Spark's built-in Hive 2.3 client cannot change a database's location (ALTER DATABASE ... SET
 * LOCATION needs a Hive 3 metastore), so the locations are rewritten in the metastore's own tables
 * over JDBC, as Hive's {@code metatool -updateLocation} does. The Derby engine stays up in this
 * JVM and serves Hive's connections afterwards.
 */
final class WarehouseRelocation {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseRelocation.class);
  /** Derby's SQL state for a table that does not exist: a metastore whose schema Hive has not created yet. */
  private static final String NO_SUCH_TABLE = "42X05";

  /** A location column: the table, its key columns, the location column, and an optional filter. */
  private record Column(String table, String keys, String column, String filter) {
    String select() {
      return "SELECT " + keys + ", " + column + " FROM " + table + filter;
    }

    String update() {
      String where = String.join(" AND ", java.util.Arrays.stream(keys.split(", ")).map(k -> k + " = ?").toList());
      return "UPDATE " + table + " SET " + column + " = ? WHERE " + where;
    }

    int keyCount() {
      return keys.split(", ").length;
    }
  }

  private static final List<Column> LOCATIONS = List.of(
      new Column("DBS", "DB_ID", "DB_LOCATION_URI", ""),
      new Column("SDS", "SD_ID", "LOCATION", ""),
      // Spark keeps a data source table's own path here, beside Hive's location.
      new Column("SERDE_PARAMS", "SERDE_ID, PARAM_KEY", "PARAM_VALUE", " WHERE PARAM_KEY = 'path'"));

  /** Hive's location of a data source table it cannot read itself; no folder is expected there. */
  private static final String PLACEHOLDER = "-__PLACEHOLDER__";

  private WarehouseRelocation() {}

  /**
   * Re-points the catalog of {@code warehouse} to it if its databases named {@code prefix_*} were
   * created elsewhere; does nothing when there is no metastore yet or it already points here.
   */
  static void apply(Path warehouse, String databasePrefix) {
    Path metastore = warehouse.resolve("metastore_db");
    if (!Files.isDirectory(metastore)) {
      return;
    }
    try (Connection connection = DriverManager.getConnection("jdbc:derby:" + metastore)) {
      connection.setAutoCommit(false);
      try {
        Optional<String> recorded = recordedWarehouse(connection, warehouse, databasePrefix);
        if (recorded.isPresent() && !sameFolder(path(recorded.get()), warehouse)) {
          relocate(connection, recorded.get(), warehouse);
        }
      } finally {
        connection.rollback(); // Derby closes no connection inside a transaction; a relocation has committed
      }
    } catch (SQLException e) {
      if (MetastoreLock.isLockError(e)) {
        throw Errors.metastoreLocked(warehouse, e);
      }
      if (!NO_SUCH_TABLE.equals(e.getSQLState())) {
        throw new IllegalStateException("Cannot read the embedded metastore " + metastore + ": " + e.getMessage(), e);
      }
    }
  }

  /** The folder (as the metastore spells it) holding the product's {@code <database>.db} folders. */
  private static Optional<String> recordedWarehouse(Connection connection, Path warehouse, String prefix)
      throws SQLException {
    String recorded = null;
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT NAME, DB_LOCATION_URI FROM DBS WHERE NAME LIKE ? ESCAPE '!'")) {
      query.setString(1, prefix.replace("_", "!_") + "!_%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String database = rows.getString(1);
          String location = rows.getString(2);
          String suffix = "/" + database + ".db";
          String parent = location.endsWith(suffix) ? location.substring(0, location.length() - suffix.length()) : null;
          if (parent == null || !parent.startsWith("file:") || (recorded != null && !recorded.equals(parent))) {
            throw Errors.databaseOutsideWarehouse(warehouse, database, location);
          }
          recorded = parent;
        }
      }
    }
    return Optional.ofNullable(recorded);
  }

  private static void relocate(Connection connection, String from, Path warehouse) throws SQLException {
    String to = "file:" + warehouse.toAbsolutePath().normalize();
    List<Path> missing = new ArrayList<>();
    int changed = 0;
    for (Column column : LOCATIONS) {
      try (PreparedStatement query = connection.prepareStatement(column.select());
          PreparedStatement update = connection.prepareStatement(column.update());
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String location = rows.getString(column.keyCount() + 1);
          if (location == null || !(location.equals(from) || location.startsWith(from + "/"))) {
            continue;
          }
          String moved = to + location.substring(from.length());
          if (!moved.endsWith(PLACEHOLDER) && !Files.isDirectory(path(moved))) {
            missing.add(path(moved));
          }
          update.setString(1, moved);
          for (int k = 1; k <= column.keyCount(); k++) {
            update.setObject(k + 1, rows.getObject(k));
          }
          update.executeUpdate();
          changed++;
        }
      }
    }
    if (!missing.isEmpty()) {
      throw Errors.warehouseCopyIncomplete(warehouse, path(from), missing.stream().distinct().toList());
    }
    connection.commit();
    LOG.info("The warehouse {} was copied or moved from {}: re-pointed {} locations of its catalog to it",
        warehouse, path(from), changed);
  }

  /** A local path from a location as Hive records it ({@code file:/a/b}, not percent-encoded). */
  private static Path path(String location) {
    return Paths.get(new org.apache.hadoop.fs.Path(location).toUri().getPath());
  }

  private static boolean sameFolder(Path recorded, Path warehouse) {
    try {
      return recorded.equals(warehouse.toAbsolutePath().normalize())
          || (Files.exists(recorded) && Files.isSameFile(recorded, warehouse));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
