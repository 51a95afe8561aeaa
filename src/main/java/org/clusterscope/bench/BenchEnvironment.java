package org.clusterscope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.clusterscope.config.Location;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceSettings;

/** What a bench run ran on, beyond its settings: the code version and the size of the inputs. */
final class BenchEnvironment {
  private BenchEnvironment() {}

  /** {@code git rev-parse HEAD} in the working directory, or "" where that fails. */
  static String gitCommit() {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Bytes of the input files of each source (files and folders of every part, on any file system). */
  static Map<String, Long> inputBytes(Settings settings) {
    Configuration hadoop = new Configuration();
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (SourceSettings source : settings.sources()) {
      long bytes = 0;
      for (List<Location> locations : source.paths().values()) {
        for (Location location : locations) {
          bytes += length(new Path(location.uri()), hadoop);
        }
      }
      sizes.put(source.name(), bytes);
    }
    return sizes;
  }

  private static long length(Path path, Configuration hadoop) {
    try {
      return path.getFileSystem(hadoop).getContentSummary(path).getLength();
    } catch (IOException e) {
      return 0;
    }
  }
}
