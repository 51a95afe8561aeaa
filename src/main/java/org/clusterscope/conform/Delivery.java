package org.clusterscope.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.TableSpec;

/**
 * The shared steps of conforming a complete delivery (REGPAT, CORDIS): its bronze part, the
 * outcome once the year is known, and the silver write, which replaces the source's years.
 */
final class Delivery {
  private Delivery() {}

  /**
   * The bronze rows of one part of a source. Not cached: a Delta scan of the columns a pass needs
   * is cheaper than building a columnar cache of whole bronze rows (raw records included), which
   * cost 25 s of executor time for 5 million REGPAT person rows.
   */
  static Dataset<Row> bronze(StageContext ctx, TableSpec table, String recordSet) {
    return ctx.spark().table(ctx.table(table)).filter(col("source").equalTo(recordSet));
  }

  /** Adds {@code outcome}: quarantined with a reason, excluded outside the selected years, else accepted. */
  static Dataset<Row> outcome(Dataset<Row> checked, YearSelection selection) {
    Column inSelection = selection.years().map(ys -> col("reference_year").isin(ys.toArray())).orElse(lit(true));
    return checked
        .withColumn("outcome", when(col("reason_code").isNotNull(), lit(RecordOutcomes.QUARANTINED))
            .when(not(inSelection), lit(RecordOutcomes.EXCLUDED))
            .otherwise(lit(RecordOutcomes.ACCEPTED)))
        .withColumn("reason_code", when(col("outcome").equalTo(RecordOutcomes.EXCLUDED), lit("out_of_selected_years"))
            .otherwise(col("reason_code")));
  }

  /**
   * Writes the accepted rows of a source to silver: the selected years, or, without a selection,
   * every year of the source (a delivery replaces its predecessor).
   *
   * @param acceptedYears the years of {@code accepted}, as the outcome counts found them
   * @return the years now in silver for the source
   */
  static SortedSet<Integer> write(StageContext ctx, TableSpec silver, Dataset<Row> accepted, SortedSet<Integer> acceptedYears,
      String source, YearSelection selection) {
    long version = selection.years().isPresent()
        ? ctx.tables().replaceYears(silver, accepted, selection.years().get(), source)
        : ctx.tables().replaceSource(silver, accepted, source);
    ctx.audit().addVersion(ctx.table(silver), version);
    return new TreeSet<>(selection.years().orElse(acceptedYears));
  }
}
