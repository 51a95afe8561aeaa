package org.clusterscope.ops;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.publish.TableWriter;

/**
 * Writes the audit tables: quarantined records, data-quality checks and the run record (a row
 * when the run starts, replaced by its final one at the end).
 */
public final class OpsWriter {
  private final SparkSession spark;
  private final CatalogSettings catalog;
  private final TableWriter writer;

  public OpsWriter(SparkSession spark, CatalogSettings catalog, TableWriter writer) {
    this.spark = spark;
    this.catalog = catalog;
    this.writer = writer;
  }

  /**
   * Appends rejected records. {@code rejected} has the quarantine columns except {@code run_id}.
   */
  public void quarantine(RunAudit audit, Dataset<Row> rejected) {
    long version = writer.append(OpsTables.QUARANTINE, rejected.withColumn("run_id", lit(audit.runId())));
    audit.addVersion(OpsTables.QUARANTINE.qualifiedName(catalog), version);
  }

  public void qualityChecks(RunAudit audit, List<QualityCheck> checks) {
    if (checks.isEmpty()) {
      return;
    }
    List<Row> rows = new ArrayList<>();
    for (QualityCheck c : checks) {
      rows.add(RowFactory.create(audit.runId(), c.table(), c.check(), c.severity(), c.observed(),
          c.threshold(), c.passed(), c.detail()));
    }
    writer.append(OpsTables.DATA_QUALITY, spark.createDataFrame(rows, schemaOf(OpsTables.DATA_QUALITY.qualifiedName(catalog))));
  }

  /** Appends the run's record as it starts: status running, no end time yet. */
  public void started(RunAudit audit, String configFile, String configDigest) {
    writer.append(OpsTables.RUNS, runRow(audit, configFile, configDigest, null, RunStatus.RUNNING, null));
  }

  /**
   * Replaces the run's starting record with its final one (or adds it, should the starting one
   * be missing), in one Delta commit.
   */
  public void finished(RunAudit audit, String configFile, String configDigest, Instant finishedAt, RunStatus status,
      String error) {
    DeltaTable.forName(spark, OpsTables.RUNS.qualifiedName(catalog)).as("r")
        .merge(runRow(audit, configFile, configDigest, finishedAt, status, error).as("n"), "r.run_id = n.run_id")
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute();
  }

  /**
   * Marks every run still recorded as running, except {@code current}, as interrupted. Called by a
   * run holding the warehouse lock: no other run can be running then, so such a record is that of
   * a process that died.
   *
   * @return the run ids marked
   */
  public List<String> interrupted(String current, Instant at, String detail) {
    String table = OpsTables.RUNS.qualifiedName(catalog);
    Column running = col("status").equalTo(RunStatus.RUNNING.key()).and(col("run_id").notEqual(current));
    List<String> ids = spark.table(table).where(running).select("run_id").as(Encoders.STRING()).collectAsList();
    if (!ids.isEmpty()) {
      DeltaTable.forName(spark, table).update(running, Map.of(
          "status", lit(RunStatus.INTERRUPTED.key()),
          "finished_at", lit(Timestamp.from(at)),
          "error_message", lit(detail)));
    }
    return ids;
  }

  private Dataset<Row> runRow(RunAudit audit, String configFile, String configDigest, Instant finishedAt,
      RunStatus status, String error) {
    List<Row> counts = new ArrayList<>();
    for (SourceCounts c : audit.counts()) {
      counts.add(RowFactory.create(c.source(), c.stage(), c.read(), c.accepted(), c.quarantined(), c.excluded()));
    }
    Row row = RowFactory.create(
        audit.runId(), audit.command(), audit.arguments(), configFile, configDigest,
        Timestamp.from(audit.startedAt()), finishedAt == null ? null : Timestamp.from(finishedAt),
        status.key(), new ArrayList<>(audit.years()), counts, audit.tableVersions(),
        spark.sparkContext().applicationId(), error, new ArrayList<>(audit.skipped()));
    return spark.createDataFrame(List.of(row), schemaOf(OpsTables.RUNS.qualifiedName(catalog)));
  }

  private StructType schemaOf(String table) {
    return spark.table(table).schema();
  }
}
