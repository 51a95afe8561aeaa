package org.clusterscope.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.clusterscope.ingest.QuarantineReason;

/**
 * One validation rule as Spark columns: when {@code fails} holds, the record is rejected with
 * {@code reason} and {@code detail} (which names the field and the bad value). Rules are checked
 * in order and the first failing one decides, so a record has exactly one reason.
 */
record Rule(Column fails, QuarantineReason reason, Column detail) {

  static Rule of(QuarantineReason reason, Column fails, Column detail) {
    return new Rule(coalesce(fails, lit(false)), reason, detail);
  }

  /** Reason code of the first failing rule, or NULL. */
  static Column firstReason(List<Rule> rules) {
    Column result = lit(null).cast("string");
    for (int i = rules.size() - 1; i >= 0; i--) {
      result = when(rules.get(i).fails(), lit(rules.get(i).reason().code())).otherwise(result);
    }
    return result;
  }

  /** Detail of the first failing rule, or NULL. */
  static Column firstDetail(List<Rule> rules) {
    Column result = lit(null).cast("string");
    for (int i = rules.size() - 1; i >= 0; i--) {
      result = when(rules.get(i).fails(), rules.get(i).detail()).otherwise(result);
    }
    return result;
  }
}
