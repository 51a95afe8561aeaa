package org.clusterscope.release;

import static org.clusterscope.release.ReleaseFrames.frame;
import static org.clusterscope.release.ReleaseFrames.status;
import static org.clusterscope.release.ReleaseFrames.statuses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scala.collection.JavaConverters;

/**
 * The masking of each released table plans as a few hundred expressions, not thousands. A status
 * read by several columns is computed once per row; written into each column (and again, nested,
 * into an aggregate row's conf_status) it made plans of tens of thousands of expressions: minutes
 * of planning per publish on two cores and generated code beyond the JVM's 64 KB method limit.
 */
@ExtendWith(SparkTestExtension.class)
class MaskingPlanSizeTest {
  /**
   * region_sector, with its joins, plans as 2,056 expressions (4,756 with each status written into
   * every column that reads it).
   */
  private static final int MAX_EXPRESSIONS = 3_000;

  private final TestSpark spark;

  MaskingPlanSizeTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void everyMaskedTablePlansAsAFewHundredExpressions() {
    Dataset<Row> status = statuses(spark, status(2023, 3, "FR101", "nace_division", "10", "F"));
    Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
    for (TableSpec gold : List.of(GoldTables.REGION_SECTOR, GoldTables.REGION_PROFILE, GoldTables.SECTOR_PROFILE,
        GoldTables.CROSS_BORDER_CLUSTERS)) {
      // No rows: the plan as built is the same for any (the optimiser would drop an empty one whole).
      Dataset<Row> released = ReleasedTables.of(Map.of(gold, frame(spark, gold)), status).values().iterator().next();
      sizes.put(gold.name(), expressions(released.queryExecution().analyzed()));
    }
    assertTrue(sizes.values().stream().allMatch(size -> size <= MAX_EXPRESSIONS),
        "expressions in the masked plans, at most " + MAX_EXPRESSIONS + ": " + sizes);
  }

  /** Expression nodes in every operator of the plan. */
  private static int expressions(LogicalPlan plan) {
    int count = 0;
    for (Expression e : JavaConverters.seqAsJavaList(plan.expressions())) {
      count += nodes(e);
    }
    for (LogicalPlan child : JavaConverters.seqAsJavaList(plan.children())) {
      count += expressions(child);
    }
    return count;
  }

  private static int nodes(Expression e) {
    int count = 1;
    for (Expression child : JavaConverters.seqAsJavaList(e.children())) {
      count += nodes(child);
    }
    return count;
  }
}
