package org.clusterscope.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.ForeachFunction;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The task counts of a real job on the shared session, taken while one of its two tasks waits. */
@ExtendWith(SparkTestExtension.class)
class JobProgressTest {
  /** Holds the job's second task; tasks run in this JVM on a local master. */
  private static final CountDownLatch RELEASE = new CountDownLatch(1);

  private final TestSpark spark;

  JobProgressTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void countsTheFinishedTasksOfTheRunningJobUnderItsDescription() throws Exception {
    SparkContext sc = spark.spark().sparkContext();
    JobProgress progress = new JobProgress();
    sc.addSparkListener(progress);
    Thread job = new Thread(() -> {
      sc.setJobDescription("test: two tasks");
      spark.spark().range(0, 2, 1, 2).foreach((ForeachFunction<Long>) id -> {
        if (id == 1) {
          RELEASE.await(60, TimeUnit.SECONDS);
        }
      });
    });
    try {
      job.start();
      JobProgress.Snapshot halfway = await(progress, s -> s.isPresent() && s.get().tasksDone() == 1).orElseThrow();
      assertEquals("test: two tasks", halfway.description());
      assertEquals(2, halfway.tasksTotal());
      assertEquals("test", halfway.stage());
      assertTrue(halfway.stageSinceMillis() <= halfway.jobsSinceMillis(), halfway.toString());
    } finally {
      RELEASE.countDown();
      job.join(60_000);
    }
    assertTrue(await(progress, Optional::isEmpty).isEmpty(), "nothing runs once the job ended");
    sc.removeSparkListener(progress);
  }

  private static Optional<JobProgress.Snapshot> await(JobProgress progress,
      Predicate<Optional<JobProgress.Snapshot>> condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Optional<JobProgress.Snapshot> snapshot = progress.snapshot();
    while (!condition.test(snapshot) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      snapshot = progress.snapshot();
    }
    assertTrue(condition.test(snapshot), "progress seen: " + snapshot);
    return snapshot;
  }
}
