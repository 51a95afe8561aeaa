package org.clusterscope.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusterscope.config.CatalogSettings.MetastoreSettings;
import org.clusterscope.config.Location;
import org.clusterscope.config.Settings;

/**
 * The Spark settings every clusterscope session needs, derived from {@link Settings}. Shared by
 * the launcher and the test harness so that tests run on exactly the production configuration.
 */
public final class SparkSettings {
  /** Settings whose key or value matches are shown as *********(redacted) in the UI and event logs. */
  static final String REDACTION_REGEX = "(?i)secret|password|token|access[.]?key|javax[.]jdo[.]option[.]ConnectionURL";

  private SparkSettings() {}

  /** Settings in precedence order: ours first, then the user's {@code spark.conf} / {@code --conf}. */
  public static Map<String, String> of(Settings settings) {
    Location warehouse = settings.catalog().warehouse();
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.master", settings.sparkMaster());
    conf.put("spark.app.name", "clusterscope");
    // Delta's first: the release extension wraps Delta's parser (docs/operations.md, Releases).
    conf.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension,org.clusterscope.release.ReleaseExtension");
    conf.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    conf.put("spark.sql.catalogImplementation", "hive");
    conf.put("spark.sql.warehouse.dir", warehouse.uri());
    // Without it, Delta tables created by DDL have an empty schema in the metastore and JDBC
    // clients see no columns (docs/design.md section 5).
    conf.put("spark.databricks.delta.catalog.update.enabled", "true");
    conf.put("spark.databricks.delta.snapshotPartitions", "2");
    conf.put("spark.sql.shuffle.partitions", "8");
    conf.put("spark.sql.adaptive.enabled", "true");
    conf.put("spark.sql.session.timeZone", "UTC");
    // HotSpot does not JIT-compile a method above 8,000 bytes of bytecode, so a larger whole-stage
    // method would run in the interpreter; with this limit Spark runs such a plan without
    // whole-stage code instead (slower too: the conform rules' silver write took 1.6-2.2 times as
    // long while above it). GeneratedCodeSizeTest keeps the rules below it.
    conf.put("spark.sql.codegen.hugeMethodLimit", "8000");
    // Writes to tables partitioned by year: a writer per year in each task instead of sorting
    // every row by year first (Spark falls back to sorting beyond this many partitions per task).
    conf.put("spark.sql.maxConcurrentOutputFileWriters", "8");
    // The generated "fast" first-level hash map of aggregates: with the many string-keyed
    // aggregates here HotSpot traps out of its compiled key comparison on nearly every call
    // (1.5 million uncommon traps in 4 minutes, JFR), and without it the indicator stage ran
    // about 10% faster (measured with the bench on 5 million establishments).
    conf.put("spark.sql.codegen.aggregate.map.twolevel.enabled", "false");
    conf.put("spark.ui.showConsoleProgress", "false");
    // Spark 3.5 binds its UI to every network interface unless SPARK_LOCAL_IP says otherwise
    // (spark.driver.bindAddress does not apply to it), and the UI shows the settings, the
    // metastore's JDBC URL among them. Off unless the user sets spark.ui.enabled=true.
    conf.put("spark.ui.enabled", "false");
    // Spark's default pattern (secret, password, token, access key) catches the metastore
    // password key and a password=... parameter; the URL is masked whole because it can carry the
    // password as user:password@host too.
    conf.put("spark.redaction.regex", REDACTION_REGEX);
    metastore(conf, settings.catalog().metastore(), warehouse);
    if (settings.sparkMaster().startsWith("local")) {
      conf.put("spark.driver.host", "127.0.0.1");
      conf.put("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.putAll(settings.sparkConf());
    return conf;
  }

  /** Derby's own home folder (for derby.log); a JVM-wide system property, set before Spark. */
  public static Path derbyHome(Settings settings) {
    return settings.catalog().warehouse().localPath();
  }

  private static void metastore(Map<String, String> conf, MetastoreSettings metastore, Location warehouse) {
    String prefix = "spark.hadoop.";
    if (metastore.isEmbedded()) {
      // The settings loader admits an embedded metastore only with a local warehouse.
      conf.put(prefix + "javax.jdo.option.ConnectionURL",
          "jdbc:derby:;databaseName=" + warehouse.localPath().resolve("metastore_db") + ";create=true");
      // Embedded Derby held by another JVM stays held: retrying (10 x 2 s by default) only
      // delays the message.
      conf.put(prefix + "hive.hmshandler.retry.attempts", "1");
      return;
    }
    conf.put(prefix + "javax.jdo.option.ConnectionURL", metastore.url());
    putIfSet(conf, prefix + "javax.jdo.option.ConnectionDriverName", metastore.driver());
    putIfSet(conf, prefix + "javax.jdo.option.ConnectionUserName", metastore.user());
    putIfSet(conf, prefix + "javax.jdo.option.ConnectionPassword", metastore.password());
    // Spark sets these itself only for Derby; without the last two, the first CREATE TABLE on
    // an empty database deadlocks inside DataNucleus (docs/design.md section 5).
    conf.put(prefix + "datanucleus.schema.autoCreateAll", "true");
    conf.put(prefix + "hive.metastore.schema.verification", "false");
    conf.put(prefix + "datanucleus.autoStartMechanism", "MetaData");
    conf.put(prefix + "datanucleus.autoStartMetaDataFiles", "package.jdo");
  }

  private static void putIfSet(Map<String, String> conf, String key, String value) {
    if (!value.isEmpty()) {
      conf.put(key, value);
    }
  }
}
