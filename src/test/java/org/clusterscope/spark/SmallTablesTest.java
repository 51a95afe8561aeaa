package org.clusterscope.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ResolvedHint;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A side of at most the given number of rows is marked for broadcast, a larger one is not; a side
 * the caller has materialised is marked as it is, without a second copy.
 */
@ExtendWith(SparkTestExtension.class)
class SmallTablesTest {
  private final TestSpark spark;

  SmallTablesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void aSideOfAtMostTheLimitIsMarkedForBroadcast() {
    Dataset<Row> side = SmallTables.broadcastIfSmall(spark.spark().range(3).toDF(), 3);

    assertTrue(plan(side) instanceof ResolvedHint, "3 rows with a limit of 3 are marked: " + plan(side));
    assertEquals(3, side.count());
    assertTrue(joinPlan(side).contains("BroadcastHashJoin"), joinPlan(side));
  }

  @Test
  void aLargerSideIsLeftToAnOrdinaryJoin() {
    Dataset<Row> side = SmallTables.broadcastIfSmall(spark.spark().range(3).toDF(), 2);

    assertFalse(plan(side) instanceof ResolvedHint, "3 rows with a limit of 2 are not marked: " + plan(side));
    assertEquals(3, side.count());
  }

  @Test
  void aMaterialisedSideIsMarkedWithoutBeingMaterialisedAgain() {
    Dataset<Row> materialised = spark.spark().range(5).toDF().localCheckpoint();

    Dataset<Row> marked = SmallTables.markIfSmall(materialised, 10);
    Dataset<Row> unmarked = SmallTables.markIfSmall(materialised, 4);

    assertSame(plan(materialised), ((ResolvedHint) plan(marked)).child(), "the hint wraps the caller's rows");
    assertSame(plan(materialised), plan(unmarked), "a side over the limit is the caller's table itself");
  }

  private static LogicalPlan plan(Dataset<Row> table) {
    return table.queryExecution().logical();
  }

  /** The physical plan of a join of a large table with the side, auto-broadcast switched off by size. */
  private String joinPlan(Dataset<Row> side) {
    Dataset<Row> large = spark.spark().range(1_000).toDF();
    String threshold = spark.spark().conf().get("spark.sql.autoBroadcastJoinThreshold");
    spark.spark().conf().set("spark.sql.autoBroadcastJoinThreshold", "-1");
    try {
      return large.join(side, "id").queryExecution().executedPlan().toString();
    } finally {
      spark.spark().conf().set("spark.sql.autoBroadcastJoinThreshold", threshold);
    }
  }
}
