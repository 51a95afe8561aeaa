package org.clusterscope.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.ForeachFunction;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress of a real job on the shared session, taken while the second of its two tasks waits
 * (tasks run in this JVM on a local master, so a static latch holds them).
 */
@ExtendWith(SparkTestExtension.class)
class JobProgressTest {
  private static final CountDownLatch COUNTED = new CountDownLatch(1);

  private final TestSpark spark;

  JobProgressTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void countsTheFinishedTasksOfTheRunningJobUnderItsDescription() throws Exception {
    SparkContext sc = spark.spark().sparkContext();
    JobProgress progress = new JobProgress();
    sc.addSparkListener(progress);
    Thread job = twoTasks("test: two tasks");
    try {
      await(() -> progress.snapshot().map(s -> s.tasksDone() == 1).orElse(false), () -> "seen: " + progress.snapshot());
      JobProgress.Snapshot halfway = progress.snapshot().orElseThrow();
      assertEquals("test: two tasks", halfway.description());
      assertEquals("test", halfway.stage());
      assertEquals(2, halfway.tasksTotal());
      assertTrue(halfway.stageSinceMillis() <= halfway.jobsSinceMillis(), halfway.toString());
    } finally {
      COUNTED.countDown();
      job.join(60_000);
    }
    await(() -> progress.snapshot().isEmpty(), () -> "seen: " + progress.snapshot());
    sc.removeSparkListener(progress);
  }

  /** A job of two tasks under {@code description}, started now; its second task waits for {@link #COUNTED}. */
  private Thread twoTasks(String description) {
    Thread job = new Thread(() -> {
      spark.spark().sparkContext().setJobDescription(description);
      spark.spark().range(0, 2, 1, 2).foreach((ForeachFunction<Long>) id -> {
        if (id == 1) {
          COUNTED.await(60, TimeUnit.SECONDS);
        }
      });
    });
    job.start();
    return job;
  }

  private static void await(BooleanSupplier condition, java.util.function.Supplier<String> seen)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(condition.getAsBoolean(), () -> "not within 60 s; " + seen.get());
  }
}
