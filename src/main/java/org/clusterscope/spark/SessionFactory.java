package org.clusterscope.spark;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;

/**
 * Starts the SparkSession of a clusterscope process and connects it to the catalog at once, so
 * that a catalog that cannot be used (a metastore held by another process or out of reach, a
 * warehouse that cannot be written or was copied without its tables) is reported in one message
 * before any work starts.
 */
public final class SessionFactory {
  private SessionFactory() {}

  public static SparkSession start(Settings settings) {
    return start(settings, Map.of());
  }

  /** @param extraConf settings of one command (serve's Thrift server), over every session's */
  public static SparkSession start(Settings settings, Map<String, String> extraConf) {
    CatalogSettings catalog = settings.catalog();
    if (catalog.metastore().isEmbedded()) {
      Path warehouse = catalog.warehouse().localPath();
      WritableWarehouse.require(warehouse);
      System.setProperty("derby.system.home", SparkSettings.derbyHome(settings).toString());
      WarehouseRelocation.apply(warehouse, catalog.databasePrefix());
    }
    SparkSession.Builder builder = SparkSession.builder().enableHiveSupport();
    Map<String, String> conf = new java.util.LinkedHashMap<>(SparkSettings.of(settings));
    conf.putAll(extraConf);
    for (Map.Entry<String, String> e : conf.entrySet()) {
      builder.config(e.getKey(), e.getValue());
    }
    SparkSession spark;
    try (MetastoreSchemaLock lock = MetastoreSchemaLock.acquire(catalog.metastore())) {
      spark = builder.getOrCreate();
      connect(spark, settings);
    }
    if (!catalog.metastore().isEmbedded()) {
      try {
        SharedWarehouseCheck.check(spark, catalog);
      } catch (RuntimeException e) {
        spark.stop();
        throw e;
      }
    }
    return spark;
  }

  private static void connect(SparkSession spark, Settings settings) {
    CatalogSettings catalog = settings.catalog();
    try {
      spark.sql("SHOW DATABASES").collectAsList();
    } catch (Exception e) { // AnalysisException is checked, but thrown undeclared from Scala
      spark.stop();
      if (MetastoreLock.isLockError(e)) {
        throw Errors.metastoreLocked(SparkSettings.derbyHome(settings), e);
      }
      if (!catalog.metastore().isEmbedded()) {
        throw Errors.metastoreUnavailable(catalog.metastore().displayUrl(), driverReason(e, catalog.metastore()), e);
      }
      throw e;
    }
  }

  /** The innermost reason in Hive's layers of wrapping (the JDBC driver's), with the URL masked. */
  private static String driverReason(Throwable error, CatalogSettings.MetastoreSettings metastore) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = String.valueOf(root.getMessage()).lines().findFirst().orElse("").trim();
    return reason.replace(metastore.url(), metastore.displayUrl());
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
