package org.clusterscope.cli;

import java.time.Duration;
import org.clusterscope.config.Settings;
import org.clusterscope.lock.LockHolder;
import org.clusterscope.lock.WarehouseLock;
import picocli.CommandLine.Option;

/**
 * {@code --wait <duration>} of every command that writes (run, the stage commands, maintain,
 * {@code sql --allow-writes}): how long to wait for the warehouse lock another command holds
 * before giving up with exit code 1 (docs/operations.md, Locks).
 */
final class LockOptions {
  @Option(names = "--wait", paramLabel = "<duration>", converter = WaitDuration.class,
      description = "If another command holds the warehouse lock, wait up to this long for it (e.g. 90s, 30m, 2h)"
          + " instead of failing at once with exit code 1 (docs/operations.md).")
  Duration wait = Duration.ZERO;

  /** Takes the warehouse lock for a command starting now, waiting as the option says. */
  WarehouseLock acquire(Settings settings, LockHolder holder) {
    return WarehouseLock.acquire(settings, holder, wait);
  }
}
