package org.clusterscope.publish;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pause after a named table's write, for the crash tests only (CrashRecoveryTest): with the
 * environment variable {@value #VARIABLE} set to a qualified table name (e.g.
 * {@code cs_gold.region_sector}), the process says so on standard error after its first commit
 * to that table and sleeps until it is killed. That gives the test a known point to kill it at
 * (during ingest, conform, between two gold tables, during publish) without timing guesses.
 * Unset, as everywhere but in those tests, it costs one environment lookup per write.
 */
final class CrashTestPoint {
  static final String VARIABLE = "CLUSTERSCOPE_TEST_PAUSE_AFTER";
  /** What the test waits for on standard error, followed by the table name. */
  static final String SIGNAL = "clusterscope test pause after ";
  private static final Logger LOG = LoggerFactory.getLogger(CrashTestPoint.class);

  private CrashTestPoint() {}

  static void after(String table) {
    String pauseAt = System.getenv(VARIABLE);
    if (pauseAt == null || !pauseAt.toLowerCase(Locale.ROOT).equals(table.toLowerCase(Locale.ROOT))) {
      return;
    }
    LOG.warn("{} is set: pausing after the write of {} until the process is stopped", VARIABLE, table);
    System.err.println(SIGNAL + table);
    System.err.flush();
    try {
      while (true) {
        Thread.sleep(60_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
