package org.clusterscope.maintain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusterscope.config.MaintainSettings;

/**
 * How long VACUUM keeps removed files (docs/operations.md, "Releases and maintenance"). Every
 * table keeps them for {@code maintain.retention-hours}. The stored tables behind the released
 * layer keep them also for the age of the oldest release to keep, the {@code keep-releases}-th
 * newest, plus an hour: a file that release reads was removed, if at all, by a commit after the
 * release was recorded (publish writes each stored table once, before its release row), so
 * files removed longer ago than that are read by no kept release.
 *
 * @param hours the retention of every table but the stored ones
 * @param storeHours the retention of the stored tables
 * @param oldestKept the oldest release kept readable, if any release was recorded
 */
public record Retention(int hours, int storeHours, Optional<KeptRelease> oldestKept) {
  /** Margin over the oldest kept release's age, for clocks that differ between machines. */
  static final Duration MARGIN = Duration.ofHours(1);

  /** A release by the facts retention needs: its name, time and place among the newest. */
  public record KeptRelease(String name, Instant createdAt, int rank) {}

  /**
   * @param createdNewestFirst the names and times of the recorded releases, newest first
   */
  public static Retention of(MaintainSettings settings, List<KeptRelease> createdNewestFirst, Instant now) {
    if (createdNewestFirst.isEmpty()) {
      return new Retention(settings.retentionHours(), settings.retentionHours(), Optional.empty());
    }
    KeptRelease oldest = createdNewestFirst.get(Math.min(settings.keepReleases(), createdNewestFirst.size()) - 1);
    Duration age = Duration.between(oldest.createdAt(), now).plus(MARGIN);
    long ageHours = Math.max(0, (age.toMinutes() + 59) / 60);
    long store = Math.max(settings.retentionHours(), ageHours);
    if (store > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Release " + oldest.name() + " is " + ageHours + " hours old");
    }
    return new Retention(settings.retentionHours(), (int) store, Optional.of(oldest));
  }

  /** One line for the log and the command's output. */
  public String describe() {
    return "files removed more than " + hours + " h ago" + oldestKept.map(kept -> "; in the released tables' store,"
        + " more than " + storeHours + " h ago, keeping release " + kept.name() + " (" + kept.createdAt()
        + ", " + rank(kept.rank()) + ") and every newer one readable").orElse("");
  }

  private static String rank(int rank) {
    return rank == 1 ? "the newest" : "number " + rank + " from the newest";
  }
}
