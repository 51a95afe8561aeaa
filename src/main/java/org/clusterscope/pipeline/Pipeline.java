package org.clusterscope.pipeline;

import java.time.Instant;
import java.util.SortedSet;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.conform.ConformStage;
import org.clusterscope.config.Settings;
import org.clusterscope.indicators.IndicatorStage;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.linkage.LinkageStage;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages of one command and records the run in {@code cs_ops.runs}, whether it
 * succeeds or fails. The stages can run alone ({@code ingest}, {@code conform},
 * {@code indicators}) or in sequence ({@code run}), each reading what the previous one wrote.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** The stage commands. */
  public enum Command {
    RUN, INGEST, CONFORM, INDICATORS, LINKAGES;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final SparkSession spark;
  private final Settings settings;

  public Pipeline(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /** Runs {@code command} on {@code selection}; returns the audit of the finished run. */
  public RunAudit execute(Command command, YearSelection selection, String arguments) {
    return execute(command, selection, selection, arguments);
  }

  /**
   * Runs {@code command} on {@code selection}, with {@code deliverySelection} for the complete
   * deliveries (REGPAT, CORDIS) that learn their years in conform. The stages run one at a
   * time (the bench command) chain their years as {@code run} does: conform gets the years
   * ingest wrote and the user's selection as delivery selection.
   */
  public RunAudit execute(Command command, YearSelection selection, YearSelection deliverySelection, String arguments) {
    RunAudit audit = new RunAudit(command.key(), arguments, Instant.now());
    StageContext ctx = StageContext.create(spark, settings, audit);
    // The audit tables first, so that even a run failing in its first stage is recorded; each
    // stage creates the tables it writes.
    ctx.tables().ensure(java.util.List.of(OpsTables.RUNS, OpsTables.QUARANTINE, OpsTables.DATA_QUALITY));
    LOG.info("Run {} started: {} for {}", audit.runId(), command.key(), selection);
    try {
      stages(ctx, command, selection, deliverySelection);
    } catch (RuntimeException e) {
      record(ctx, e.getMessage());
      throw e;
    }
    record(ctx, null);
    return audit;
  }

  private void stages(StageContext ctx, Command command, YearSelection selection, YearSelection deliverySelection) {
    switch (command) {
      case INGEST -> new IngestStage(ctx).execute(selection);
      case CONFORM -> new ConformStage(ctx, ReferenceData.load(settings)).execute(selection, deliverySelection);
      case INDICATORS -> new IndicatorStage(ctx, ReferenceData.load(settings)).execute(selection);
      case LINKAGES -> new LinkageStage(ctx, ReferenceData.load(settings)).execute(selection);
      case RUN -> {
        // Reference data first: a broken reference file must fail before anything is written.
        ReferenceData reference = ReferenceData.load(settings);
        SortedSet<Integer> years = new IngestStage(ctx).execute(selection).years();
        // Sources with yearly records conform the years ingest wrote; complete deliveries (REGPAT,
        // CORDIS) learn their years in conform, under the user's selection.
        SortedSet<Integer> conformed = new ConformStage(ctx, reference).execute(YearSelection.of(years), selection);
        new IndicatorStage(ctx, reference).execute(YearSelection.of(conformed));
        new LinkageStage(ctx, reference).execute(YearSelection.of(conformed));
      }
      default -> throw new IllegalStateException("Unknown command " + command);
    }
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
