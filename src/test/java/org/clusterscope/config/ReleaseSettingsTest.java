package org.clusterscope.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Release names and the maintain keys: defaults, overrides, and every bad value named by its key. */
class ReleaseSettingsTest {
  private static final Instant PUBLISHED = Instant.parse("2026-12-07T05:12:33.250Z");

  @TempDir Path dir;

  @Test
  void aReleaseIsNamedFromTheUtcTimeUnlessANameIsGiven() throws IOException {
    Settings settings = load("");
    assertEquals("r20261207T051233Z", settings.publish().releaseNaming().nameAt(PUBLISHED));
    assertEquals(new MaintainSettings(168, 10), settings.maintain());
    assertEquals(Optional.empty(), settings.serve().release());

    assertEquals("nightly-2026-12", load("publish.release-name-pattern = \"'nightly-'yyyy-MM\"")
        .publish().releaseNaming().nameAt(PUBLISHED));
    // --release stands for this key and wins over the pattern.
    assertEquals("march.final_v2", load("", "publish.release-name=march.final_v2")
        .publish().releaseNaming().nameAt(PUBLISHED));
    assertEquals(Optional.of("r20261207T051233Z"), load("serve.release = r20261207T051233Z").serve().release());
    assertEquals(new MaintainSettings(24, 3), load("maintain { retention-hours = 24, keep-releases = 3 }").maintain());
  }

  @Test
  void aNameThatNeedsQuotingOrAPatternThatMakesOneIsAConfigurationError() {
    refused("", List.of("publish.release-name=march final"), "clusterscope.publish.release-name", "'march final'");
    refused("", List.of("publish.release-name=-r1"), "clusterscope.publish.release-name", "'-r1'");
    refused("publish.release-name = \"" + "r".repeat(65) + "\"", List.of(), "clusterscope.publish.release-name",
        "at most 64 characters");
    refused("publish.release-name-pattern = \"yyyy/MM/dd\"", List.of(), "clusterscope.publish.release-name-pattern",
        "'2026/12/07'");
    refused("publish.release-name-pattern = \"'r'yyyyMMddQQQQQQ\"", List.of(),
        "clusterscope.publish.release-name-pattern", "java.time pattern");
    refused("serve.release = \"r 1\"", List.of(), "clusterscope.serve.release", "'r 1'");
  }

  @Test
  void maintainKeepsAtLeastTheCurrentReleaseAndAnHour() {
    refused("maintain.keep-releases = 0", List.of(), "clusterscope.maintain.keep-releases",
        "the current release is always kept (got 0)");
    refused("maintain.retention-hours = 0", List.of(), "clusterscope.maintain.retention-hours", "(got 0)");
    refused("maintain.retention-hours = -5", List.of(), "clusterscope.maintain.retention-hours", "(got -5)");
  }

  private void refused(String body, List<String> overrides, String key, String detail) {
    ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> load(body, overrides.toArray(String[]::new)));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains(key) && e.getMessage().contains(detail), e.getMessage());
  }

  private Settings load(String body, String... overrides) throws IOException {
    Path conf = Files.writeString(dir.resolve("test.conf"), "clusterscope {\n" + body + "\n}\n");
    return new SettingsLoader().load(conf, List.of(overrides), Optional.empty());
  }
}
