package org.clusterscope.conform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.clusterscope.ingest.QuarantineReason;
import org.clusterscope.ingest.QuotedValue;

/**
 * Checks that the weights of a REGPAT application add up to one application. OECD fractional
 * counting gives each row the weight {@code inv_share * reg_share} (or {@code app_share}), and an
 * application's rows must sum to 1, or it counts several times (or a fraction of once) in the
 * patent counts and link weights. Each share may be valid alone and the sum still wrong.
 *
 * <p>The sum runs over the rows that passed every row rule and are not duplicates: the rows
 * silver would get. When it is off by more than {@link #TOLERANCE} every such row of the
 * application is quarantined ({@link QuarantineReason#INVALID_SHARE_SUM}); flagging them instead
 * would let the wrong weights reach gold. A sum below 1 is accepted when another row of the same
 * application was quarantined by a row rule (its weight is the missing part, already reported).
 */
final class ShareSums {
  /** REGPAT rounds shares to a few decimals: 3 x 0.333333 is 0.999999, 150 x 0.006667 is 1.00005. */
  static final double TOLERANCE = 0.01;
  private static final String SUM = "share_sum";
  private static final String ROWS = "share_rows";
  private static final String OFF = "share_sum_off";

  private ShareSums() {}

  /**
   * @param marked person rows with {@code role}, {@code appln_id}, {@code weight}, and
   *     {@code reason_code} / {@code reason_detail} of the row rules and the duplicate check
   */
  static Dataset<Row> check(Dataset<Row> marked) {
    WindowSpec application = Window.partitionBy("role", "appln_id");
    Column accepted = col("reason_code").isNull();
    Column rejectedByRule = col("reason_code").isNotNull()
        .and(col("reason_code").notEqual(QuarantineReason.DUPLICATE_ID.code()));
    Column explained = max(when(rejectedByRule, lit(true))).over(application);
    Column off = accepted.and(col(SUM).gt(1 + TOLERANCE).or(col(SUM).lt(1 - TOLERANCE).and(explained.isNull())));
    Column detail = concat(lit("the weights (share x reg_share) of the "), col(ROWS).cast("string"),
        lit(" accepted rows of application "), QuotedValue.of(col("appln_id")), lit(" sum to "),
        format_string("%.4f", col(SUM)), lit(", not 1 (tolerance " + TOLERANCE + ")"));
    return marked
        .withColumn(SUM, sum(when(accepted, col("weight"))).over(application))
        .withColumn(ROWS, count(when(accepted, lit(1))).over(application))
        .withColumn(OFF, off)
        .withColumn("reason_detail", when(col(OFF), detail).otherwise(col("reason_detail")))
        .withColumn("reason_code", when(col(OFF), lit(QuarantineReason.INVALID_SHARE_SUM.code()))
            .otherwise(col("reason_code")))
        .drop(SUM, ROWS, OFF);
  }
}
