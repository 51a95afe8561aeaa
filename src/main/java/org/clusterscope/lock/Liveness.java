package org.clusterscope.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a lock whose holder is alive from one whose holder died (killed, out of memory, the
 * machine rebooted). On the holder's host the process table answers at once: the process id is
 * gone, or now belongs to a process started after the lock was taken. From another host only the
 * heartbeat can: a lock file not refreshed for {@code staleAfter} is dead. A file whose content
 * cannot be read (its writer died between creating and writing it) is judged by its age alone.
 */
final class Liveness {
  /** Process start times and the lock's start time come from different clocks; allow this much. */
  private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);

  private final String localHost;
  private final Duration staleAfter;
  private final Clock clock;

  Liveness(String localHost, Duration staleAfter, Clock clock) {
    this.localHost = localHost;
    this.staleAfter = staleAfter;
    this.clock = clock;
  }

  boolean isDead(Optional<LockHolder> holder, Instant modified) {
    if (holder.isPresent() && holder.get().host().equals(localHost)) {
      return !processAlive(holder.get());
    }
    return modified.plus(staleAfter).isBefore(clock.instant());
  }

  /** Why the holder is taken for dead, for the log and the interrupted run's record. */
  String reason(Optional<LockHolder> holder) {
    if (holder.isPresent() && holder.get().host().equals(localHost)) {
      return "its process " + holder.get().pid() + " on " + localHost + " is gone";
    }
    return "its lock file was not refreshed for more than " + staleAfter.toSeconds() + " s";
  }

  private static boolean processAlive(LockHolder holder) {
    Optional<ProcessHandle> process = ProcessHandle.of(holder.pid());
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    // A reused process id: the process started after the lock was taken, so it is another one.
    Optional<Instant> started = process.get().info().startInstant();
    return started.isEmpty() || !started.get().isAfter(holder.startedAt().plus(CLOCK_SLACK));
  }
}
