package org.clusterscope.spark;

import java.util.concurrent.TimeUnit;
import org.apache.hadoop.util.ShutdownHookManager;

/**
 * The order in which clusterscope's shutdown hooks run when the JVM is stopped (SIGTERM from a
 * scheduler's timeout, Ctrl-C). Spark runs all its own hooks, among them stopping the
 * SparkContext, from one Hadoop shutdown hook of priority 40 ({@code SparkShutdownHookManager});
 * Hadoop runs hooks one after another, higher priorities first. So a run's record is written
 * while the session still works, and the warehouse lock is released after that write and before
 * Spark stops.
 */
public final class ShutdownOrder {
  /** Spark's own hooks (SparkContext.stop and the rest). */
  static final int SPARK = 40;
  /** Writing the cancelled run's record and data-quality rows: needs the session. */
  public static final int RUN_RECORD = SPARK + 20;
  /** Releasing the warehouse lock: after the record, so no other run starts before it is written. */
  public static final int WAREHOUSE_LOCK = SPARK + 10;

  /** How long a hook may take before Hadoop gives up on it: the record's writes take seconds. */
  private static final long TIMEOUT_SECONDS = 120;

  private ShutdownOrder() {}

  /** Registers {@code hook} at {@code priority}; returns it for {@link #remove}. */
  public static Runnable add(Runnable hook, int priority) {
    ShutdownHookManager.get().addShutdownHook(hook, priority, TIMEOUT_SECONDS, TimeUnit.SECONDS);
    return hook;
  }

  /** Removes a hook that is no longer needed (the run ended); a no-op while the JVM shuts down. */
  public static void remove(Runnable hook) {
    ShutdownHookManager manager = ShutdownHookManager.get();
    if (!manager.isShutdownInProgress()) {
      manager.removeShutdownHook(hook);
    }
  }
}
