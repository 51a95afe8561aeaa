package org.clusterscope.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rows clustered by keys into the configured number of shuffle partitions
 * ({@code spark.sql.shuffle.partitions}), a count adaptive execution does not coalesce.
 *
 * <p>For narrow rows that a later step in the same task expands many times (to every NUTS level
 * and scheme): adaptive execution sizes partitions by the narrow rows and coalesces them into two
 * or three, whose tasks then spill the expanded rows (gigabytes for the cell aggregate, 831 MB for
 * the patent joins at EU scale).
 */
public final class FixedPartitions {
  private FixedPartitions() {}

  public static Dataset<Row> clustered(Dataset<Row> rows, Column... keys) {
    return rows.repartition(rows.sparkSession().sessionState().conf().numShufflePartitions(), keys);
  }
}
