package org.clusterscope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Groups the physical lines of a quoted CSV file into records: a line whose double quotes are
 * unbalanced continues on the next line, as a quoted field may hold line breaks (CORDIS project
 * objectives do). A record that is still open after {@link #MAX_LINES} lines, or at the end of the
 * file, is an unbalanced quote: its first line is returned alone as {@code open} and reading
 * resumes on the line after it, so one damaged line never swallows the records that follow.
 */
final class LogicalRecords implements Iterator<LogicalRecords.Record> {
  /** Longest record accepted, in physical lines. */
  static final int MAX_LINES = 200;

  /** One record: the number of its first line, its text (lines joined by \n), and whether its quotes never closed. */
  record Record(long lineNumber, String text, boolean open) {}

  private final BufferedReader reader;
  private final Deque<String> replay = new ArrayDeque<>();
  private long nextLineNumber;
  private Record next;

  /** @param firstLineNumber number of the first line the reader returns */
  LogicalRecords(BufferedReader reader, long firstLineNumber) {
    this.reader = reader;
    this.nextLineNumber = firstLineNumber;
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

  private Record advance() {
    String first;
    long start;
    do {
      start = nextLineNumber;
      first = line();
      if (first == null) {
        return null;
      }
    } while (first.isBlank());
    if (quotes(first) % 2 == 0) {
      return new Record(start, first, false);
    }
    Deque<String> taken = new ArrayDeque<>();
    StringBuilder text = new StringBuilder(first);
    int quotes = quotes(first);
    while (quotes % 2 != 0 && taken.size() < MAX_LINES - 1) {
      String more = line();
      if (more == null) {
        break;
      }
      taken.addLast(more);
      text.append('\n').append(more);
      quotes += quotes(more);
    }
    if (quotes % 2 == 0) {
      return new Record(start, text.toString(), false);
    }
    // Never closed: give the first line back alone and read the others again.
    while (!taken.isEmpty()) {
      replay.addFirst(taken.removeLast());
      nextLineNumber--;
    }
    return new Record(start, first, true);
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
    if (line != null) {
      nextLineNumber++;
    }
    return line;
  }

  private static int quotes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }
}
