package org.clusterscope.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.conf.Configuration;
import org.clusterscope.config.Location;
import org.clusterscope.config.LockSettings;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;
import org.clusterscope.spark.ShutdownOrder;
import org.clusterscope.spark.SparkSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock a writing command holds on its warehouse, so that two runs never write the same tables
 * at once: a file {@value #FILE_NAME} in the warehouse folder, created atomically, naming its
 * holder. The holder refreshes the file's time every heartbeat; a lock whose holder died is taken
 * over ({@link Liveness}). Released by {@link #close()} and, should the JVM be stopped, by a
 * shutdown hook.
 *
 * <p>Taking over is itself guarded: a second file, named after the dead holder's run, is created
 * atomically first, so of several processes finding the same dead lock exactly one replaces it,
 * and one that arrives later sees the new holder.
 */
public final class WarehouseLock implements AutoCloseable {
  public static final String FILE_NAME = "_clusterscope.lock";
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseLock.class);

  private final LockStore store;
  private final LockHolder holder;
  private final Optional<LockHolder> takenOverFrom;
  private final ScheduledExecutorService heartbeat;
  private final AtomicBoolean released = new AtomicBoolean();
  private final Runnable shutdownHook;

  private WarehouseLock(LockStore store, LockHolder holder, Optional<LockHolder> takenOverFrom, Duration every) {
    this.store = store;
    this.holder = holder;
    this.takenOverFrom = takenOverFrom;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "clusterscope-lock-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    heartbeat.scheduleAtFixedRate(this::refresh, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    this.shutdownHook = ShutdownOrder.add(this::release, ShutdownOrder.WAREHOUSE_LOCK);
  }

  /**
   * Takes the lock of the configured warehouse for {@code holder}, waiting up to {@code wait}
   * (zero: fail at once) while a live process holds it.
   */
  public static WarehouseLock acquire(Settings settings, LockHolder holder, Duration wait) {
    return acquire(store(settings), holder, settings.lock(), wait, Clock.systemUTC());
  }

  /** A local warehouse through java.nio; any other through the Hadoop file system of its URI. */
  private static LockStore store(Settings settings) {
    Location warehouse = settings.catalog().warehouse();
    if (warehouse.isLocal()) {
      return new LocalLockStore(warehouse.localPath());
    }
    Configuration conf = new Configuration();
    SparkSettings.of(settings).forEach((key, value) -> {
      if (key.startsWith("spark.hadoop.")) {
        conf.set(key.substring("spark.hadoop.".length()), value);
      }
    });
    org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(warehouse.uri());
    try {
      return new HadoopLockStore(folder.getFileSystem(conf), folder);
    } catch (IOException e) {
      throw Errors.warehouseLockFailed(warehouse.uri() + "/" + FILE_NAME, e);
    }
  }

  /**
   * Takes the lock for {@code holder}, waiting up to {@code wait} (zero: fail at once) while a live
   * process holds it.
   *
   * @throws org.clusterscope.errors.ClusterscopeException naming the holder when the time is up
   */
  static WarehouseLock acquire(LockStore store, LockHolder holder, LockSettings settings, Duration wait, Clock clock) {
    Liveness liveness = new Liveness(LockHolder.localHost(), settings.staleAfter(), clock);
    Instant deadline = clock.instant().plus(wait);
    Duration poll = settings.heartbeat().compareTo(Duration.ofSeconds(2)) < 0 ? settings.heartbeat() : Duration.ofSeconds(2);
    boolean told = false;
    try {
      while (true) {
        if (store.createNew(FILE_NAME, holder.toText())) {
          return new WarehouseLock(store, holder, Optional.empty(), settings.heartbeat());
        }
        Optional<LockStore.Stored> stored = store.read(FILE_NAME);
        if (stored.isEmpty()) {
          continue; // released between the two calls
        }
        Optional<LockHolder> current = LockHolder.parse(stored.get().text());
        if (liveness.isDead(current, stored.get().modified())) {
          LOG.warn("The warehouse lock {} is held by {}, but {}: taking it over", store.describe(FILE_NAME),
              current.map(LockHolder::describe).orElse("a process that did not finish writing it"), liveness.reason(current));
          if (takeOver(store, stored.get(), current, holder, settings.staleAfter(), clock)) {
            return new WarehouseLock(store, holder, current, settings.heartbeat());
          }
          continue;
        }
        Instant now = clock.instant();
        if (!now.isBefore(deadline)) {
          throw Errors.warehouseLocked(store.describe(FILE_NAME),
              current.map(LockHolder::describe).orElse("a process that is still writing the lock file"), wait);
        }
        if (!told) {
          LOG.warn("Waiting up to {} s for the warehouse lock {}, held by {}", wait.toSeconds(), store.describe(FILE_NAME),
              current.map(LockHolder::describe).orElse("another process"));
          told = true;
        }
        Thread.sleep(Math.max(1, Math.min(poll.toMillis(), Duration.between(now, deadline).toMillis())));
      }
    } catch (IOException e) {
      throw Errors.warehouseLockFailed(store.describe(FILE_NAME), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Errors.warehouseLocked(store.describe(FILE_NAME), "another process (waiting was interrupted)", wait);
    }
  }

  /** Replaces a dead holder's lock, unless another process is doing so; true if this one did. */
  private static boolean takeOver(LockStore store, LockStore.Stored dead, Optional<LockHolder> deadHolder,
      LockHolder holder, Duration staleAfter, Clock clock) throws IOException {
    String marker = FILE_NAME + ".takeover-" + deadHolder.map(LockHolder::runId).orElse("unwritten-" + dead.modified().toEpochMilli());
    if (!store.createNew(marker, holder.toText())) {
      // Another process is taking over; a marker its taker left behind when it died is cleared.
      Optional<LockStore.Stored> other = store.read(marker);
      if (other.isPresent() && other.get().modified().plus(staleAfter).isBefore(clock.instant())) {
        store.delete(marker);
      }
      return false;
    }
    try {
      Optional<LockStore.Stored> now = store.read(FILE_NAME);
      if (now.isEmpty() || !now.get().text().equals(dead.text())) {
        return false; // replaced meanwhile
      }
      store.delete(FILE_NAME);
      return store.createNew(FILE_NAME, holder.toText());
    } finally {
      store.delete(marker);
    }
  }

  public LockHolder holder() {
    return holder;
  }

  /** The dead holder whose lock this one replaced, if any: its run is to be marked interrupted. */
  public Optional<LockHolder> takenOverFrom() {
    return takenOverFrom;
  }

  private void refresh() {
    try {
      store.touch(FILE_NAME);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not refresh the warehouse lock {}: {}", store.describe(FILE_NAME), e.getMessage());
    }
  }

  /** Deletes the lock file if it is still this holder's; once. */
  private void release() {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    heartbeat.shutdownNow();
    try {
      Optional<LockStore.Stored> stored = store.read(FILE_NAME);
      if (stored.isPresent() && LockHolder.parse(stored.get().text()).map(h -> h.runId().equals(holder.runId())).orElse(false)) {
        store.delete(FILE_NAME);
      } else {
        LOG.warn("The warehouse lock {} is no longer held by run {}; left as it is", store.describe(FILE_NAME), holder.runId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not release the warehouse lock " + store.describe(FILE_NAME), e);
    }
  }

  @Override
  public void close() {
    ShutdownOrder.remove(shutdownHook);
    release();
  }
}
