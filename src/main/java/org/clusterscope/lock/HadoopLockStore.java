package org.clusterscope.lock;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lock files in a warehouse on a Hadoop file system ({@code hdfs://}, {@code abfss://}, ...):
 * {@code create(path, overwrite = false)} is atomic on HDFS (the NameNode creates the file or
 * refuses) and on stores with conditional writes. The heartbeat is the file's modification time.
 */
final class HadoopLockStore implements LockStore {
  private final FileSystem fs;
  private final Path folder;

  HadoopLockStore(FileSystem fs, Path folder) {
    this.fs = fs;
    this.folder = folder;
  }

  @Override
  public boolean createNew(String name, String text) throws IOException {
    fs.mkdirs(folder);
    try (FSDataOutputStream out = fs.create(new Path(folder, name), false)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.hsync();
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  @Override
  public Optional<Stored> read(String name) throws IOException {
    Path file = new Path(folder, name);
    try {
      FileStatus status = fs.getFileStatus(file);
      try (InputStream in = fs.open(file)) {
        return Optional.of(new Stored(new String(in.readAllBytes(), StandardCharsets.UTF_8),
            Instant.ofEpochMilli(status.getModificationTime())));
      }
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public void touch(String name) throws IOException {
    fs.setTimes(new Path(folder, name), System.currentTimeMillis(), -1);
  }

  @Override
  public boolean delete(String name) throws IOException {
    return fs.delete(new Path(folder, name), false);
  }

  @Override
  public String describe(String name) {
    return new Path(folder, name).toString();
  }
}
