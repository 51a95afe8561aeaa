package org.clusterscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
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
 * ({@code *.csv}, {@code *.tsv}, ..., also gzip-compressed as {@code *.csv.gz}) are read in name
 * order, so that line numbers and the choice among duplicate records are reproducible.
 *
 * <p>A file reachable through several locations (a folder and a file in it, a symbolic link) is
 * read once: files are identified by their real path, since a copy read twice would have every
 * record accepted twice. What a folder holds and is not read (a sub-folder, a file of another
 * type, a dangling symbolic link) is listed with the reason, for the run log and
 * {@code cs_ops.data_quality}; hidden entries ({@code .name}, {@code _SUCCESS}) are not.
 */
public final class InputFiles {
  private static final String GZIP = ".gz";

  /** An entry of a configured location that is not read, and why. */
  record Skipped(String path, String reason) {}

  /** The files to read, in order, and what was left out. */
  record Listing(List<Path> files, List<Skipped> skipped) {}

  private InputFiles() {}

  /** Qualified real paths of the files, e.g. {@code file:/data/register/r-2023.csv}. */
  public static List<Path> list(SourceSettings source, Part part, Configuration hadoop) {
    return scan(source, part, hadoop).files();
  }

  /** The files of a part and the entries left out; an unreadable location is an input error. */
  static Listing scan(SourceSettings source, Part part, Configuration hadoop) {
    Map<Path, Path> files = new LinkedHashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Location location : source.paths(part)) {
      Path path = new Path(location.uri());
      try {
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(path)) {
          throw Errors.inputPathMissing(source.name(), location.value());
        }
        FileStatus status = fs.getFileStatus(path);
        List<Path> found = status.isFile() ? List.of(status.getPath())
            : inFolder(fs, status.getPath(), source.format().extensions(), skipped);
        if (found.isEmpty()) {
          throw Errors.noInputFiles(source.name(), location.value(), source.format().extensions());
        }
        for (Path file : found) {
          Path real = realPath(fs, file);
          Path first = files.putIfAbsent(real, file);
          if (first != null) {
            skipped.add(new Skipped(display(file), "the same file as " + display(first) + ", which is read once"));
          }
        }
      } catch (IOException e) {
        throw Errors.inputUnreadable(location.value(), e);
      }
    }
    return new Listing(List.copyOf(files.keySet()), List.copyOf(skipped));
  }

  private static List<Path> inFolder(FileSystem fs, Path folder, List<String> extensions, List<Skipped> skipped)
      throws IOException {
    List<Path> files = new ArrayList<>();
    Set<String> listed = new TreeSet<>();
    for (FileStatus entry : fs.listStatus(folder)) {
      String name = entry.getPath().getName();
      listed.add(name);
      if (hidden(name)) {
        continue;
      }
      if (entry.isDirectory()) {
        skipped.add(new Skipped(display(entry.getPath()), "a sub-folder; list it under paths to read its files"));
      } else if (!hasExtension(name, extensions)) {
        skipped.add(new Skipped(display(entry.getPath()), "not a " + patterns(extensions) + " file"));
      } else {
        files.add(entry.getPath());
      }
    }
    if ("file".equals(folder.toUri().getScheme())) {
      unlisted(Paths.get(folder.toUri()), listed, skipped);
    }
    files.sort(Comparator.comparing(Path::getName));
    return files;
  }

  /** Local entries Hadoop's listing leaves out without a word: dangling symbolic links. */
  private static void unlisted(java.nio.file.Path folder, Set<String> listed, List<Skipped> skipped) throws IOException {
    try (var entries = Files.list(folder)) {
      entries.filter(p -> !listed.contains(p.getFileName().toString()) && !hidden(p.getFileName().toString()))
          .sorted()
          .forEach(p -> skipped.add(new Skipped(p.toString(), Files.isSymbolicLink(p) && !Files.exists(p)
              ? "a symbolic link whose target does not exist" : "an entry that cannot be read")));
    }
  }

  /** The file itself, symbolic links and relative steps resolved, so two routes to it compare equal. */
  private static Path realPath(FileSystem fs, Path file) throws IOException {
    if ("file".equals(file.toUri().getScheme())) {
      return new Path(Paths.get(file.toUri()).toRealPath().toUri());
    }
    return fs.resolvePath(file);
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
      throw Errors.inputUnreadable(path, e);
    }
  }

  /** The bytes of a file as delivered: a {@code .gz} file decompressed (works on executors too). */
  static InputStream decompressed(InputStream in, String fileName) throws IOException {
    return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP) ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /** A format extension, or a text one with {@code .gz} (Parquet compresses inside the file). */
  private static boolean hasExtension(String fileName, List<String> extensions) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(e -> name.endsWith("." + e)
        || !e.equals("parquet") && name.endsWith("." + e + GZIP));
  }

  private static String patterns(List<String> extensions) {
    return extensions.stream().map(e -> "*." + e).collect(Collectors.joining(" or "));
  }

  /** How a file is named in bronze and quarantine: a plain path for local files, else the URI. */
  static String display(Path file) {
    return "file".equals(file.toUri().getScheme()) ? file.toUri().getPath() : file.toString();
  }
}
