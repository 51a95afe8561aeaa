package org.clusterscope.spark;

import java.time.Duration;
import java.util.Locale;

/**
 * The text of one progress line: what runs, the finished tasks of its running jobs out of those
 * planned, how long its pipeline stage has run, and a rough estimate of what is left of those jobs
 * (their time so far, scaled by the tasks still to run), e.g.
 * {@code indicators: region_sector [2023] | tasks 12/40 | indicators 3m 10s | about 2m 31s left}.
 */
public final class ProgressLine {
  private ProgressLine() {}

  /** @param nowMillis the wall-clock time of the line, as the snapshot's times */
  public static String of(JobProgress.Snapshot snapshot, long nowMillis) {
    String left;
    if (snapshot.tasksDone() == 0) {
      left = "estimating";
    } else if (snapshot.tasksDone() >= snapshot.tasksTotal()) {
      left = "finishing";
    } else {
      long jobsMillis = Math.max(0, nowMillis - snapshot.jobsSinceMillis());
      long remaining = jobsMillis * (snapshot.tasksTotal() - snapshot.tasksDone()) / snapshot.tasksDone();
      left = "about " + format(Duration.ofMillis(remaining)) + " left";
    }
    return snapshot.description() + " | tasks " + snapshot.tasksDone() + "/" + snapshot.tasksTotal() + " | "
        + snapshot.stage() + " " + format(Duration.ofMillis(nowMillis - snapshot.stageSinceMillis())) + " | " + left;
  }

  /** 7s, 1m 05s, 2h 03m. */
  static String format(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
  }
}
