package org.clusterscope.maintain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusterscope.config.MaintainSettings;
import org.clusterscope.maintain.Retention.KeptRelease;
import org.junit.jupiter.api.Test;

/** The retention of VACUUM: the configured hours, and for the released tables' store the age of the oldest kept release. */
class RetentionTest {
  private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

  /** Nightly releases at 05:00 UTC, newest first: 1 h, 25 h, 49 h, ... old. */
  private static List<KeptRelease> nightly(int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> new KeptRelease("r" + i,
        NOW.minus(Duration.ofHours(1 + 24L * i)), i + 1)).toList();
  }

  @Test
  void withoutReleasesEveryTableKeepsTheConfiguredHours() {
    assertEquals(new Retention(168, 168, Optional.empty()), Retention.of(new MaintainSettings(168, 10), List.of(), NOW));
  }

  @Test
  void theStoreKeepsTheFilesOfTheOldestKeptReleaseWithAnHourToSpare() {
    // Ten kept of twenty nightly releases: the tenth newest is 1 + 9 * 24 = 217 h old, plus the hour's margin.
    Retention retention = Retention.of(new MaintainSettings(168, 10), nightly(20), NOW);
    assertEquals(168, retention.hours());
    assertEquals(218, retention.storeHours());
    assertEquals("r9", retention.oldestKept().orElseThrow().name());
    // Three kept: the third newest is 49 h old, below the configured week, which stays.
    assertEquals(168, Retention.of(new MaintainSettings(168, 3), nightly(20), NOW).storeHours());
    assertEquals(50, Retention.of(new MaintainSettings(24, 3), nightly(20), NOW).storeHours());
  }

  @Test
  void fewerReleasesThanKeptKeepsTheOldestAndPartHoursRoundUp() {
    List<KeptRelease> two = List.of(new KeptRelease("b", NOW.minus(Duration.ofMinutes(30)), 1),
        new KeptRelease("a", NOW.minus(Duration.ofHours(400).plusMinutes(1)), 2));
    Retention retention = Retention.of(new MaintainSettings(1, 5), two, NOW);
    // 400 h 1 min old plus 1 h: 401 h 1 min, rounded up.
    assertEquals(402, retention.storeHours());
    assertEquals(1, retention.hours());
    assertTrue(retention.describe().contains("keeping release a (") && retention.describe().contains("402 h"),
        retention.describe());
    assertEquals(2, Retention.of(new MaintainSettings(1, 1), two, NOW).storeHours(), "30 min + 1 h, rounded up");
  }
}
