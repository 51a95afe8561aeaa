package org.clusterscope.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.util.Utils;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;
import scala.collection.JavaConverters;

/** The Spark settings of every session: no UI on the network by default, no secret in what Spark shows. */
class SparkSettingsTest {
  @TempDir Path dir;

  @Test
  void theUiIsOffUnlessTheUserTurnsItOn() throws IOException {
    assertEquals("false", SparkSettings.of(settings("")).get("spark.ui.enabled"));
    assertEquals("true", SparkSettings.of(settings("spark.conf { \"spark.ui.enabled\" = \"true\" }")).get("spark.ui.enabled"));
  }

  @Test
  void theMetastorePasswordIsRedactedWhereSparkShowsTheSettings() throws IOException {
    Map<String, String> conf = SparkSettings.of(settings("catalog.metastore { url = \"jdbc:postgresql://cs:hunter2@db/metastore\","
        + " user = cs, password = tiger }"));
    assertEquals("tiger", conf.get("spark.hadoop.javax.jdo.option.ConnectionPassword"));

    Map<String, String> shown = redactedBySpark(conf);

    assertFalse(shown.toString().contains("tiger"), shown.toString());
    assertFalse(shown.toString().contains("hunter2"), shown.toString());
    assertEquals("cs", shown.get("spark.hadoop.javax.jdo.option.ConnectionUserName"));
    assertEquals("8", shown.get("spark.sql.shuffle.partitions"), "other settings are shown as they are");
  }

  @Test
  void aPasswordParameterInTheUrlIsRedactedToo() throws IOException {
    Map<String, String> shown = redactedBySpark(SparkSettings.of(settings(
        "catalog.metastore.url = \"jdbc:postgresql://db/metastore?user=cs&password=hunter2\"")));
    assertFalse(shown.toString().contains("hunter2"), shown.toString());
    assertTrue(shown.containsKey("spark.hadoop.javax.jdo.option.ConnectionURL"), shown.toString());
  }

  /** What the UI's environment page and the event log show: Spark's own redaction of the settings. */
  private static Map<String, String> redactedBySpark(Map<String, String> settings) {
    SparkConf conf = new SparkConf(false);
    settings.forEach(conf::set);
    List<Tuple2<String, String>> pairs = settings.entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).toList();
    Map<String, String> shown = new java.util.TreeMap<>();
    JavaConverters.seqAsJavaList(Utils.redact(conf, JavaConverters.asScalaBuffer(pairs).toSeq()))
        .forEach(pair -> shown.put(pair._1(), pair._2()));
    return shown;
  }

  private Settings settings(String hocon) throws IOException {
    Path conf = Files.writeString(dir.resolve("c" + System.nanoTime() + ".conf"), "clusterscope {\n"
        + "  catalog.warehouse = \"" + (hocon.contains("metastore") ? "s3a://bucket/warehouse" : dir.resolve("wh").toString()) + "\"\n"
        + "  " + hocon + "\n}\n");
    return new SettingsLoader().load(conf, List.of(), Optional.empty());
  }
}
