package org.clusterscope.lock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * Lock files in a local warehouse folder, through java.nio: {@code CREATE_NEW} is the operating
 * system's exclusive create ({@code O_EXCL}). Hadoop's local file system checks for the file and
 * then creates it, two steps another process can come between, so it is not used here.
 */
final class LocalLockStore implements LockStore {
  private final Path folder;

  LocalLockStore(Path folder) {
    this.folder = folder;
  }

  @Override
  public boolean createNew(String name, String text) throws IOException {
    Files.createDirectories(folder);
    try {
      Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  @Override
  public Optional<Stored> read(String name) throws IOException {
    Path file = folder.resolve(name);
    try {
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      return Optional.of(new Stored(Files.readString(file, StandardCharsets.UTF_8), modified));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void touch(String name) throws IOException {
    Files.setLastModifiedTime(folder.resolve(name), FileTime.from(Instant.now()));
  }

  @Override
  public boolean delete(String name) throws IOException {
    return Files.deleteIfExists(folder.resolve(name));
  }

  @Override
  public String describe(String name) {
    return folder.resolve(name).toString();
  }
}
