package org.clusterscope.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.clusterscope.ingest.QuarantineReason;

/**
 * Rejects repeated records: among the records that passed every other rule, the first occurrence
 * of a key in file and line order is kept and the later ones are quarantined as
 * {@link QuarantineReason#DUPLICATE_ID}, naming where the kept one is. Deterministic, so a rerun
 * keeps the same record.
 */
final class Duplicates {
  private Duplicates() {}

  /**
   * @param checked rows with {@code reason_code} / {@code reason_detail} of the other rules
   * @param what how the key reads in the message, e.g. {@code concat(lit("siret '"), col("establishment_id"), lit("'"))}
   */
  static Dataset<Row> mark(Dataset<Row> checked, Column what, Column... keys) {
    WindowSpec sameKey = Window.partitionBy(keys)
        .orderBy(col("reason_code").isNotNull(), col("source_file"), col("line_number"));
    Column duplicate = col("reason_code").isNull().and(row_number().over(sameKey).gt(1));
    Column firstSeen = concat(what, lit(" already appears in "), first(col("source_file")).over(sameKey),
        lit(" line "), first(col("line_number")).over(sameKey).cast("string"));
    return checked
        .withColumn("reason_detail", when(duplicate, firstSeen).otherwise(col("reason_detail")))
        .withColumn("reason_code", when(duplicate, lit(QuarantineReason.DUPLICATE_ID.code())).otherwise(col("reason_code")));
  }
}
