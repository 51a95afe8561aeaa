package org.clusterscope.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.clusterscope.config.Location;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;

/**
 * Lists the files of a source through Hadoop's file systems (local, HDFS, S3, ...): each
 * configured location is a file, or a folder whose files with the format's extensions
 * ({@code *.csv}, {@code *.tsv}, ...) are read in name order,
 * so that line numbers and the choice among duplicate records are reproducible.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Qualified paths of the files, e.g. {@code file:/data/register/r-2023.csv}. */
  static List<Path> list(SourceSettings source, Part part, Configuration hadoop) {
    List<Path> files = new ArrayList<>();
    for (Location location : source.paths(part)) {
      Path path = new Path(location.uri());
      try {
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(path)) {
          throw Errors.inputPathMissing(source.name(), location.value());
        }
        FileStatus status = fs.getFileStatus(path);
        if (status.isFile()) {
          files.add(status.getPath());
          continue;
        }
        List<Path> inFolder = Arrays.stream(fs.listStatus(path))
            .filter(FileStatus::isFile)
            .map(FileStatus::getPath)
            .filter(p -> hasExtension(p, source.format().extensions()))
            .sorted(Comparator.comparing(Path::getName))
            .toList();
        if (inFolder.isEmpty()) {
          throw Errors.noInputFiles(source.name(), location.value(), source.format().extensions());
        }
        files.addAll(inFolder);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list input " + location + " of source '" + source.name() + "'", e);
      }
    }
    return files;
  }

  /**
   * Checks that a file a source's options name (e.g. SIRENE's commune correspondence) exists, on
   * any Hadoop file system; a configuration error naming the key otherwise.
   */
  public static void requireOptionFile(String key, String path, Configuration hadoop) {
    Path file = new Path(path);
    try {
      if (!file.getFileSystem(hadoop).exists(file)) {
        throw Errors.referenceFileMissing(key, java.nio.file.Path.of(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check " + path, e);
    }
  }

  private static boolean hasExtension(Path file, List<String> extensions) {
    String name = file.getName().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && !name.startsWith("_")
        && extensions.stream().anyMatch(e -> name.endsWith("." + e));
  }

  /** How a file is named in bronze and quarantine: a plain path for local files, else the URI. */
  static String display(Path file) {
    return "file".equals(file.toUri().getScheme()) ? file.toUri().getPath() : file.toString();
  }
}
