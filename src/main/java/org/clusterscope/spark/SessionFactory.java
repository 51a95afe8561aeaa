package org.clusterscope.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;

/**
 * Starts the SparkSession of a clusterscope process and connects it to the catalog at once, so
 * that a metastore held by another process is reported in one sentence before any work starts.
 */
public final class SessionFactory {
  private SessionFactory() {}

  public static SparkSession start(Settings settings) {
    if (settings.catalog().metastore().isEmbedded()) {
      System.setProperty("derby.system.home", SparkSettings.derbyHome(settings).toString());
    }
    SparkSession.Builder builder = SparkSession.builder().enableHiveSupport();
    for (Map.Entry<String, String> e : SparkSettings.of(settings).entrySet()) {
      builder.config(e.getKey(), e.getValue());
    }
    SparkSession spark = builder.getOrCreate();
    try {
      spark.sql("SHOW DATABASES").collectAsList();
    } catch (Exception e) { // AnalysisException is checked, but thrown undeclared from Scala
      spark.stop();
      if (MetastoreLock.isLockError(e)) {
        throw Errors.metastoreLocked(SparkSettings.derbyHome(settings), e);
      }
      throw e;
    }
    return spark;
  }

  /**
   * A session without catalog, Hive or Delta, for commands that only read input files
   * ({@code validate}); it can run while another process holds the embedded metastore.
   */
  public static SparkSession startWithoutCatalog(Settings settings) {
    SparkSession.Builder builder = SparkSession.builder()
        .config("spark.sql.catalogImplementation", "in-memory");
    for (Map.Entry<String, String> e : SparkSettings.of(settings).entrySet()) {
      if (!e.getKey().startsWith("spark.hadoop.javax.jdo") && !e.getKey().startsWith("spark.sql.catalog")
          && !e.getKey().equals("spark.sql.extensions")) {
        builder.config(e.getKey(), e.getValue());
      }
    }
    return builder.config("spark.sql.catalogImplementation", "in-memory").getOrCreate();
  }
}
