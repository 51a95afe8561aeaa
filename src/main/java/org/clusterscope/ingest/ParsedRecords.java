package org.clusterscope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.clusterscope.config.IngestSettings;

/**
 * The rows of one quoted CSV file read as a stream: {@link LogicalRecords} joins the lines of a
 * record whose quoted field holds line breaks, and {@link RecordParser} parses it. A joined record
 * that does not parse as one record of the header's shape was joined by stray quotes rather than
 * a real multi-line field: its first line is quarantined and the lines after it are read again as
 * records of their own, so every physical record is counted (read = accepted + quarantined).
 * Closes the reader at the end.
 */
final class ParsedRecords implements Iterator<Row> {
  private final BufferedReader reader;
  private final LogicalRecords records;
  private final RecordParser parser;
  private final IngestSettings bounds;
  private boolean closed;

  /** @param reader positioned after the header line, which is line 1 */
  ParsedRecords(BufferedReader reader, RecordParser parser, IngestSettings bounds) {
    this.reader = reader;
    this.records = new LogicalRecords(reader, 2, bounds);
    this.parser = parser;
    this.bounds = bounds;
  }

  @Override
  public boolean hasNext() {
    if (closed) {
      return false;
    }
    boolean more = records.hasNext();
    if (!more) {
      closed = true;
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return more;
  }

  @Override
  public Row next() {
    LogicalRecords.Record record = records.next();
    if (record.open()) {
      return parser.unbalancedQuote(record.text(), record.lineNumber(), "the line opens a double-quoted field that"
          + " is not closed within " + bounds.maxRecordLines() + " lines and " + bounds.maxRecordChars()
          + " characters (clusterscope.ingest.max-record-lines, max-record-chars) or before the end of the file;"
          + " the lines after it are read as records of their own");
    }
    Row row = parser.parse(record.text(), record.lineNumber());
    if (record.lastLineNumber() == record.lineNumber() || !RecordParser.unsplittable(row)) {
      return row;
    }
    records.splitLast();
    return parser.unbalancedQuote(record.firstLine(), record.lineNumber(), "the line opens a double-quoted field"
        + " that closes on line " + record.lastLineNumber() + ", but the lines in between do not form one record"
        + " (a stray double quote?); the lines after it are read as records of their own");
  }
}
