package org.clusterscope.testing;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What a test gets from {@link SparkTestExtension}: the JVM's one SparkSession, its warehouse,
 * and DataFrame assertions of spark-testing-base.
 */
public final class TestSpark {
  private final SharedSparkBase base;
  private final Path warehouse;

  TestSpark(SharedSparkBase base, Path warehouse) {
    this.base = base;
    this.warehouse = warehouse;
  }

  public SparkSession spark() {
    return base.spark();
  }

  /** Warehouse of the shared session; every test uses its own database prefix inside it. */
  public Path warehouse() {
    return warehouse;
  }

  /**
   * Same rows (any order), same column names and types; column metadata such as Delta's comments
   * is ignored.
   */
  public void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    base.assertDataFrameDataEquals(withoutMetadata(expected), withoutMetadata(actual));
  }

  /** Same rows in the same order, doubles compared with {@code tolerance}. */
  public void assertApproximatelyEqual(Dataset<Row> expected, Dataset<Row> actual, double tolerance) {
    base.assertDataFrameApproximateEquals(withoutMetadata(expected), withoutMetadata(actual), tolerance);
  }

  /** The same data with column metadata (Delta comments) removed, so schemas compare by name and type. */
  private static Dataset<Row> withoutMetadata(Dataset<Row> data) {
    StructType plain = new StructType(java.util.Arrays.stream(data.schema().fields())
        .map(f -> new StructField(f.name(), f.dataType(), f.nullable(), Metadata.empty()))
        .toArray(StructField[]::new));
    return data.sparkSession().createDataFrame(data.javaRDD(), plain);
  }
}
