package org.clusterscope.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.testing.TestSpark;

/**
 * A handful of rows for the formula tests, and their checks: a formula is applied to a DataFrame
 * built in the test, and its values compared with the test's own arithmetic.
 */
public final class FormulaFrames {
  /** Formulas are compared to hand arithmetic, which rounds differently in the last bits. */
  public static final double TOLERANCE = 1e-12;

  private FormulaFrames() {}

  /** The rows, with the columns of a DDL schema such as {@code "e_rs DOUBLE, code STRING"}. */
  public static Dataset<Row> frame(TestSpark spark, String schema, Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] row : rows) {
      list.add(RowFactory.create(row));
    }
    return spark.spark().createDataFrame(list, StructType.fromDDL(schema));
  }

  /** One row of values, to keep the tests' tables short. */
  public static Object[] row(Object... values) {
    return values;
  }

  /** The value of a row-wise expression on each row, in the order of the rows. */
  public static List<Object> values(Dataset<Row> frame, Column expression) {
    List<Object> values = new ArrayList<>();
    frame.select(expression).collectAsList().forEach(r -> values.add(r.get(0)));
    return values;
  }

  /** The value of an aggregate expression over all rows. */
  public static Object aggregate(Dataset<Row> frame, Column expression) {
    return frame.agg(expression).first().get(0);
  }

  /** Each value equals the expected one (a Double within {@link #TOLERANCE}, or NULL, or equal). */
  public static void assertValues(List<Object> actual, Object... expected) {
    assertEquals(expected.length, actual.size(), actual.toString());
    for (int i = 0; i < expected.length; i++) {
      assertValue(expected[i], actual.get(i));
    }
  }

  /** The value equals the expected one (a Double within {@link #TOLERANCE}, or NULL, or equal). */
  public static void assertValue(Object expected, Object actual) {
    if (expected == null) {
      assertNull(actual);
    } else if (expected instanceof Double d) {
      assertEquals(d, ((Number) actual).doubleValue(), TOLERANCE);
    } else {
      assertEquals(expected, actual);
    }
  }
}
