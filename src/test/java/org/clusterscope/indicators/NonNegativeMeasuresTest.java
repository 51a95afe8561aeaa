package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A measure that cannot be negative loses its rounding noise (Krugman's closed form gave −4e-16
 * on the samples), but a clearly negative value, which only a wrong formula gives, stays visible.
 */
@ExtendWith(SparkTestExtension.class)
class NonNegativeMeasuresTest {
  private final TestSpark spark;

  NonNegativeMeasuresTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void roundingNoiseBelowZeroIsZeroAndEverythingElseIsKept() {
    List<Row> rows = Arrays.asList(RowFactory.create(-4e-16), RowFactory.create(-0.1), RowFactory.create(0.3),
        RowFactory.create((Object) null));
    List<Row> out = spark.spark().createDataFrame(rows, new StructType().add("x", DataTypes.DoubleType))
        .select(Formulas.nonNegative(col("x")).as("x")).collectAsList();
    assertEquals(0.0, out.get(0).getDouble(0), 0.0);
    assertEquals(-0.1, out.get(1).getDouble(0), 0.0);
    assertEquals(0.3, out.get(2).getDouble(0), 0.0);
    assertNull(out.get(3).get(0));
  }
}
