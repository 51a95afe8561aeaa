package org.clusterscope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.clusterscope.config.IngestSettings;

/**
 * Groups the physical lines of a quoted CSV file into records: a line whose double quotes are
 * unbalanced continues on the next line, as a quoted field may hold line breaks (CORDIS project
 * objectives do). A record that is still open after {@link IngestSettings#maxRecordLines()} lines
 * or {@link IngestSettings#maxRecordChars()} characters, or at the end of the file, is an
 * unbalanced quote: its first line is returned alone as {@code open} and reading resumes on the
 * line after it, so one damaged line never swallows the records that follow. The caller may also
 * {@link #splitLast() split} a record whose quotes closed but whose text is not one valid record
 * (two stray quotes a few lines apart). Each line starts without a UTF-8 byte-order mark.
 */
final class LogicalRecords implements Iterator<LogicalRecords.Record> {
  /** One record: the number of its first line, its text (lines joined by \n), and whether its quotes never closed. */
  record Record(long lineNumber, String text, boolean open) {
    /** The record's first physical line. */
    String firstLine() {
      int end = text.indexOf('\n');
      return end < 0 ? text : text.substring(0, end);
    }

    /** Number of the record's last physical line. */
    long lastLineNumber() {
      return lineNumber + text.chars().filter(c -> c == '\n').count();
    }
  }

  private final BufferedReader reader;
  private final IngestSettings bounds;
  private final Deque<String> replay = new ArrayDeque<>();
  private Deque<String> lastContinuation = new ArrayDeque<>();
  private long nextLineNumber;
  private Record next;

  /** @param firstLineNumber number of the first line the reader returns */
  LogicalRecords(BufferedReader reader, long firstLineNumber, IngestSettings bounds) {
    this.reader = reader;
    this.nextLineNumber = firstLineNumber;
    this.bounds = bounds;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Record next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Record result = next;
    next = null;
    return result;
  }

  /**
   * Takes back the lines after the first of the record {@link #next()} just returned, so that
   * they are read again as records of their own; call it before {@link #hasNext()}.
   */
  void splitLast() {
    if (next != null) {
      throw new IllegalStateException("splitLast() must follow next() before hasNext()");
    }
    giveBack(lastContinuation);
  }

  /** True when a line leaves a double-quoted field open (an odd number of double quotes). */
  static boolean opensQuote(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '"') {
        n++;
      }
    }
    return n % 2 != 0;
  }

  private Record advance() {
    lastContinuation = new ArrayDeque<>();
    String first;
    long start;
    do {
      start = nextLineNumber;
      first = line();
      if (first == null) {
        return null;
      }
    } while (first.isBlank());
    if (!opensQuote(first)) {
      return new Record(start, first, false);
    }
    Deque<String> taken = new ArrayDeque<>();
    StringBuilder text = new StringBuilder(first);
    boolean open = true;
    while (open && taken.size() < bounds.maxRecordLines() - 1 && text.length() <= bounds.maxRecordChars()) {
      String more = line();
      if (more == null) {
        break;
      }
      taken.addLast(more);
      text.append('\n').append(more);
      open ^= opensQuote(more);
    }
    if (!open && text.length() <= bounds.maxRecordChars()) {
      lastContinuation = taken;
      return new Record(start, text.toString(), false);
    }
    // Never closed within the bounds: give the first line back alone and read the others again.
    giveBack(taken);
    return new Record(start, first, true);
  }

  private void giveBack(Deque<String> taken) {
    while (!taken.isEmpty()) {
      replay.addFirst(taken.removeLast());
      nextLineNumber--;
    }
  }

  private String line() {
    String line;
    if (!replay.isEmpty()) {
      line = replay.removeFirst();
    } else {
      try {
        line = reader.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (line == null) {
      return null;
    }
    nextLineNumber++;
    return FileRecords.withoutByteOrderMark(line);
  }
}
