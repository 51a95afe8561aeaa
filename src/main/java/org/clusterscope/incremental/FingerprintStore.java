package org.clusterscope.incremental;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.ops.FileYear;
import org.clusterscope.ops.InputFingerprint;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.publish.TableWriter;

/**
 * Reads and writes {@code cs_ops.input_fingerprints}, and finds the base of an incremental run:
 * the run before it, if that run was a complete {@code run} that succeeded and recorded its
 * inputs. Anything else in between (a stage run alone, a run with --year(s), a failed or
 * interrupted run) may have left tables that no fingerprint describes, so the run is then full.
 */
final class FingerprintStore {
  private final SparkSession spark;
  private final CatalogSettings catalog;

  FingerprintStore(SparkSession spark, CatalogSettings catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  /** The base run, or why there is none. */
  record Baseline(Optional<Base> base, String fullReason) {}

  /** The run an incremental run compares with: its id, configuration digest and inputs. */
  record Base(String runId, String configDigest, List<InputFingerprint> fingerprints) {}

  Baseline find(String currentRunId) {
    List<Row> latest = spark.table(OpsTables.RUNS.qualifiedName(catalog))
        .filter(col("run_id").notEqual(currentRunId))
        .orderBy(col("started_at").desc(), col("run_id").desc())
        .select("run_id", "command", "status", "config_digest", "arguments")
        .limit(1).collectAsList();
    if (latest.isEmpty()) {
      return none("there is no earlier run");
    }
    Row run = latest.get(0);
    String runId = run.getString(0);
    if (!"succeeded".equals(run.getString(2))) {
      return none("the latest run " + runId + " (" + run.getString(1) + ") ended " + run.getString(2));
    }
    if (!"run".equals(run.getString(1))) {
      return none("the latest run " + runId + " was '" + run.getString(1) + "' alone, which the inputs do not describe");
    }
    List<InputFingerprint> rows = read(runId);
    if (rows.isEmpty()) {
      return none("the latest run " + runId + " recorded no input fingerprints (a run with --year(s), or one"
          + " from before incremental runs)");
    }
    return new Baseline(Optional.of(new Base(runId, run.getString(3), rows)), null);
  }

  private static Baseline none(String reason) {
    return new Baseline(Optional.empty(), reason);
  }

  private List<InputFingerprint> read(String runId) {
    List<InputFingerprint> out = new ArrayList<>();
    Dataset<Row> rows = spark.table(OpsTables.INPUT_FINGERPRINTS.qualifiedName(catalog))
        .filter(col("run_id").equalTo(runId))
        .select("kind", "source", "part", "file", "size_bytes", "modified_at", "content_hash", "year_digests");
    for (Row r : rows.collectAsList()) {
      List<FileYear> years = null;
      if (!r.isNullAt(7)) {
        years = new ArrayList<>();
        for (Row y : r.<Row>getList(7)) {
          years.add(new FileYear(r.getString(1), r.getString(3), y.isNullAt(0) ? null : y.getInt(0), y.getLong(1),
              y.getLong(2)));
        }
      }
      out.add(new InputFingerprint(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
          r.getTimestamp(5).toInstant(), r.getString(6), years));
    }
    return out;
  }

  /** Appends the inputs of the run {@code runId}. @return the Delta version written */
  long write(TableWriter writer, String runId, List<InputFingerprint> fingerprints) {
    List<Row> rows = new ArrayList<>();
    for (InputFingerprint f : fingerprints) {
      List<Row> years = null;
      if (f.yearDigests() != null) {
        years = new ArrayList<>();
        for (FileYear y : f.yearDigests()) {
          years.add(RowFactory.create(y.year(), y.records(), y.digest()));
        }
      }
      rows.add(RowFactory.create(runId, f.kind(), f.source(), f.part(), f.file(), f.size(),
          Timestamp.from(f.modifiedAt()), f.contentHash(), years));
    }
    String table = OpsTables.INPUT_FINGERPRINTS.qualifiedName(catalog);
    return writer.append(OpsTables.INPUT_FINGERPRINTS, spark.createDataFrame(rows, spark.table(table).schema()));
  }
}
