package org.clusterscope.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterscope.errors.Errors;

/**
 * Checks that a local warehouse can be written before the embedded metastore opens it. Derby on
 * a read-only folder neither fails nor says where: it retries every seven seconds and prints a
 * stack trace each time, thousands of lines without the path. A probe file says it at once.
 */
final class WritableWarehouse {
  private WritableWarehouse() {}

  /**
   * Creates the folder if needed and writes and deletes a probe file in it, and in its
   * metastore_db if there is one (a copy can keep read-only permissions there).
   */
  static void require(Path warehouse) {
    try {
      Files.createDirectories(warehouse);
      Files.delete(Files.createTempFile(warehouse, ".write-test", ""));
      Path metastore = warehouse.resolve("metastore_db");
      if (Files.isDirectory(metastore)) {
        Files.delete(Files.createTempFile(metastore, ".write-test", ""));
      }
    } catch (IOException | SecurityException e) {
      throw Errors.warehouseNotWritable(warehouse, e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }
}
