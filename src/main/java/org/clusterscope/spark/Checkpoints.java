package org.clusterscope.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Materialises an intermediate table that a stage reads several times and cuts its lineage: with
 * {@code persist()} alone every later query re-analyses the whole plan above it, which cost more
 * than the computation itself.
 *
 * <p>On a local master ({@code local}, {@code local[N]}) the rows stay in the JVM's block manager
 * ({@code localCheckpoint}): fast, and the JVM that holds them is the whole application. On a
 * cluster master a {@code localCheckpoint} keeps them on the executors only, and a lost executor
 * fails the job ("Checkpoint block not found"), since the cut lineage cannot recompute them. There
 * they are written to the run's checkpoint folder ({@link RunCheckpoints}), which survives an
 * executor; the rows are cached while they are written so that they are computed once.
 */
public final class Checkpoints {
  private Checkpoints() {}

  /** The table, computed now, with its lineage cut, and safe from an executor's loss. */
  public static Dataset<Row> materialise(Dataset<Row> table) {
    SparkContext sc = table.sparkSession().sparkContext();
    if (sc.isLocal()) {
      return table.localCheckpoint();
    }
    if (sc.getCheckpointDir().isEmpty()) {
      throw new IllegalStateException("No checkpoint folder is set on the cluster master " + sc.master()
          + ": open RunCheckpoints for the run before its stages materialise tables");
    }
    Dataset<Row> cached = table.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return cached.checkpoint(true);
    } finally {
      cached.unpersist(false);
    }
  }
}
