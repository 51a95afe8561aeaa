package org.clusterscope.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostgreSQL database for the tests of the shared catalog. The server is the one
 * {@code .ci/run} installs and starts, reached at {@code CLUSTERSCOPE_TEST_POSTGRES} (a JDBC URL
 * with user and password, as {@link #DEFAULT_URL}); where nothing answers there the calling test
 * class is skipped with a message saying so.
 */
public final class TestPostgres {
  public static final String ENV = "CLUSTERSCOPE_TEST_POSTGRES";
  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=clusterscope&password=clusterscope";

  private final String serverUrl;
  private final String database;

  private TestPostgres(String serverUrl, String database) {
    this.serverUrl = serverUrl;
    this.database = database;
  }

  /** Creates an empty database named {@code prefix_<time>}, or skips the test class. */
  public static TestPostgres freshDatabase(String prefix) {
    String url = System.getenv().getOrDefault(ENV, DEFAULT_URL);
    String database = prefix + "_" + System.currentTimeMillis();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL is not reachable at " + url.replaceAll("password=[^&]*", "password=***")
          + " (" + e.getMessage() + "): the shared-catalog tests are skipped. .ci/run installs and starts it;"
          + " elsewhere set " + ENV + " to a JDBC URL of a role that may create databases.");
    }
    return new TestPostgres(url, database);
  }

  /** The JDBC URL of the fresh database, credentials included. */
  public String url() {
    return serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
  }

  /** Drops the database; the processes using it must have ended. */
  public void drop() {
    try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop the test database " + database + ": " + e.getMessage(), e);
    }
  }
}
