package org.clusterscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Joins of a large table with a side that is usually small (repeated keys, enterprises with
 * several establishments) but need not be. Spark cannot know the size of such a side before it
 * has computed it, and adaptive execution decides only after both sides were shuffled, so the
 * large side would be shuffled in vain. Materialising the side first gives its size exactly.
 */
public final class SmallTables {
  private SmallTables() {}

  /**
   * The table, materialised (its lineage cut), marked for broadcast when it has at most
   * {@code maxRows} rows; larger ones are left to an ordinary shuffled join.
   */
  public static Dataset<Row> broadcastIfSmall(Dataset<Row> table, long maxRows) {
    return markIfSmall(Checkpoints.materialise(table), maxRows);
  }

  /**
   * A table the caller has already materialised (checkpointed, or read from a file), marked for
   * broadcast when it has at most {@code maxRows} rows. Counting it is one cheap pass over the
   * stored rows; materialising it again, as {@link #broadcastIfSmall} would, copies it for nothing.
   */
  public static Dataset<Row> markIfSmall(Dataset<Row> materialised, long maxRows) {
    return markIfSmall(materialised, materialised.count(), maxRows);
  }

  /** A table whose number of rows the caller has already counted, marked the same way. */
  public static Dataset<Row> markIfSmall(Dataset<Row> table, long rows, long maxRows) {
    return rows <= maxRows ? functions.broadcast(table) : table;
  }
}
