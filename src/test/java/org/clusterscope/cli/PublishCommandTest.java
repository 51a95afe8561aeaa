package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clusterscope.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code publish --sdmx <folder>} reaches the settings as that folder. */
class PublishCommandTest {
  @TempDir
  Path dir;

  @Test
  void theSdmxOptionBecomesTheExportFolderOfTheSettings() throws IOException {
    Path conf = Files.writeString(dir.resolve("c.conf"), "clusterscope { }\n");
    Path folder = dir.resolve("sdmx out");
    StageCommand.Publish publish = new StageCommand.Publish();
    new CommandLine(publish).parseArgs("--config", conf.toString(), "--sdmx", folder.toString());

    assertEquals(Optional.of(folder.toAbsolutePath()),
        new SettingsLoader().load(conf, publish.overrides(), Optional.empty()).publish().sdmxFolder());
  }
}
