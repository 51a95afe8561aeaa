package org.clusterscope.config;

import java.time.Duration;

/**
 * How a pipeline command reports its progress while it runs (docs/operations.md, "Progress").
 *
 * @param mode where the progress goes
 * @param logInterval how often a long stage logs a progress line when no terminal shows it
 */
public record ProgressSettings(Mode mode, Duration logInterval) {

  /** Where the progress goes. */
  public enum Mode {
    /** A line rewritten in place on a terminal; INFO log lines when there is none (cron, Airflow). */
    AUTO,
    /** INFO log lines, also on a terminal. */
    LOG,
    /** Nothing. */
    OFF;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
