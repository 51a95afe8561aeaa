package org.clusterscope.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;

/**
 * Lists the files of a source: each configured path is a file, or a folder whose {@code *.csv}
 * files are read in name order (so line numbers and duplicate resolution are reproducible).
 */
final class InputFiles {
  private InputFiles() {}

  static List<Path> list(SourceSettings source) {
    List<Path> files = new ArrayList<>();
    for (Path path : source.paths()) {
      if (Files.isRegularFile(path)) {
        files.add(path.toAbsolutePath());
      } else if (Files.isDirectory(path)) {
        List<Path> inFolder = csvFilesIn(path);
        if (inFolder.isEmpty()) {
          throw Errors.noInputFiles(source.name(), path);
        }
        files.addAll(inFolder);
      } else {
        throw Errors.inputPathMissing(source.name(), path);
      }
    }
    return files;
  }

  private static List<Path> csvFilesIn(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
          .map(Path::toAbsolutePath)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list input folder " + folder, e);
    }
  }
}
