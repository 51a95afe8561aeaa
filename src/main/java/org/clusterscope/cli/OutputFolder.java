package org.clusterscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.clusterscope.errors.ClusterscopeException;

/**
 * The folder a writing command fills, created and probed before any work starts, so that a
 * folder that cannot be written is a usage error at once rather than a failure halfway through.
 */
final class OutputFolder {
  private OutputFolder() {}

  /** @param notWritable the error for the command's option, given why the folder cannot be written */
  static void prepare(Path folder, Function<String, ClusterscopeException> notWritable) {
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".write-test", "");
      Files.delete(probe);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw notWritable.apply(e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }
}
