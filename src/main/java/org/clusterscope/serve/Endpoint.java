package org.clusterscope.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.hive.thriftserver.HiveThriftServer2;
import org.clusterscope.config.ServeSettings;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;
import org.clusterscope.release.Release;
import org.clusterscope.release.ReleasePins;
import org.clusterscope.release.ReleaseViews;
import org.clusterscope.release.Releases;
import org.clusterscope.spark.SessionFactory;
import org.clusterscope.spark.SparkSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running serve endpoint: Spark's Thrift server in this process
 * ({@code HiveThriftServer2.startWithContext}) on a session connected to the catalog, answering
 * JDBC/ODBC clients until {@link #close()}.
 */
public final class Endpoint implements AutoCloseable {
  /** How long the Thrift server may take to accept connections once started (it listens from a thread of its own). */
  private static final long LISTEN_TIMEOUT_MS = 60_000;

  private final SparkSession spark;
  private final HiveThriftServer2 server;
  private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);
  private final ServeSettings serve;

  private Endpoint(SparkSession spark, HiveThriftServer2 server, ServeSettings serve) {
    this.spark = spark;
    this.server = server;
    this.serve = serve;
  }

  /** Starts the session and the server and returns once a client can connect. */
  public static Endpoint start(Settings settings) {
    ServeSettings serve = settings.serve();
    requireFreePort(serve);
    ServeConf.systemProperties(serve).forEach(System::setProperty);
    Map<String, String> conf = ServeConf.sparkConf(settings, SparkSettings.of(settings).get("spark.sql.extensions"));
    SparkSession spark = SessionFactory.start(settings, conf);
    try {
      settings.serve().release().ifPresentOrElse(name -> pin(spark, settings, name), () -> warnIfMixed(spark, settings));
      HiveThriftServer2 server = HiveThriftServer2.startWithContext(spark.sqlContext());
      Endpoint endpoint = new Endpoint(spark, server, serve);
      endpoint.awaitListening();
      return endpoint;
    } catch (RuntimeException e) {
      spark.stop();
      throw e;
    }
  }

  /**
   * Makes every session of the Thrift server read the release called {@code name}
   * (serve.release). The Thrift server builds each client's session from the context's settings,
   * so the pins go there, before it starts: Spark has no other way into those sessions.
   */
  private static void pin(SparkSession spark, Settings settings, String name) {
    Release release = Releases.byLocation(spark, settings.catalog()).named(name);
    String pins = ReleasePins.of(release, settings.catalog()).value();
    spark.sparkContext().conf().set(ReleasePins.SETTING, pins);
    spark.conf().set(ReleasePins.SETTING, pins);
  }

  /**
   * Says so when a publish stopped inside its switch left the released views at two releases:
   * clients would read some tables at one and some at the other until the switch is finished.
   * Serve does not finish it itself: that writes the catalog, which only a command holding the
   * warehouse lock may do.
   */
  private static void warnIfMixed(SparkSession spark, Settings settings) {
    java.util.SortedSet<String> shown = new ReleaseViews(spark, settings.catalog()).mixedReleases();
    if (!shown.isEmpty()) {
      LOG.warn("The released tables show releases {}: a publish stopped while switching them, so clients would"
          + " read some tables at one release and some at the other. Run jobs/clusterscope maintain --config {}"
          + " (or the next run) to finish the switch, or set serve.release to one of them.",
          String.join(", ", shown), settings.configFile());
    }
  }

  /** The URL a Hive JDBC client connects with, landing in the first served database. */
  public String jdbcUrl(String database) {
    String host = serve.bindHost().contains(":") ? "[" + serve.bindHost() + "]" : serve.bindHost();
    String url = "jdbc:hive2://" + host + ":" + serve.port() + "/" + database;
    return serve.transport() == ServeSettings.Transport.HTTP
        ? url + ";transportMode=http;httpPath=" + serve.httpPath() : url;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      spark.stop();
    }
  }

  /**
   * The Thrift server exits the JVM when it cannot bind its port, with a stack trace; a port in
   * use is better said before anything starts, naming the key.
   */
  private static void requireFreePort(ServeSettings serve) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(serve.bindHost(), serve.port()));
    } catch (IOException e) {
      throw Errors.servePortUnavailable(serve.bindHost(), serve.port(), e.getMessage());
    }
  }

  private void awaitListening() {
    long deadline = System.currentTimeMillis() + LISTEN_TIMEOUT_MS;
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(serve.bindHost(), serve.port()), 1_000);
        return;
      } catch (IOException e) {
        if (System.currentTimeMillis() > deadline) {
          throw Errors.servePortUnavailable(serve.bindHost(), serve.port(), "the Thrift server did not listen within "
              + LISTEN_TIMEOUT_MS / 1000 + " s (" + e.getMessage() + ")");
        }
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the Thrift server to listen", e);
    }
  }
}
