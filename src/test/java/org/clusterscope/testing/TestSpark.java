package org.clusterscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
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
  private final Map<String, Workspace> sharedRuns = new HashMap<>();

  TestSpark(SharedSparkBase base, Path warehouse) {
    this.base = base;
    this.warehouse = warehouse;
  }

  public SparkSession spark() {
    return base.spark();
  }

  /**
   * A session of the shared context and catalog with the product's own code-generation settings
   * instead of the suite's settings for tiny inputs ({@link SparkTestExtension}): for the end-to-end
   * run of the samples and the tests of generated code.
   */
  public SparkSession productSession() {
    SparkSession session = spark().newSession();
    session.conf().set("spark.sql.codegen.wholeStage", "true");
    session.conf().set("spark.sql.codegen.factoryMode", "FALLBACK");
    return session;
  }

  /** Warehouse of the shared session; every test uses its own database prefix inside it. */
  public Path warehouse() {
    return warehouse;
  }

  /**
   * The workspace of the pipeline run called {@code name}: made on first use by {@code setUp},
   * which writes the inputs and runs the pipeline, and then shared by every test class of the JVM
   * that asks for the same name. A whole run of even a few records costs tens of seconds, so test
   * classes that read the tables of the same inputs share one run; tests that rerun, change
   * inputs or expect a failure make their own {@link Workspace}.
   */
  public synchronized Workspace sharedRun(String name, Consumer<Workspace> setUp) {
    Workspace ws = sharedRuns.get(name);
    if (ws == null) {
      ws = new Workspace(this, sharedRunFolder(name));
      setUp.accept(ws);
      sharedRuns.put(name, ws);
    }
    return ws;
  }

  private Path sharedRunFolder(String name) {
    try {
      return Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()),
          "run-" + name.replaceAll("[^A-Za-z0-9]+", "-") + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
