package org.clusterscope.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of serve as a BI tool sees it: JDBC clients, each on its own connection, running the
 * same query in turn, timed from execute to the last row fetched. Two queries of DESIGN's
 * serving contract: one region's clusters (a point query) and every row of
 * {@code cs_pub.region_sector} (a full scan, as a BI extract reads it).
 */
public final class ServeLatency {
  /** A query and the parameters it is run with. */
  public record Query(String name, String sql, List<Object> parameters) {}

  /** Median and 95th percentile of one query at one number of clients, in milliseconds. */
  public record Figure(String query, int clients, int runs, double medianMs, double p95Ms, long rows) {}

  private final String url;
  private final String user;
  private final String password;

  public ServeLatency(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /**
   * Connects and runs {@code SELECT 1} until it answers, for the time from serve's start to its
   * first answered query.
   *
   * @return seconds since {@code startNanos}
   */
  public double awaitFirstAnswer(long startNanos, long timeoutSeconds) throws InterruptedException {
    long deadline = startNanos + timeoutSeconds * 1_000_000_000L;
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      try (Connection c = connect(); PreparedStatement p = c.prepareStatement("SELECT 1"); ResultSet r = p.executeQuery()) {
        r.next();
        return (System.nanoTime() - startNanos) / 1e9;
      } catch (SQLException e) {
        last = e;
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("serve did not answer at " + url + " within " + timeoutSeconds + " s: "
        + (last == null ? "" : last.getMessage()), last);
  }

  /** The point query on the region with the most cells at the finest level of the latest year. */
  public Query pointQuery() throws SQLException {
    try (Connection c = connect(); PreparedStatement p = c.prepareStatement(
        "SELECT region_code, reference_year FROM cs_pub.region_sector WHERE nuts_level ="
            + " (SELECT max(nuts_level) FROM cs_pub.region_sector) AND reference_year ="
            + " (SELECT max(reference_year) FROM cs_pub.region_sector)"
            + " GROUP BY region_code, reference_year ORDER BY count(*) DESC, region_code LIMIT 1");
        ResultSet r = p.executeQuery()) {
      if (!r.next()) {
        throw new IllegalStateException("cs_pub.region_sector is empty: run and publish first");
      }
      return new Query("point: one region's clusters (" + r.getString(1) + ", " + r.getInt(2) + ")",
          "SELECT sector_scheme, sector_code, employment, lq, stars, strong_cluster FROM cs_pub.region_sector"
              + " WHERE region_code = ? AND reference_year = ? AND (stars > 0 OR strong_cluster)",
          List.of(r.getString(1), r.getInt(2)));
    }
  }

  public static Query fullScan() {
    return new Query("full scan: every row of cs_pub.region_sector", "SELECT * FROM cs_pub.region_sector", List.of());
  }

  /** {@code clients} connections, each running {@code runs} times after one unmeasured warm-up run. */
  public Figure measure(Query query, int clients, int runs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    long[] rows = new long[1];
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        futures.add(pool.submit(() -> {
          try (Connection c = connect(); PreparedStatement p = c.prepareStatement(query.sql())) {
            for (int k = 0; k < query.parameters().size(); k++) {
              p.setObject(k + 1, query.parameters().get(k));
            }
            for (int run = 0; run <= runs; run++) {
              long start = System.nanoTime();
              long fetched = 0;
              try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                  fetched++;
                }
              }
              if (run > 0) {
                millis.add((System.nanoTime() - start) / 1e6);
              }
              rows[0] = fetched;
            }
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return new Figure(query.name(), clients, sorted.size(), percentile(sorted, 0.5), percentile(sorted, 0.95), rows[0]);
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(List<Double> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
