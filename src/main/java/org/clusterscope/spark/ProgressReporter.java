package org.clusterscope.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.clusterscope.config.ProgressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a pipeline command's progress while it runs ({@link JobProgress}, {@link ProgressLine}):
 * on a terminal one line per pipeline stage, rewritten in place every second and left standing
 * when the next stage starts; without a terminal (cron, Airflow, a log file) an INFO line every
 * {@code progress.log-interval} while something runs, so that a long stage is seen to move.
 */
public final class ProgressReporter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);
  private static final Duration TERMINAL_INTERVAL = Duration.ofSeconds(1);

  private final SparkContext sc;
  private final JobProgress progress;
  private final ScheduledExecutorService timer;
  private final TerminalLine terminal;

  private ProgressReporter(SparkContext sc, JobProgress progress, ScheduledExecutorService timer, TerminalLine terminal) {
    this.sc = sc;
    this.progress = progress;
    this.timer = timer;
    this.terminal = terminal;
  }

  /**
   * Starts reporting, or does nothing with mode {@code off}.
   *
   * @param terminal where the line is rewritten, when the process has a terminal; {@code null} logs
   */
  public static ProgressReporter start(SparkContext sc, ProgressSettings settings, PrintStream terminal) {
    if (settings.mode() == ProgressSettings.Mode.OFF) {
      return new ProgressReporter(sc, null, null, null);
    }
    PrintStream shownOn = settings.mode() == ProgressSettings.Mode.AUTO ? terminal : null;
    JobProgress progress = new JobProgress();
    sc.addSparkListener(progress);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "clusterscope-progress");
      thread.setDaemon(true);
      return thread;
    });
    ProgressReporter reporter = new ProgressReporter(sc, progress, timer,
        shownOn == null ? null : new TerminalLine(shownOn));
    long every = (shownOn != null ? TERMINAL_INTERVAL : settings.logInterval()).toMillis();
    timer.scheduleAtFixedRate(reporter::report, every, every, TimeUnit.MILLISECONDS);
    return reporter;
  }

  /** The terminal of this process, if it has one (standard error, beside the log lines). */
  public static PrintStream terminal() {
    return System.console() == null ? null : System.err;
  }

  private void report() {
    try {
      Optional<JobProgress.Snapshot> snapshot = progress.snapshot();
      if (snapshot.isEmpty()) {
        return;
      }
      JobProgress.Snapshot now = snapshot.get();
      String line = ProgressLine.of(now, System.currentTimeMillis());
      if (terminal == null) {
        LOG.info("Progress: {}", line);
        return;
      }
      terminal.show(now.stage(), line);
    } catch (RuntimeException e) {
      // A progress line is not worth a failed run.
      LOG.debug("Progress could not be shown", e);
    }
  }

  @Override
  public void close() {
    if (progress == null) {
      return;
    }
    timer.shutdownNow();
    sc.removeSparkListener(progress);
    if (terminal != null) {
      terminal.end();
    }
  }
}
