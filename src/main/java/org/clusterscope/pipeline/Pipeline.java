package org.clusterscope.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.conform.ConformStage;
import org.clusterscope.config.Settings;
import org.clusterscope.indicators.IndicatorStage;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.linkage.LinkageStage;
import org.clusterscope.release.PublishStage;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.SourceCounts;
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
 * Runs the stages of one command and records the run in {@code cs_ops.runs}, whether it
 * succeeds or fails. The stages can run alone ({@code ingest}, {@code conform},
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

  public Pipeline(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /** Runs {@code command} on {@code selection}; returns the audit of the finished run. */
  public RunAudit execute(Command command, YearSelection selection, String arguments) {
    return run(command.key(), command.stages(), StageYears.of(selection), arguments).audit();
  }

  /**
   * Runs one stage as a run of its own, on {@code years}: how {@code bench} runs the chain stage
   * by stage, passing each stage's result on as {@code run} does.
   */
  public StageRun execute(Stage stage, StageYears years, String arguments) {
    return run(stage.name(), List.of(stage), years, arguments);
  }

  private StageRun run(String command, List<Stage> stages, StageYears years, String arguments) {
    RunAudit audit = new RunAudit(command, arguments, Instant.now());
    StageContext ctx = StageContext.create(spark, settings, audit);
    // The audit tables first, so that even a run failing in its first stage is recorded; each
    // stage's tables are created before it runs.
    ctx.tables().ensure(List.of(OpsTables.RUNS, OpsTables.QUARANTINE, OpsTables.DATA_QUALITY));
    LOG.info("Run {} started: {} for {}", audit.runId(), command, years.upstream());
    StageResult result;
    // On a cluster, the intermediates the stages checkpoint survive an executor's loss there.
    try (RunCheckpoints checkpoints = RunCheckpoints.open(spark, settings.checkpointDir(), audit.runId())) {
      result = chain(ctx, stages, years);
    } catch (RuntimeException e) {
      record(ctx, e.getMessage());
      throw e;
    }
    record(ctx, null);
    return new StageRun(audit, result);
  }

  /** Runs {@code stages} in order, each on the years the one before passed on; returns the last result. */
  private StageResult chain(StageContext ctx, List<Stage> stages, StageYears years) {
    // Reference data first: a broken reference file must fail before anything is written.
    Optional<ReferenceData> reference = stages.stream().anyMatch(Stage::readsReference)
        ? Optional.of(ReferenceData.load(settings))
        : Optional.empty();
    StageYears given = years;
    StageResult result = null;
    for (Stage stage : stages) {
      ctx.tables().ensure(stage.tables(settings.sources()).all());
      result = stage.execute(ctx, reference::orElseThrow, given);
      given = result.next();
    }
    return result;
  }

  private void record(StageContext ctx, String error) {
    for (SourceCounts counts : ctx.audit().counts()) {
      LOG.info("Run {}: {}", ctx.audit().runId(), counts.summary());
    }
    // The data-quality checks of every source and stage in one append (an append per source
    // and stage cost about a second each on small data), before the run record and apart
    // from it, so that neither write's failure loses the other.
    try {
      ctx.ops().qualityChecks(ctx.audit(), ctx.audit().checks());
    } catch (RuntimeException e) {
      LOG.error("Run {}: data-quality checks could not be recorded in {}: {}", ctx.audit().runId(),
          OpsTables.DATA_QUALITY.qualifiedName(settings.catalog()), e.getMessage());
    }
    try {
      ctx.ops().run(ctx.audit(), settings.configFile().toString(), settings.digest(), Instant.now(), error);
    } catch (RuntimeException e) {
      LOG.error("Run {} could not be recorded in {}: {}", ctx.audit().runId(),
          OpsTables.RUNS.qualifiedName(settings.catalog()), e.getMessage());
    }
    LOG.info("Run {} {}", ctx.audit().runId(), error == null ? "succeeded" : "failed: " + error);
  }
}
