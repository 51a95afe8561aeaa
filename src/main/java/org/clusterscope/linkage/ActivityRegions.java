package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every link measure is computed from per-activity region counts, never from participant pairs:
 * an application with 150 inventors in 3 regions costs 3 rows here, not 11,175 pairs. For an
 * activity with n participants, n_r of them in region r, the pairs inside r are C(n_r, 2), those
 * between a and b n_a n_b, and each pair weighs 1 / C(n, 2), so the activity sums to 1
 * (Σ_{a<b} n_a n_b + Σ_r C(n_r, 2) = C(n, 2)).
 */
final class ActivityRegions {
  static final String[] ACTIVITY = {"source", "reference_year", "nuts_level", "activity"};

  private ActivityRegions() {}

  /**
   * Per activity: n, n_located (participants with a region at the level), participants
   * (distinct), regions (distinct, at the level), has_academic.
   */
  static Dataset<Row> totals(Dataset<Row> participants) {
    return participants.groupBy(cols(ACTIVITY))
        .agg(sum("n").as("n"), sum(when(col("region").isNotNull(), col("n")).otherwise(0.0)).as("n_located"),
            countDistinct("participant").as("participants"),
            countDistinct("region").as("regions"), max(col("academic").cast("int")).equalTo(1).as("has_academic"));
  }

  /** Per activity and region: n_r and the region's country. */
  static Dataset<Row> regions(Dataset<Row> participants) {
    return participants.filter(col("region").isNotNull())
        .groupBy(col("source"), col("reference_year"), col("nuts_level"), col("activity"), col("region"), col("country_code"))
        .agg(sum("n").as("n_r"));
  }

  /** Per activity and country: n_c. */
  static Dataset<Row> countries(Dataset<Row> participants) {
    return participants.groupBy(col("source"), col("reference_year"), col("nuts_level"), col("activity"), col("country_code"))
        .agg(sum("n").as("n_c"));
  }

  /** C(x, 2) = x (x − 1) / 2, for fractional counts too. */
  static Column pairs(Column x) {
    return x.multiply(x.minus(1)).divide(2);
  }

  /** numerator / C(n, 2), 0 for an activity with fewer than two participants (it has no pairs). */
  static Column perPair(Column numerator, Column n) {
    return when(pairs(n).gt(1e-12), numerator.divide(pairs(n))).otherwise(lit(0.0));
  }

  static Column[] cols(String... names) {
    Column[] columns = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      columns[i] = col(names[i]);
    }
    return columns;
  }
}
