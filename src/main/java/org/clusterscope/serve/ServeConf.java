package org.clusterscope.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterscope.config.ServeSettings;
import org.clusterscope.config.ServeSettings.LdapAuthentication;
import org.clusterscope.config.ServeSettings.PasswordAuthentication;
import org.clusterscope.config.Settings;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.publish.OpsTables;

/**
 * The Spark and Hive settings of a serve process, on top of every session's
 * ({@code SparkSettings}): the Thrift server's address, transport and authentication, the
 * read-only rule and the databases it shows. Hive reads the server's settings from the Spark
 * settings {@code spark.hadoop.hive.server2.*} (set before the session starts, docs/design.md
 * section 5).
 */
public final class ServeConf {
  private static final String HIVE = "spark.hadoop.";

  private ServeConf() {}

  /** @param extensions the session's spark.sql.extensions, which the read-only rule is added to */
  public static Map<String, String> sparkConf(Settings settings, String extensions) {
    ServeSettings serve = settings.serve();
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.sql.extensions", extensions + "," + ReadOnlyExtension.class.getName());
    // No `SELECT * FROM delta.`/path``: a path reaches around the catalog to any table's files.
    conf.put("spark.sql.runSQLOnFiles", "false");
    conf.put(HIVE + "hive.metastore.filter.hook", VisibleDatabases.class.getName());
    // Hive's default authorizer (SQL standard, of the "V2" kind) sets up on a client's first
    // getSchemas/getTables and writes its own filter hook, which hides nothing, into the session's
    // settings; on a Thrift thread that has run a statement, the metastore client it then opens is
    // the one Spark's catalog shares, and every database was listed from then on. An authorizer of
    // the older kind leaves the filter hook alone. Hive's authorization stays off
    // (hive.security.authorization.enabled), so this one never decides anything: serve's rules
    // are VisibleDatabases and ReadOnlyCheck.
    conf.put(HIVE + "hive.security.authorization.manager",
        "org.apache.hadoop.hive.ql.security.authorization.MetaStoreAuthzAPIAuthorizerEmbedOnly");
    conf.put(ReadOnlyExtension.DATABASES, String.join(",", databases(settings)));
    reachable(settings).ifPresent(store -> {
      conf.put(ReadOnlyExtension.BEHIND_VIEWS, store);
      conf.put(HIVE + VisibleDatabases.REACHABLE, store + settings.serve().release()
          .map(release -> "," + OpsTables.RELEASES.qualifiedName(settings.catalog())).orElse(""));
    });
    resultStreaming(settings).forEach(conf::put);
    conf.put(HIVE + "hive.server2.thrift.bind.host", serve.bindHost());
    conf.put(HIVE + "hive.server2.thrift.port", String.valueOf(serve.port()));
    conf.put(HIVE + "hive.server2.thrift.http.port", String.valueOf(serve.port()));
    conf.put(HIVE + "hive.server2.thrift.http.path", serve.httpPath());
    conf.put(HIVE + "hive.server2.transport.mode", serve.transport().name().toLowerCase(java.util.Locale.ROOT));
    // Queries run as the serve process's user: there is no Hadoop security to impersonate into.
    conf.put(HIVE + "hive.server2.enable.doAs", "false");
    // Per-statement log files go to one folder per OS user (/tmp/<user>/operation_logs) that a
    // stopping Thrift server deletes whole, under the feet of another serve on the same machine;
    // the statements' progress is in serve's own log.
    conf.put(HIVE + "hive.server2.logging.operation.enabled", "false");
    conf.put(HIVE + "hive.server2.authentication", Map.of("password", "CUSTOM", "ldap", "LDAP", "none", "NONE")
        .get(authenticationName(serve)));
    hiveAuthentication(serve).forEach((key, value) -> conf.put(HIVE + key, value));
    return conf;
  }

  /**
   * How results reach the clients, unless the configuration's {@code spark.conf} says otherwise:
   * one partition at a time, of at most 16 MB of files, instead of each whole result collected on
   * the driver first. A BI extract of a released table at EU scale is a million rows, some 1.5 GB
   * as rows on the heap; eight clients extracting at once took the 4 GB server down
   * (OutOfMemoryError, docs/serving.md "Performance"). A small query still reads one partition.
   */
  static Map<String, String> resultStreaming(Settings settings) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.sql.thriftServer.incrementalCollect", "true");
    conf.put("spark.sql.files.maxPartitionBytes", "16m");
    conf.keySet().removeAll(settings.sparkConf().keySet());
    return conf;
  }

  /**
   * Settings the Thrift server's authentication providers read from a fresh Hive configuration
   * (it overlays system properties named like Hive settings) or, for ours, from the JVM's system
   * properties: the only ways Hive gives into a provider it builds by class name.
   */
  public static Map<String, String> systemProperties(ServeSettings serve) {
    Map<String, String> properties = new LinkedHashMap<>(hiveAuthentication(serve));
    if (serve.authentication() instanceof PasswordAuthentication password) {
      properties.put(PasswordAuthenticator.USER, password.user());
      properties.put(PasswordAuthenticator.HASH, password.hash().toString());
    }
    return properties;
  }

  /** none, password or ldap, as configured. */
  public static String authenticationName(ServeSettings serve) {
    return serve.authentication() instanceof PasswordAuthentication ? "password"
        : serve.authentication() instanceof LdapAuthentication ? "ldap" : "none";
  }

  /**
   * The database of the stored tables behind the released layer's views, where the released
   * layer is served: Spark must find its tables to read a view, and clients must not list them.
   */
  private static java.util.Optional<String> reachable(Settings settings) {
    return settings.serve().layers().contains(Layer.PUB)
        ? java.util.Optional.of(settings.catalog().database(Layer.PUB_STORE)) : java.util.Optional.empty();
  }

  /** The served databases: each configured layer under the catalog's prefix. */
  public static List<String> databases(Settings settings) {
    return settings.serve().layers().stream().map(settings.catalog()::database).collect(Collectors.toList());
  }

  private static Map<String, String> hiveAuthentication(ServeSettings serve) {
    Map<String, String> conf = new LinkedHashMap<>();
    if (serve.authentication() instanceof PasswordAuthentication) {
      conf.put("hive.server2.custom.authentication.class", PasswordAuthenticator.class.getName());
    } else if (serve.authentication() instanceof LdapAuthentication ldap) {
      conf.put("hive.server2.authentication.ldap.url", ldap.url());
      if (!ldap.baseDn().isEmpty()) {
        conf.put("hive.server2.authentication.ldap.baseDN", ldap.baseDn());
      }
      if (!ldap.domain().isEmpty()) {
        conf.put("hive.server2.authentication.ldap.Domain", ldap.domain());
      }
    }
    return conf;
  }
}
