package org.clusterscope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** No NaN or infinity reaches a gold table: the check counts them per column and stops the run. */
@ExtendWith(SparkTestExtension.class)
class FiniteValuesTest {
  private final TestSpark spark;

  FiniteValuesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void nanAndInfinitiesAreCountedPerColumn() {
    QualityCheck check = FiniteValues.evaluate("cs_gold.region_sector", cells(
        RowFactory.create("DK011", 10.0, 1.2),
        RowFactory.create("DK012", Double.POSITIVE_INFINITY, Double.NaN),
        RowFactory.create("DK013", 5.0, Double.NaN),
        RowFactory.create("DK014", Double.NEGATIVE_INFINITY, null)));

    assertEquals("finite_values", check.check());
    assertEquals("error", check.severity());
    assertFalse(check.passed());
    assertEquals(3.0, check.observed());
    assertEquals("3 rows hold NaN or infinite values (employment: 2, lq: 2)", check.detail());
  }

  @Test
  void finiteValuesAndNullsPass() {
    QualityCheck check = FiniteValues.evaluate("cs_gold.region_sector", cells(
        RowFactory.create("DK011", 10.0, 1.2), RowFactory.create("DK012", 0.0, null)));

    assertTrue(check.passed());
    assertEquals(0.0, check.observed());
  }

  @Test
  void aFailingCheckUndoesTheWriteStopsTheRunAndIsRecorded() {
    RunAudit audit = new RunAudit("indicators", "", Instant.now());
    StageContext ctx = new StageContext(spark.spark(), null, null, null, audit);
    List<String> undone = new java.util.ArrayList<>();

    ClusterscopeException e = assertThrows(ClusterscopeException.class, () ->
        FiniteValues.require(ctx, "cs_gold.region_sector", cells(RowFactory.create("DK011", Double.NaN, 1.0)),
            () -> undone.add("restored")));

    assertEquals(ExitCode.INPUT, e.exitCode());
    assertEquals(List.of("restored"), undone);
    assertTrue(e.getMessage().contains("after writing cs_gold.region_sector: 1 rows hold NaN"), e.getMessage());
    assertEquals(1, audit.checks().size());
    assertTrue(audit.checks().get(0).failsRun());
  }

  private Dataset<Row> cells(Row... rows) {
    return spark.spark().createDataFrame(List.of(rows), DataTypes.createStructType(List.of(
        DataTypes.createStructField("region_code", DataTypes.StringType, false),
        DataTypes.createStructField("employment", DataTypes.DoubleType, true),
        DataTypes.createStructField("lq", DataTypes.DoubleType, true))));
  }
}
