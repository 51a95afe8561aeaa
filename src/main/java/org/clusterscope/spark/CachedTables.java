package org.clusterscope.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Intermediate tables that several outputs of a stage read, cached for the stage and released
 * when it ends (also when it fails), so that a long-running driver does not keep them.
 *
 * <p>They are cached in Spark's columnar, compressed in-memory format, spilling to disk when memory
 * is short. A {@code localCheckpoint} would keep them as row objects, which take several times the
 * memory and, once spilled, are written with the much slower Java serialiser.
 */
public final class CachedTables implements AutoCloseable {
  private final List<Dataset<Row>> tables = new ArrayList<>();

  /** Caches the table (lazily: the first action that reads it fills the cache). */
  public Dataset<Row> add(Dataset<Row> table) {
    Dataset<Row> cached = table.persist(StorageLevel.MEMORY_AND_DISK());
    tables.add(cached);
    return cached;
  }

  @Override
  public void close() {
    tables.forEach(Dataset::unpersist);
    tables.clear();
  }
}
