package org.clusterscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.clusterscope.spark.SparkSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One SparkSession per test JVM, shared by every test class, started through spark-testing-base
 * (whose JUnit 4 lifecycle methods this extension calls) and injected as {@link TestSpark}.
 * The session runs {@code local[2]} with two shuffle partitions, no UI, bound to loopback, on a
 * warehouse under {@code target/}; it is stopped when the test plan ends. Each class's processor
 * time is logged ({@link ProcessorTime}).
 */
public final class SparkTestExtension implements ParameterResolver, BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SparkTestExtension.class);

  private final ProcessorTime processorTime = new ProcessorTime();

  @Override
  public void beforeAll(ExtensionContext context) {
    processorTime.beforeAll(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    processorTime.afterAll(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestSpark.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Resource.class, key -> Resource.start(), Resource.class)
        .testSpark;
  }

  /**
   * Settings for inputs of a few records: a pipeline run on them spends its processor time
   * planning queries and compiling their generated code, not processing rows. Interpreted
   * expressions without whole-stage code, a code cache that keeps every query's classes across
   * runs, and the short plan description Spark builds for every query cut the processor time of
   * a run of case M2 from 67-80 s to 49-54 s. Whole-stage code is tested where it matters:
   * {@link TestSpark#productSession()} has the product's settings. Tests that run the pipeline
   * in a child JVM on a handful of records give it these settings too.
   */
  public static final Map<String, String> TINY_INPUTS = Map.of(
      "spark.sql.codegen.wholeStage", "false",
      "spark.sql.codegen.factoryMode", "NO_CODEGEN",
      "spark.sql.codegen.cache.maxEntries", "2000",
      "spark.sql.ui.explainMode", "simple");

  /**
   * Settings for a JVM that creates thousands of Delta tables, one set per workspace. Delta keeps
   * each table's log with the plans of its cached state, about 15 MB of heap per table, for an hour
   * and up to 10,000 tables: the suite's 3 GB heap filled up after half an hour (186 logs, 2.4 GB
   * live) and its tasks then waited for memory for ever. The suite reads back only the tables of
   * recent runs, so two dozen logs are enough.
   */
  static final Map<String, String> MANY_TABLES = Map.of(
      "spark.databricks.delta.delta.log.cacheSize", "24");

  /** The shared session, closed by JUnit when the root context closes. */
  static final class Resource implements ExtensionContext.Store.CloseableResource {
    private final TestSpark testSpark;

    private Resource(TestSpark testSpark) {
      this.testSpark = testSpark;
    }

    static Resource start() {
      Path warehouse = createWarehouse();
      Settings settings = baseSettings(warehouse);
      Map<String, String> conf = new java.util.LinkedHashMap<>(SparkSettings.of(settings));
      conf.put("spark.ui.enabled", "false");
      conf.putAll(TINY_INPUTS);
      conf.putAll(MANY_TABLES);
      System.setProperty("derby.system.home", warehouse.toString());
      SharedSparkBase base = new SharedSparkBase(conf);
      base.runBefore();
      return new Resource(new TestSpark(base, warehouse));
    }

    @Override
    public void close() {
      testSpark.spark().stop();
      SharedSparkBase.runAfterClass();
    }

    private static Path createWarehouse() {
      try {
        Path target = Paths.get("target").toAbsolutePath();
        Files.createDirectories(target);
        return Files.createTempDirectory(target, "test-warehouse-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Settings baseSettings(Path warehouse) {
      try {
        Path conf = Files.createTempFile(warehouse, "session", ".conf");
        Files.writeString(conf, "clusterscope.catalog.warehouse = \"" + warehouse + "\"\n"
            + "clusterscope.spark.master = \"local[2]\"\n"
            + "clusterscope.spark.conf { \"spark.sql.shuffle.partitions\" = \"2\","
            + " \"spark.default.parallelism\" = \"2\" }\n");
        return new SettingsLoader().load(conf, List.of(), Optional.empty());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
