package org.clusterscope.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated file written as a stream (UTF-8, LF line ends, a large buffer): lines go to disk as
 * they are made, so memory does not grow with the number of records. Counts its data lines and
 * the time it was open, for the one-line summary.
 */
final class LineFile implements AutoCloseable {
  private static final int BUFFER = 1 << 20;

  private final Path path;
  private final Writer writer;
  private final long started = System.nanoTime();
  private long rows;
  private FileSummary summary;

  private LineFile(Path path, Writer writer) {
    this.path = path;
    this.writer = writer;
  }

  /** Creates (or replaces) {@code path} and writes its header line. */
  static LineFile create(Path path, String header) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), BUFFER);
      writer.write(header);
      writer.write('\n');
      return new LineFile(path, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /** Writes one data line (a record; it may hold quoted line breaks). */
  void line(CharSequence text) {
    try {
      writer.append(text);
      writer.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  long rows() {
    return rows;
  }

  /** The summary, available after {@link #close()}. */
  FileSummary summary() {
    if (summary == null) {
      throw new IllegalStateException(path + " is still open");
    }
    return summary;
  }

  @Override
  public void close() {
    if (summary != null) {
      return;
    }
    try {
      writer.close();
      summary = new FileSummary(path, rows, Files.size(path), (System.nanoTime() - started) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
