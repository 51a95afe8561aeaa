package org.clusterscope.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
  /** Jobs running for {@code jobsSeconds}, in a stage that started 125 s before. */
  private static String line(long done, long total, long jobsSeconds) {
    long now = 1_000_000;
    return ProgressLine.of(new JobProgress.Snapshot("indicators: region_sector [2023]", "indicators", done, total,
        now - jobsSeconds * 1000, now - 125_000), now);
  }

  @Test
  void theEstimateScalesTheJobsTimeSoFarByTheTasksLeft() {
    // 12 of 40 tasks in 65 s: 28 more at 65/12 s each = 151.67 s, 2m 31s.
    assertEquals("indicators: region_sector [2023] | tasks 12/40 | indicators 2m 05s | about 2m 31s left",
        line(12, 40, 65));
  }

  @Test
  void noEstimateBeforeTheFirstTaskEndsAndNoneLeftAfterTheLast() {
    assertEquals("indicators: region_sector [2023] | tasks 0/8 | indicators 2m 05s | estimating", line(0, 8, 7));
    assertEquals("indicators: region_sector [2023] | tasks 8/8 | indicators 2m 05s | finishing", line(8, 8, 7));
  }

  @Test
  void durationsReadAsSecondsMinutesOrHours() {
    assertEquals("7s", ProgressLine.format(java.time.Duration.ofMillis(7_900)));
    assertEquals("1m 05s", ProgressLine.format(java.time.Duration.ofSeconds(65)));
    assertEquals("2h 03m", ProgressLine.format(java.time.Duration.ofSeconds(2 * 3600 + 3 * 60 + 59)));
  }
}
