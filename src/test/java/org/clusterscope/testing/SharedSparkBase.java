package org.clusterscope.testing;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;

/**
 * spark-testing-base, configured with the product's own Spark settings: its SparkContext is
 * built from {@link #conf()}, and its session builder adds nothing, so the session has the same
 * Delta catalog, Hive metastore location and warehouse as a real run.
 */
final class SharedSparkBase extends JavaDataFrameSuiteBase {
  private final Map<String, String> settings;

  SharedSparkBase(Map<String, String> settings) {
    this.settings = settings;
  }

  @Override
  public SparkConf conf() {
    SparkConf conf = new SparkConf(false);
    settings.forEach(conf::set);
    return conf;
  }

  @Override
  public boolean enableHiveSupport() {
    return true;
  }

  @Override
  public SparkSession.Builder builder() {
    return SparkSession.builder().enableHiveSupport();
  }
}
