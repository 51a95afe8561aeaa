package org.clusterscope.cli;

import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.config.Settings;
import org.clusterscope.release.PublishStage;
import org.clusterscope.release.Release;
import org.clusterscope.release.Releases;
import org.clusterscope.errors.Errors;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.lock.LockHolder;
import org.clusterscope.lock.WarehouseLock;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.report.Report;
import org.clusterscope.spark.ProgressReporter;
import org.clusterscope.spark.SessionFactory;
import picocli.CommandLine.Command;

/** {@code run} and the stage commands: one pipeline command each. */
abstract class StageCommand extends ClusterscopeCommand {

  @picocli.CommandLine.Mixin LockOptions lockOptions;

  abstract Pipeline.Command command();

  /** Configuration overrides the command's own options stand for. */
  java.util.List<String> overrides() {
    return java.util.List.of();
  }

  @Override
  public Integer call() {
    Settings settings = options.settings(overrides());
    YearSelection selection = options.selection();
    preflight(settings);
    LockHolder holder = LockHolder.startingNow(command().key());
    try (WarehouseLock lock = lockOptions.acquire(settings, holder)) {
      return runLocked(settings, selection, lock);
    }
  }

  /** The run itself, under the warehouse lock: the session starts after the lock is held. */
  private Integer runLocked(Settings settings, YearSelection selection, WarehouseLock lock) {
    SparkSession spark = SessionFactory.start(settings);
    boolean publishes = command().stages().stream().anyMatch(PublishStage.class::isInstance);
    try (ProgressReporter progress = ProgressReporter.start(spark.sparkContext(), settings.progress(),
        ProgressReporter.terminal())) {
      if (publishes) {
        // A taken release name fails now, not after the stages before publish have run.
        settings.publish().releaseNaming().given().ifPresent(Releases.inCatalog(spark, settings.catalog())::requireNew);
      }
      RunAudit audit = new Pipeline(spark, settings).underLock(lock).execute(command(), selection,
          String.join(" ", spec.commandLine().getParseResult().originalArgs()), full());
      var out = spec.commandLine().getOut();
      out.println("Run " + audit.runId() + " succeeded: " + command().key() + " for years " + audit.years());
      for (SourceCounts counts : audit.counts()) {
        out.println("  " + counts.summary());
      }
      audit.tableVersions().forEach((table, version) -> out.println("  wrote " + table + " (Delta version " + version + ")"));
      audit.skipped().forEach(note -> out.println("  skipped " + note));
      (publishes ? Releases.inCatalog(spark, settings.catalog()).latest() : java.util.Optional.<Release>empty())
          .filter(r -> r.runId().equals(audit.runId())).ifPresent(r -> out.println("  released " + r.name() + ": " + settings.catalog().database(Layer.PUB)
              + " shows years " + r.referenceYears() + " (sql --as-of " + r.name() + " reads it later)"));
      out.flush();
      afterRun(spark, settings, audit);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Whether {@code run --full} was given; stage commands always recompute what they are given. */
  boolean full() {
    return false;
  }

  /** What the command does once its run has succeeded and been recorded; nothing by default. */
  void afterRun(SparkSession spark, Settings settings, RunAudit audit) {}

  /** Fails before Spark starts when inputs or reference files are missing or invalid. */
  private void preflight(Settings settings) {
    if (command() == Pipeline.Command.RUN || command() == Pipeline.Command.INGEST) {
      IngestStage.checkInputs(settings);
    }
    if (command().stages().stream().anyMatch(Stage::readsReference)) {
      ReferenceData.load(settings);
    }
  }

  @Command(name = "run", description = "Run every stage: ingest, conform, indicators, linkages, publish.",
      mixinStandardHelpOptions = true)
  static final class Run extends StageCommand {
    @picocli.CommandLine.Option(names = "--report", paramLabel = "<folder>",
        description = "Also write the visual report of the years run into this folder (config key report.folder;"
            + " see docs/report.md).")
    java.nio.file.Path report;

    @picocli.CommandLine.Mixin ReleaseOption release;

    @picocli.CommandLine.Option(names = "--full",
        description = "Recompute everything, even (source, year)s whose inputs did not change since the last run"
            + " (see docs/operations.md, Incremental runs).")
    boolean full;

    @Override
    Pipeline.Command command() {
      return Pipeline.Command.RUN;
    }

    @Override
    boolean full() {
      return full;
    }

    @Override
    java.util.List<String> overrides() {
      java.util.List<String> overrides = new java.util.ArrayList<>(release.overrides());
      if (report != null) {
        overrides.add("report.folder=" + report.toAbsolutePath());
      }
      return overrides;
    }

    /** The report folder and boundary file are checked before the run, so that a bad one costs no run. */
    @Override
    public Integer call() {
      Settings settings = options.settings(overrides());
      settings.report().folder().ifPresent(folder -> {
        OutputFolder.prepare(folder, detail -> Errors.reportNotWritable("report.folder", folder, detail));
        Report.preflight(settings, null, null);
      });
      return super.call();
    }

    @Override
    void afterRun(SparkSession spark, Settings settings, RunAudit audit) {
      if (settings.report().folder().isPresent()) {
        ReportCommand.print(Report.on(spark, settings).yearsWithCells(audit.years())
            .writeTo(settings.report().folder().get()), spec.commandLine().getOut());
      }
    }
  }

  @Command(name = "ingest", description = "Read the input files into the bronze tables.", mixinStandardHelpOptions = true)
  static final class Ingest extends StageCommand {
    @Override
    Pipeline.Command command() {
      return Pipeline.Command.INGEST;
    }
  }

  @Command(name = "conform", description = "Validate bronze records into the silver tables.", mixinStandardHelpOptions = true)
  static final class Conform extends StageCommand {
    @Override
    Pipeline.Command command() {
      return Pipeline.Command.CONFORM;
    }
  }

  @Command(name = "indicators", description = "Compute the gold indicator tables from silver.", mixinStandardHelpOptions = true)
  static final class Indicators extends StageCommand {
    @Override
    Pipeline.Command command() {
      return Pipeline.Command.INDICATORS;
    }
  }

  @Command(name = "linkages", description = "Compute the gold linkage tables (region_links, region_openness,"
      + " sector_links, cross_border_clusters) from silver and region_sector.", mixinStandardHelpOptions = true)
  static final class Linkages extends StageCommand {
    @Override
    Pipeline.Command command() {
      return Pipeline.Command.LINKAGES;
    }
  }

  @Command(name = "publish", description = "Write the released layer (cs_pub) from gold, with disclosure control"
      + " and its audit (cs_ops.disclosure_audit).", mixinStandardHelpOptions = true)
  static final class Publish extends StageCommand {
    @picocli.CommandLine.Option(names = "--sdmx", paramLabel = "<folder>",
        description = "Also write cs_pub.region_sector as SDMX-CSV into this folder (config key publish.sdmx-folder).")
    java.nio.file.Path sdmx;

    @picocli.CommandLine.Mixin ReleaseOption release;

    @Override
    Pipeline.Command command() {
      return Pipeline.Command.PUBLISH;
    }

    @Override
    java.util.List<String> overrides() {
      java.util.List<String> overrides = new java.util.ArrayList<>(release.overrides());
      if (sdmx != null) {
        overrides.add("publish.sdmx-folder=" + sdmx.toAbsolutePath());
      }
      return overrides;
    }
  }
}
