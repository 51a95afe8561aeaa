package org.clusterscope.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.lock.LockHolder;
import org.clusterscope.lock.WarehouseLock;
import org.clusterscope.maintain.Maintenance;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.RunStatus;
import org.clusterscope.ops.StageContext;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.spark.SessionFactory;
import picocli.CommandLine.Command;

/**
 * {@code maintain}: OPTIMIZE and VACUUM of every table, recorded in {@code cs_ops.runs} like a
 * stage command, with each table's version after its OPTIMIZE.
 */
@Command(name = "maintain", mixinStandardHelpOptions = true,
    description = {"Compact small files (Delta OPTIMIZE) and delete files no kept version reads (VACUUM) in every"
        + " table of the warehouse.",
        "Retention from the config: maintain.retention-hours (default 168), and the released tables keep every"
            + " file of the maintain.keep-releases newest releases (default 10). Guide: docs/operations.md."})
final class MaintainCommand extends ClusterscopeCommand {

  @picocli.CommandLine.Mixin LockOptions lockOptions;

  /** Under the warehouse lock, like run: a VACUUM beside a run could delete the files it writes. */
  @Override
  public Integer call() {
    Settings settings = options.settings();
    LockHolder holder = LockHolder.startingNow("maintain");
    try (WarehouseLock lock = lockOptions.acquire(settings, holder)) {
      SparkSession spark = SessionFactory.start(settings);
      try {
        Maintenance.Result result = maintain(spark, settings, holder.runId(), holder.startedAt());
        print(result, spec.commandLine().getOut());
        return ExitCode.SUCCESS.code();
      } finally {
        spark.stop();
      }
    }
  }

  /** The whole of maintain's work on the catalog, recorded as a run from its start to its end. */
  private Maintenance.Result maintain(SparkSession spark, Settings settings, String runId, Instant startedAt) {
    RunAudit audit = new RunAudit(runId, "maintain",
        String.join(" ", spec.commandLine().getParseResult().originalArgs()), startedAt);
    StageContext ctx = StageContext.create(spark, settings, audit);
    ctx.tables().ensure(List.of(OpsTables.RUNS));
    String config = settings.configFile().toString();
    ctx.ops().started(audit, config, settings.digest());
    Maintenance.Result result;
    try {
      result = new Maintenance(ctx, Maintenance.LAYERS).execute();
    } catch (RuntimeException e) {
      ctx.ops().finished(audit, config, settings.digest(), Instant.now(), RunStatus.FAILED, e.getMessage());
      throw e;
    }
    ctx.ops().finished(audit, config, settings.digest(), Instant.now(), RunStatus.SUCCEEDED, null);
    return result;
  }

  private static void print(Maintenance.Result result, PrintWriter out) {
    out.println("Maintained " + result.tables().size() + " tables: " + result.retention().describe() + ".");
    for (Maintenance.TableMaintenance table : result.tables()) {
      out.println("  " + table.table() + ": OPTIMIZE " + (table.filesRemoved() == 0 ? "found nothing to compact"
          : "compacted " + table.filesRemoved() + " files into " + table.filesAdded()) + "; VACUUM retained "
          + table.retentionHours() + " h (Delta version " + table.version() + ")");
    }
    out.flush();
  }
}
