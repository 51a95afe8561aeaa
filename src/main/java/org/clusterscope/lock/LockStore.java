package org.clusterscope.lock;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The few file operations a warehouse lock needs, on the file system that holds the warehouse.
 * {@link #createNew} must be atomic there: of two processes creating the same file at once,
 * exactly one succeeds.
 */
interface LockStore {

  /** A file's content and last modification time. */
  record Stored(String text, Instant modified) {}

  /** Creates {@code name} with {@code text} unless it exists; false if it existed. */
  boolean createNew(String name, String text) throws IOException;

  /** The file's content and time; empty if it does not exist. */
  Optional<Stored> read(String name) throws IOException;

  /** Sets the file's modification time to now (the holder's heartbeat). */
  void touch(String name) throws IOException;

  /** Deletes the file; false if it did not exist. */
  boolean delete(String name) throws IOException;

  /** Where the files are, for messages. */
  String describe(String name);
}
