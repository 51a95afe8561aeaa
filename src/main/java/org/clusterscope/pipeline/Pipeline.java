package org.clusterscope.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.conform.ConformStage;
import org.clusterscope.config.Settings;
import org.clusterscope.incremental.IncrementalRun;
import org.clusterscope.indicators.IndicatorStage;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.linkage.LinkageStage;
import org.clusterscope.release.PublishStage;
import org.clusterscope.lock.WarehouseLock;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.RunStatus;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageResult;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.spark.RunCheckpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages of one command and records the run in {@code cs_ops.runs}: a row when it
 * starts (running), completed when it succeeds, fails or is cancelled by a signal
 * ({@link RunEnd}). The stages can run alone ({@code ingest}, {@code conform},
 * {@code indicators}, {@code linkages}) or in sequence ({@code run}), each reading what the
 * previous one wrote.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** The stages in the order {@code run} chains them; {@code bench} runs the same list one by one. */
  public static final List<Stage> STAGES =
      List.of(new IngestStage(), new ConformStage(), new IndicatorStage(), new LinkageStage(), new PublishStage());

  /** The stage commands. */
  public enum Command {
    RUN, INGEST, CONFORM, INDICATORS, LINKAGES, PUBLISH;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stages the command runs, in order: every stage for {@code run}, else the stage of its name. */
    public List<Stage> stages() {
      return this == RUN ? STAGES : STAGES.stream().filter(stage -> stage.name().equals(key())).toList();
    }
  }

  /** One audited run of a single stage: its audit and what the stage passed on. */
  public record StageRun(RunAudit audit, StageResult result) {}

  private final SparkSession spark;
  private final Settings settings;
  private final Optional<WarehouseLock> lock;

  public Pipeline(SparkSession spark, Settings settings) {
    this(spark, settings, Optional.empty());
  }

  private Pipeline(SparkSession spark, Settings settings, Optional<WarehouseLock> lock) {
    this.spark = spark;
    this.settings = settings;
    this.lock = lock;
  }

  /**
   * This pipeline, run under {@code lock}: its run takes the lock holder's run id, and marks runs
   * still recorded as running (their processes died) interrupted before it starts.
   */
  public Pipeline underLock(WarehouseLock lock) {
    return new Pipeline(spark, settings, Optional.of(lock));
  }

  /** Runs {@code command} on {@code selection}; returns the audit of the finished run. */
  public RunAudit execute(Command command, YearSelection selection, String arguments) {
    return execute(command, selection, arguments, false);
  }

  /**
   * As {@link #execute(Command, YearSelection, String)}; {@code run} is incremental
   * ({@link IncrementalRun}) unless {@code full}.
   */
  public RunAudit execute(Command command, YearSelection selection, String arguments, boolean full) {
    return run(command.key(), command.stages(), StageYears.of(selection), arguments,
        command == Command.RUN ? Optional.of(full) : Optional.empty()).audit();
  }

  /**
   * Runs one stage as a run of its own, on {@code years}: how {@code bench} runs the chain stage
   * by stage, passing each stage's result on as {@code run} does.
   */
  public StageRun execute(Stage stage, StageYears years, String arguments) {
    return run(stage.name(), List.of(stage), years, arguments, Optional.empty());
  }

  /** @param full for {@code run}, whether {@code --full} was given; empty for a stage run alone */
  private StageRun run(String command, List<Stage> stages, StageYears years, String arguments, Optional<Boolean> full) {
    Instant now = Instant.now();
    RunAudit audit = lock.map(l -> new RunAudit(l.holder().runId(), command, arguments, l.holder().startedAt()))
        .orElseGet(() -> new RunAudit(command, arguments, now));
    StageContext ctx = StageContext.create(spark, settings, audit);
    // The audit tables first, so that even a run failing in its first stage is recorded; each
    // stage's tables are created before it runs.
    ctx.tables().ensure(List.of(OpsTables.RUNS, OpsTables.QUARANTINE, OpsTables.DATA_QUALITY));
    lock.ifPresent(l -> markInterrupted(ctx, l));
    RunEnd end = RunEnd.start(ctx);
    LOG.info("Run {} started: {} for {}", audit.runId(), command, years.upstream());
    StageResult result;
    // On a cluster, the intermediates the stages checkpoint survive an executor's loss there.
    try (RunEnd.CancelHook hook = end.onSignal();
        RunCheckpoints checkpoints = RunCheckpoints.open(spark, settings.checkpointDir(), audit.runId())) {
      Optional<IncrementalRun> plan = full.map(f -> {
        ctx.tables().ensure(List.of(OpsTables.INPUT_FINGERPRINTS));
        return IncrementalRun.plan(ctx, years.requested(), f);
      });
      result = plan.isEmpty() || plan.get().full() ? chain(ctx, stages, years, end)
          : plan.get().chain(stages, lazily(() -> ReferenceData.load(settings)), end::entering);
      plan.ifPresent(IncrementalRun::record);
    } catch (RuntimeException e) {
      end.finish(RunStatus.FAILED, e.getMessage());
      throw e;
    }
    end.finish(RunStatus.SUCCEEDED, null);
    return new StageRun(audit, result);
  }

  /** Runs still recorded as running belong to dead processes while this one holds the lock. */
  private void markInterrupted(StageContext ctx, WarehouseLock held) {
    String detail = "interrupted: its process ended without finishing the run"
        + held.takenOverFrom().map(dead -> " (" + dead.describe() + ")").orElse("")
        + "; found by run " + held.holder().runId() + ", which took the warehouse lock";
    List<String> marked = ctx.ops().interrupted(held.holder().runId(), Instant.now(), detail);
    if (!marked.isEmpty()) {
      LOG.warn("Run(s) {} marked interrupted in {}: their processes ended without finishing", marked,
          OpsTables.RUNS.qualifiedName(settings.catalog()));
    }
  }

  /** Runs {@code stages} in order, each on the years the one before passed on; returns the last result. */
  private StageResult chain(StageContext ctx, List<Stage> stages, StageYears years, RunEnd end) {
    // Reference data first: a broken reference file must fail before anything is written.
    Optional<ReferenceData> reference = stages.stream().anyMatch(Stage::readsReference)
        ? Optional.of(ReferenceData.load(settings))
        : Optional.empty();
    StageYears given = years;
    StageResult result = null;
    for (Stage stage : stages) {
      end.entering(stage.name());
      ctx.tables().ensure(stage.tables(settings.sources()).all());
      StageYears input = given;
      result = ctx.describe(stage.name(), () -> stage.execute(ctx, reference::orElseThrow, input));
      given = result.next();
    }
    return result;
  }

  /** Loads on first use: an incremental run that skips every stage reads no reference file. */
  private static <T> Supplier<T> lazily(Supplier<T> load) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = load.get();
        }
        return value;
      }
    };
  }
}
