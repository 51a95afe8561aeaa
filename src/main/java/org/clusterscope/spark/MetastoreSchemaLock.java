package org.clusterscope.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.clusterscope.config.CatalogSettings.MetastoreSettings;
import org.clusterscope.errors.Errors;

/**
 * Lets one process at a time open a PostgreSQL metastore for the first time. On an empty database
 * the first session creates the metastore's schema and its default rows; two JVMs doing that at
 * once (a nightly run and serve started together) can deadlock or fail on a duplicate row, so
 * each takes a PostgreSQL advisory lock while its catalog starts, and the later one finds the
 * schema made. Held for seconds, only at start-up; other databases go without it.
 */
final class MetastoreSchemaLock implements AutoCloseable {
  /** Any fixed number: the lock's name among the database's advisory locks. */
  private static final long KEY = 0x636c7573746572L; // "cluster"

  private final Connection connection;

  private MetastoreSchemaLock(Connection connection) {
    this.connection = connection;
  }

  /** Waits for the lock on a PostgreSQL metastore; a no-op for any other. */
  static MetastoreSchemaLock acquire(MetastoreSettings metastore) {
    if (!metastore.url().startsWith("jdbc:postgresql:")) {
      return new MetastoreSchemaLock(null);
    }
    Properties credentials = new Properties();
    if (!metastore.user().isEmpty()) {
      credentials.setProperty("user", metastore.user());
    }
    if (!metastore.password().isEmpty()) {
      credentials.setProperty("password", metastore.password());
    }
    try {
      Connection connection = DriverManager.getConnection(metastore.url(), credentials);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
      }
      return new MetastoreSchemaLock(connection);
    } catch (SQLException e) {
      String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
      throw Errors.metastoreUnavailable(metastore.displayUrl(), reason.replace(metastore.url(), metastore.displayUrl()), e);
    }
  }

  /** Closing the connection releases the lock. */
  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // The session is up; the server releases the lock with the connection either way.
      }
    }
  }
}
