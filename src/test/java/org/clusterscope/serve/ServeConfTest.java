package org.clusterscope.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeConfTest {
  @Test
  void resultsStreamToClientsAPartitionAtATime(@TempDir Path dir) throws Exception {
    Map<String, String> conf = ServeConf.sparkConf(settings(dir, ""), "");
    assertEquals("true", conf.get("spark.sql.thriftServer.incrementalCollect"));
    assertEquals("16m", conf.get("spark.sql.files.maxPartitionBytes"));
  }

  @Test
  void theConfigurationsSparkSettingsOverrideTheStreamingDefaults(@TempDir Path dir) throws Exception {
    Settings settings = settings(dir, "spark.conf { \"spark.sql.files.maxPartitionBytes\" = \"64m\" }");
    Map<String, String> conf = ServeConf.sparkConf(settings, "");
    assertEquals(Optional.empty(), Optional.ofNullable(conf.get("spark.sql.files.maxPartitionBytes")),
        "left to the session's settings, which hold the configured 64m");
    assertEquals("64m", settings.sparkConf().get("spark.sql.files.maxPartitionBytes"));
    assertEquals("true", conf.get("spark.sql.thriftServer.incrementalCollect"));
  }

  private static Settings settings(Path dir, String body) throws Exception {
    return new SettingsLoader().load(Files.writeString(dir.resolve("c.conf"), "clusterscope {\n" + body + "\n}\n"),
        List.of(), Optional.empty());
  }
}
