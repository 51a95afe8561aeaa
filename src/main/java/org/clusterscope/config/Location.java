package org.clusterscope.config;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

/**
 * A file or folder the pipeline reads or writes: a local path, or a URI of any file system Hadoop
 * knows ({@code hdfs://}, {@code s3a://}, {@code abfss://}, ...), as used on a cluster. Local
 * relative paths are resolved against the config file's folder, so a scheduled job does not
 * depend on its working directory.
 */
public record Location(String value) {
  /** A URI scheme of two or more characters (so "C:\" is not taken for one). */
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

  static Location resolve(Path base, String text) {
    if (text.startsWith("file:")) {
      return new Location(Paths.get(URI.create(text)).toString());
    }
    if (SCHEME.matcher(text).matches()) {
      return new Location(text);
    }
    return new Location(base.resolve(text).toAbsolutePath().normalize().toString());
  }

  public boolean isLocal() {
    return !SCHEME.matcher(value).matches();
  }

  /** The local path; only for {@link #isLocal()} locations. */
  public Path localPath() {
    if (!isLocal()) {
      throw new IllegalStateException(value + " is not a local path");
    }
    return Paths.get(value);
  }

  /** A URI for Spark and Hadoop. */
  public String uri() {
    return isLocal() ? localPath().toUri().toString() : value;
  }

  @Override
  public String toString() {
    return value;
  }
}
