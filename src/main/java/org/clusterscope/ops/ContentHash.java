package org.clusterscope.ops;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HexFormat;
import net.jpountz.xxhash.StreamingXXHash64;
import net.jpountz.xxhash.XXHashFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Size, modification time and content hash of a file on any Hadoop file system. The hash is
 * XXH64 (lz4-java, which Spark ships): a change detector, not a signature, and about five times
 * faster than SHA-256 here (2.5 GB of the generated 1x inputs: 1.2 s against 6.5 s from the page
 * cache), so hashing every input on every run costs seconds against a run of an hour.
 */
public final class ContentHash {
  private static final int BUFFER = 1 << 20;
  private static final long SEED = 0L;

  /** Size, modification time and hash of one file. */
  public record Stamp(long size, Instant modifiedAt, String hash) {}

  private ContentHash() {}

  /** Reads {@code file} through once; an unreadable file is an I/O error for the caller to name. */
  public static Stamp of(Path file, Configuration hadoop) throws IOException {
    FileSystem fs = file.getFileSystem(hadoop);
    FileStatus status = fs.getFileStatus(file);
    try (InputStream in = fs.open(file)) {
      return new Stamp(status.getLen(), Instant.ofEpochMilli(status.getModificationTime()), hash(in));
    }
  }

  /** The XXH64 of a stream's bytes, as 16 hexadecimal digits. */
  public static String hash(InputStream in) throws IOException {
    try (StreamingXXHash64 xx = XXHashFactory.fastestInstance().newStreamingHash64(SEED)) {
      byte[] buffer = new byte[BUFFER];
      int n;
      while ((n = in.read(buffer)) > 0) {
        xx.update(buffer, 0, n);
      }
      return HexFormat.of().toHexDigits(xx.getValue());
    }
  }
}
