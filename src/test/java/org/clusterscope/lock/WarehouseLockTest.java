package org.clusterscope.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.clusterscope.config.LockSettings;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse lock on a local folder and through a Hadoop file system: plain Java, no Spark. */
class WarehouseLockTest {
  private static final LockSettings SETTINGS = new LockSettings(Duration.ofSeconds(1), Duration.ofMinutes(2));

  @TempDir Path warehouse;

  private LocalLockStore store() {
    return new LocalLockStore(warehouse);
  }

  private static LockHolder holder(String runId) {
    return LockHolder.current(runId, "run", Instant.now());
  }

  private static WarehouseLock acquire(LockStore store, String runId, Duration wait) {
    return WarehouseLock.acquire(store, holder(runId), SETTINGS, wait, Clock.systemUTC());
  }

  @Test
  void aSecondCommandFailsAtOnceNamingTheHolder() {
    Instant started = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    LockHolder first = LockHolder.current("20261207T060000Z-aaaaaa", "ingest", started);
    try (WarehouseLock held = WarehouseLock.acquire(store(), first, SETTINGS, Duration.ZERO, Clock.systemUTC())) {
      long start = System.nanoTime();
      ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> acquire(store(), "second", Duration.ZERO));
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "refused at once");
      assertEquals(ExitCode.FAILURE, e.exitCode());
      assertTrue(e.getMessage().startsWith("The warehouse is locked by run 20261207T060000Z-aaaaaa (command ingest, pid "
          + ProcessHandle.current().pid() + " on host " + LockHolder.localHost() + ", started " + started + ")"),
          e.getMessage());
      assertTrue(e.getMessage().contains("--wait <duration>"), e.getMessage());
      assertTrue(e.getMessage().contains(warehouse.resolve(WarehouseLock.FILE_NAME).toString()), e.getMessage());
    }
  }

  @Test
  void closingReleasesTheLockForTheNextCommand() {
    acquire(store(), "first", Duration.ZERO).close();
    assertFalse(Files.exists(warehouse.resolve(WarehouseLock.FILE_NAME)));
    try (WarehouseLock next = acquire(store(), "next", Duration.ZERO)) {
      assertEquals(Optional.empty(), next.takenOverFrom());
      assertTrue(Files.exists(warehouse.resolve(WarehouseLock.FILE_NAME)));
    }
  }

  @Test
  void aWaitingCommandGetsTheLockWhenTheHolderEnds() throws Exception {
    WarehouseLock first = acquire(store(), "first", Duration.ZERO);
    ExecutorService releaser = Executors.newSingleThreadExecutor();
    try {
      releaser.submit(() -> {
        Thread.sleep(1500);
        first.close();
        return null;
      });
      long start = System.nanoTime();
      try (WarehouseLock second = acquire(store(), "second", Duration.ofSeconds(30))) {
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waited >= 1000, "waited " + waited + " ms for the first to end");
        assertEquals("second", LockHolder.parse(Files.readString(warehouse.resolve(WarehouseLock.FILE_NAME))).orElseThrow().runId());
      }
    } finally {
      releaser.shutdownNow();
    }
  }

  @Test
  void aWaitThatRunsOutFailsNamingTheHolderAndTheWait() {
    try (WarehouseLock held = acquire(store(), "first", Duration.ZERO)) {
      long start = System.nanoTime();
      ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> acquire(store(), "second", Duration.ofSeconds(2)));
      assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(1900));
      assertTrue(e.getMessage().contains("run first (command run"), e.getMessage());
      assertTrue(e.getMessage().contains("still after waiting 2 s"), e.getMessage());
    }
  }

  @Test
  void theLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    LockHolder dead = new LockHolder("dead-run", LockHolder.localHost(), ended.pid(), Instant.now(), "run");
    Files.writeString(warehouse.resolve(WarehouseLock.FILE_NAME), dead.toText());

    try (WarehouseLock lock = acquire(store(), "next", Duration.ZERO)) {
      assertEquals(Optional.of(dead), lock.takenOverFrom());
      assertEquals("next", LockHolder.parse(Files.readString(warehouse.resolve(WarehouseLock.FILE_NAME))).orElseThrow().runId());
    }
    try (var files = Files.list(warehouse)) {
      assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().equals(WarehouseLock.FILE_NAME)).toList(),
          "no takeover marker left behind");
    }
  }

  @Test
  void aProcessIdTakenByANewerProcessIsADeadHolder() throws IOException {
    // This JVM's pid, but a lock taken before this JVM started: the holder was another process.
    Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
    LockHolder earlier = new LockHolder("earlier", LockHolder.localHost(), ProcessHandle.current().pid(),
        jvmStart.minus(Duration.ofHours(1)), "run");
    Files.writeString(warehouse.resolve(WarehouseLock.FILE_NAME), earlier.toText());
    try (WarehouseLock lock = acquire(store(), "next", Duration.ZERO)) {
      assertEquals(Optional.of(earlier), lock.takenOverFrom());
    }
  }

  @Test
  void aHolderOnAnotherHostIsDeadOnlyOnceItsHeartbeatIsStale() throws IOException {
    Path file = warehouse.resolve(WarehouseLock.FILE_NAME);
    LockHolder remote = new LockHolder("remote", "another-host.example", 4242, Instant.now(), "run");
    Files.writeString(file, remote.toText());
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> acquire(store(), "next", Duration.ZERO));
    assertTrue(e.getMessage().contains("pid 4242 on host another-host.example"), e.getMessage());

    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(121)));
    try (WarehouseLock lock = acquire(store(), "next", Duration.ZERO)) {
      assertEquals(Optional.of(remote), lock.takenOverFrom());
    }
  }

  @Test
  void aLockFileLeftHalfWrittenIsJudgedByItsAge() throws IOException {
    Path file = warehouse.resolve(WarehouseLock.FILE_NAME);
    Files.writeString(file, "");
    ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> acquire(store(), "next", Duration.ZERO));
    assertTrue(e.getMessage().contains("a process that is still writing the lock file"), e.getMessage());
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(180)));
    try (WarehouseLock lock = acquire(store(), "next", Duration.ZERO)) {
      assertEquals(Optional.empty(), lock.takenOverFrom());
    }
  }

  @Test
  void theHolderRefreshesTheLockFileEveryHeartbeat() throws Exception {
    Path file = warehouse.resolve(WarehouseLock.FILE_NAME);
    try (WarehouseLock lock = acquire(store(), "first", Duration.ZERO)) {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
      Thread.sleep(2500);
      Instant refreshed = Files.getLastModifiedTime(file).toInstant();
      assertTrue(refreshed.isAfter(Instant.now().minusSeconds(5)), "refreshed at " + refreshed);
    }
  }

  @Test
  void closingLeavesALockThatIsNoLongerThisHolders() throws IOException {
    Path file = warehouse.resolve(WarehouseLock.FILE_NAME);
    WarehouseLock mine = acquire(store(), "mine", Duration.ZERO);
    String other = new LockHolder("other", "another-host.example", 1, Instant.now(), "run").toText();
    Files.writeString(file, other);
    mine.close();
    assertEquals(other, Files.readString(file));
  }

  /** Of eight commands started together, on a free lock and on a dead holder's, exactly one gets it. */
  @Test
  void exactlyOneOfManyRacingCommandsGetsTheLock() throws Exception {
    assertEquals(1, race(8));
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Files.writeString(warehouse.resolve(WarehouseLock.FILE_NAME),
        new LockHolder("dead-run", LockHolder.localHost(), ended.pid(), Instant.now(), "run").toText());
    assertEquals(1, race(8));
  }

  /** Runs {@code n} acquisitions at once; returns how many got the lock, releasing none until all are done. */
  private int race(int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Optional<WarehouseLock>>> tries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String runId = "racer-" + i;
      tries.add(pool.submit(() -> {
        go.await();
        try {
          return Optional.of(acquire(store(), runId, Duration.ZERO));
        } catch (ClusterscopeException e) {
          return Optional.empty();
        }
      }));
    }
    go.countDown();
    List<WarehouseLock> won = new ArrayList<>();
    for (Future<Optional<WarehouseLock>> t : tries) {
      t.get(30, TimeUnit.SECONDS).ifPresent(won::add);
    }
    pool.shutdown();
    won.forEach(WarehouseLock::close);
    return won.size();
  }

  /** The same lock through Hadoop's FileSystem API (here its raw local file system), as on HDFS. */
  @Test
  void theLockWorksThroughAHadoopFileSystem() throws IOException {
    RawLocalFileSystem fs = new RawLocalFileSystem();
    fs.initialize(java.net.URI.create("file:///"), new Configuration());
    HadoopLockStore hadoop = new HadoopLockStore(fs, new org.apache.hadoop.fs.Path(warehouse.resolve("hdfs-like").toUri()));
    try (WarehouseLock held = acquire(hadoop, "first", Duration.ZERO)) {
      ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> acquire(hadoop, "second", Duration.ZERO));
      assertTrue(e.getMessage().contains("run first"), e.getMessage());
      assertTrue(e.getMessage().contains("hdfs-like/" + WarehouseLock.FILE_NAME), e.getMessage());
    }
    try (WarehouseLock next = acquire(hadoop, "second", Duration.ZERO)) {
      assertEquals("second", LockHolder.parse(hadoop.read(WarehouseLock.FILE_NAME).orElseThrow().text()).orElseThrow().runId());
    }
    assertEquals(Optional.empty(), hadoop.read(WarehouseLock.FILE_NAME));
  }
}
