package org.clusterscope.spark;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * Counts the tasks of the running Spark jobs, for the progress line: what the session is doing
 * (the job description a pipeline stage sets, such as "indicators: region_sector [2023]"), how
 * many tasks of the jobs running under it have finished, since when those jobs run, and since
 * when the pipeline stage (the description's first word, "indicators") runs. Delta's own jobs
 * prefix the description, once or more ("Delta: ingest: register: Compute snapshot ..."); the prefixes
 * are dropped.
 * Events arrive on Spark's listener thread and snapshots are taken on the reporter's, hence the
 * synchronisation.
 */
public final class JobProgress extends SparkListener {
  private static final String DELTA_PREFIX = "Delta: ";

  /**
   * The running jobs under one description.
   *
   * @param stage the pipeline stage, the description's text before its first colon
   * @param jobsSinceMillis when the earliest of these jobs started
   * @param stageSinceMillis when the first job of the stage started
   */
  public record Snapshot(String description, String stage, long tasksDone, long tasksTotal, long jobsSinceMillis,
      long stageSinceMillis) {}

  private record Job(String description, long tasksTotal, long startMillis) {}

  private final Map<Integer, Job> jobs = new LinkedHashMap<>();
  private final Map<Integer, Integer> jobOfStage = new HashMap<>();
  private final Map<Integer, Long> doneOfJob = new HashMap<>();
  private String description;
  private String stage;
  private long stageSinceMillis;

  @Override
  public synchronized void onJobStart(SparkListenerJobStart start) {
    String text = start.properties() == null ? null : start.properties().getProperty("spark.job.description");
    String shown = text == null || text.isBlank() ? "Spark job " + start.jobId() : text;
    while (shown.startsWith(DELTA_PREFIX)) {
      shown = shown.substring(DELTA_PREFIX.length());
    }
    long total = 0;
    scala.collection.Iterator<StageInfo> stages = start.stageInfos().iterator();
    while (stages.hasNext()) {
      StageInfo info = stages.next();
      total += info.numTasks();
      jobOfStage.put(info.stageId(), start.jobId());
    }
    jobs.put(start.jobId(), new Job(shown, total, start.time()));
    doneOfJob.put(start.jobId(), 0L);
    description = shown;
    String shownStage = shown.contains(":") ? shown.substring(0, shown.indexOf(':')) : shown;
    if (!shownStage.equals(stage)) {
      stage = shownStage;
      stageSinceMillis = start.time();
    }
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    Integer job = jobOfStage.get(end.stageId());
    if (job != null && end.taskInfo() != null && end.taskInfo().successful()) {
      doneOfJob.merge(job, 1L, Long::sum);
    }
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd end) {
    jobs.remove(end.jobId());
    doneOfJob.remove(end.jobId());
    jobOfStage.values().removeIf(job -> job == end.jobId());
  }

  /**
   * The jobs running under the latest description, empty when none runs. Stages a job skips (their
   * shuffle output exists already) stay in its total: the estimate errs on the long side.
   */
  public synchronized Optional<Snapshot> snapshot() {
    long done = 0;
    long total = 0;
    long since = Long.MAX_VALUE;
    for (Map.Entry<Integer, Job> job : jobs.entrySet()) {
      if (job.getValue().description().equals(description)) {
        done += doneOfJob.getOrDefault(job.getKey(), 0L);
        total += job.getValue().tasksTotal();
        since = Math.min(since, job.getValue().startMillis());
      }
    }
    return since == Long.MAX_VALUE ? Optional.empty()
        : Optional.of(new Snapshot(description, stage, Math.min(done, total), total, since, stageSinceMillis));
  }
}
