package org.clusterscope.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rows clustered by keys into a partition count that adaptive execution does not coalesce: the
 * configured number of shuffle partitions ({@code spark.sql.shuffle.partitions}), or more when
 * the rows a later step in the same task makes of them would not fit one task's memory.
 *
 * <p>For narrow rows that a later step in the same task expands many times (to every NUTS level
 * and scheme) and groups: adaptive execution sizes partitions by the narrow rows and coalesces
 * them into two or three, whose tasks then spill the expanded rows (gigabytes for the cell
 * aggregate, 831 MB for the patent joins at EU scale). A fixed count fails the other way as the
 * input grows: at 100 million establishments and 32 partitions each task of the cell aggregate
 * grouped about 11 million expanded rows, its hash map spilled 85 GB (in-memory size) and the
 * indicator stage took three times as long as at half the input.
 */
public final class FixedPartitions {
  /** More partitions than this only add scheduling: about 100 KB of narrow rows each at the cap. */
  static final int MAX_PARTITIONS = 4096;

  private FixedPartitions() {}

  /** Clustered into the configured number of shuffle partitions. */
  public static Dataset<Row> clustered(Dataset<Row> rows, Column... keys) {
    return rows.repartition(configured(rows), keys);
  }

  /**
   * Clustered into enough partitions that each task's share of {@code expandedRows} (the rows
   * the caller's later step makes of these, counted or bounded from above) stays within
   * {@code rowsPerTask}, and never fewer than the configured number.
   */
  public static Dataset<Row> clustered(Dataset<Row> rows, long expandedRows, long rowsPerTask, Column... keys) {
    return rows.repartition(partitions(configured(rows), expandedRows, rowsPerTask), keys);
  }

  static int partitions(int configured, long expandedRows, long rowsPerTask) {
    if (configured < 1 || expandedRows < 0 || rowsPerTask < 1) {
      throw new IllegalArgumentException("Partitions need configured >= 1, expandedRows >= 0 and rowsPerTask >= 1,"
          + " got configured=" + configured + ", expandedRows=" + expandedRows + ", rowsPerTask=" + rowsPerTask);
    }
    // Rounded up without adding first, which would overflow near Long.MAX_VALUE.
    long needed = expandedRows / rowsPerTask + (expandedRows % rowsPerTask == 0 ? 0 : 1);
    return (int) Math.max(configured, Math.min(needed, MAX_PARTITIONS));
  }

  private static int configured(Dataset<Row> rows) {
    return rows.sparkSession().sessionState().conf().numShufflePartitions();
  }
}
