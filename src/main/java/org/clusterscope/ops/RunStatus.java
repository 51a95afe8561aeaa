package org.clusterscope.ops;

import java.util.Locale;

/** How a run stands in {@code cs_ops.runs} (docs/operations.md, "Locks, runs and exit codes"). */
public enum RunStatus {
  /** Written when the run starts; a run left so after its process is gone becomes interrupted. */
  RUNNING,
  SUCCEEDED,
  FAILED,
  /** Stopped by SIGTERM or SIGINT (a scheduler's timeout, Ctrl-C); its record written on the way out. */
  CANCELLED,
  /** Its process died without a word (kill -9, out of memory, a reboot); marked by the next run that took the lock over. */
  INTERRUPTED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
