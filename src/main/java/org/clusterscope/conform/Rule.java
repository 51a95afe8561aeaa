package org.clusterscope.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.ingest.QuarantineReason;

/**
 * One validation rule as Spark columns: when {@code fails} holds, the record is rejected with
 * {@code reason} and {@code detail} (which names the field and the bad value). Rules are checked
 * in order and the first failing one decides, so a record has exactly one reason.
 */
record Rule(Column fails, QuarantineReason reason, Column detail) {
  private static final String FAILED_RULE = "failed_rule";

  static Rule of(QuarantineReason reason, Column fails, Column detail) {
    return new Rule(coalesce(fails, lit(false)), reason, detail);
  }

  /**
   * Adds {@code reason_code} and {@code reason_detail} of the first failing rule (NULL when all
   * pass). The conditions are evaluated once, into the index of the failing rule, which the code
   * and the detail are then read from; two chains of conditions would evaluate each twice.
   */
  static Dataset<Row> apply(Dataset<Row> rows, List<Rule> rules) {
    Column index = null;
    Column code = null;
    Column detail = null;
    for (int i = 0; i < rules.size(); i++) {
      Column failed = col(FAILED_RULE).equalTo(i);
      index = index == null ? when(rules.get(i).fails(), lit(i)) : index.when(rules.get(i).fails(), lit(i));
      code = code == null ? when(failed, lit(rules.get(i).reason().code())) : code.when(failed, lit(rules.get(i).reason().code()));
      detail = detail == null ? when(failed, rules.get(i).detail()) : detail.when(failed, rules.get(i).detail());
    }
    if (index == null) {
      return rows.withColumn("reason_code", lit(null).cast("string")).withColumn("reason_detail", lit(null).cast("string"));
    }
    return rows.withColumn(FAILED_RULE, index)
        .withColumn("reason_code", code)
        .withColumn("reason_detail", detail)
        .drop(FAILED_RULE);
  }
}
