package org.clusterscope.ops;

import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.publish.TableWriter;

/** Writes the audit tables: quarantined records, data-quality checks and the run record. */
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

  /** Appends the run record; {@code error} is null for a successful run. */
  public void run(RunAudit audit, String configFile, String configDigest, Instant finishedAt, String error) {
    List<Row> counts = new ArrayList<>();
    for (SourceCounts c : audit.counts()) {
      counts.add(RowFactory.create(c.source(), c.stage(), c.read(), c.accepted(), c.quarantined(), c.excluded()));
    }
    Row row = RowFactory.create(
        audit.runId(), audit.command(), audit.arguments(), configFile, configDigest,
        Timestamp.from(audit.startedAt()), Timestamp.from(finishedAt),
        error == null ? "succeeded" : "failed",
        new ArrayList<>(audit.years()), counts, audit.tableVersions(),
        spark.sparkContext().applicationId(), error, new ArrayList<>(audit.skipped()));
    writer.append(OpsTables.RUNS, spark.createDataFrame(List.of(row), schemaOf(OpsTables.RUNS.qualifiedName(catalog))));
  }

  private StructType schemaOf(String table) {
    return spark.table(table).schema();
  }
}
