package org.clusterscope.pipeline;

import java.time.Instant;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.RunStatus;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.StageContext;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.spark.ShutdownOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of one run in {@code cs_ops.runs} from its start to its end: a row with status
 * running before any stage writes (so every quarantine row's run has a row), then, exactly once,
 * its end with the data-quality checks: succeeded, failed, or cancelled when the JVM is asked to
 * stop (SIGTERM, SIGINT) while it runs. The cancelled record is written by a shutdown hook that
 * runs before Spark's own ({@link ShutdownOrder}), after cancelling the run's Spark jobs.
 */
final class RunEnd {
  private static final Logger LOG = LoggerFactory.getLogger(RunEnd.class);

  private final StageContext ctx;
  private String stage = "start";
  private boolean ended;

  private RunEnd(StageContext ctx) {
    this.ctx = ctx;
  }

  /** Writes the starting record. */
  static RunEnd start(StageContext ctx) {
    Settings settings = ctx.settings();
    ctx.ops().started(ctx.audit(), settings.configFile().toString(), settings.digest());
    return new RunEnd(ctx);
  }

  /** Registers the hook that records the run as cancelled; closing it removes the hook. */
  CancelHook onSignal() {
    return new CancelHook(ShutdownOrder.add(this::cancel, ShutdownOrder.RUN_RECORD));
  }

  /** Notes the stage about to run; refuses to start one once the run was cancelled. */
  synchronized void entering(String stageName) {
    if (ended) {
      throw Errors.runCancelled(ctx.audit().runId(), stage);
    }
    stage = stageName;
  }

  /** Records the run's end, unless it was recorded already (cancelled); true if this call did. */
  synchronized boolean finish(RunStatus status, String error) {
    if (ended) {
      return false;
    }
    ended = true;
    record(status, error);
    return true;
  }

  /** The shutdown hook: stops the run's Spark jobs, then records it (the monitor waits for a record under way). */
  private synchronized void cancel() {
    if (ended) {
      return;
    }
    ended = true;
    LOG.warn("Run {} was asked to stop during stage {}: cancelling its Spark jobs and recording it", ctx.audit().runId(), stage);
    ctx.spark().sparkContext().cancelAllJobs();
    record(RunStatus.CANCELLED, "cancelled during stage " + stage + ": the process was asked to stop (SIGTERM or"
        + " SIGINT, e.g. a scheduler's timeout or Ctrl-C); tables keep their last committed versions, rerun the command");
  }

  private void record(RunStatus status, String error) {
    RunAudit audit = ctx.audit();
    Settings settings = ctx.settings();
    for (SourceCounts counts : audit.counts()) {
      LOG.info("Run {}: {}", audit.runId(), counts.summary());
    }
    // The data-quality checks of every source and stage in one append (an append per source
    // and stage cost about a second each on small data), before the run record and apart
    // from it, so that neither write's failure loses the other.
    try {
      ctx.ops().qualityChecks(audit, audit.checks());
    } catch (RuntimeException e) {
      LOG.error("Run {}: data-quality checks could not be recorded in {}: {}", audit.runId(),
          OpsTables.DATA_QUALITY.qualifiedName(settings.catalog()), e.getMessage());
    }
    try {
      ctx.ops().finished(audit, settings.configFile().toString(), settings.digest(), Instant.now(), status, error);
    } catch (RuntimeException e) {
      LOG.error("Run {} could not be recorded in {}: {}", audit.runId(),
          OpsTables.RUNS.qualifiedName(settings.catalog()), e.getMessage());
    }
    LOG.info("Run {} {}", audit.runId(), error == null ? status.key() : status.key() + ": " + error);
  }

  /** The registered shutdown hook of a run in progress. */
  static final class CancelHook implements AutoCloseable {
    private final Runnable hook;

    private CancelHook(Runnable hook) {
      this.hook = hook;
    }

    @Override
    public void close() {
      ShutdownOrder.remove(hook);
    }
  }
}
