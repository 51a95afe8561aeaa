package org.clusterscope.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns the text of one record into a row of {@link RecordLayout#schema()}: the raw text, the
 * canonical fields as text, and a reason code when the text cannot be read as one record with the
 * header's number of fields. Values are not interpreted here; that is conform's job, so that
 * bronze keeps what the file said.
 */
final class RecordParser implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final char REPLACEMENT = '\uFFFD';

  private final String source;
  private final String file;
  private final RecordLayout layout;
  private final RecordHeader header;
  private transient CSVFormat format;

  RecordParser(String source, String file, RecordLayout layout, RecordHeader header) {
    this.source = source;
    this.file = file;
    this.layout = layout;
    this.header = header;
  }

  /** A row for a file that holds no header and no record at all. */
  Row emptyFile() {
    return reject(values("", 0), QuarantineReason.EMPTY_FILE,
        "the file is empty (no header, no record); a delivery that was cut off or not exported");
  }

  /**
   * A line whose quoted field does not close into one record (see {@link LogicalRecords}), with
   * {@code detail} saying how; a header problem, or a stray quote in an unquoted field, which
   * {@link #parse} names more precisely, instead.
   */
  Row unbalancedQuote(String text, long lineNumber, String detail) {
    if (header.problem().isPresent() || StrictQuotes.strayQuote(text, layout.delimiter()) >= 0) {
      return parse(text, lineNumber);
    }
    return reject(values(text, lineNumber), QuarantineReason.MALFORMED_LINE, detail);
  }

  /** True when a parsed row could not be split into the header's fields (malformed or wrong count). */
  static boolean unsplittable(Row row) {
    String code = row.getString(row.size() - 2);
    return QuarantineReason.MALFORMED_LINE.code().equals(code) || QuarantineReason.WRONG_FIELD_COUNT.code().equals(code);
  }

  Row parse(String text, long lineNumber) {
    Object[] values = values(text, lineNumber);
    if (header.problem().isPresent()) {
      return reject(values, header.problemReason(), header.problem().get());
    }
    int bad = text.indexOf(REPLACEMENT);
    if (bad >= 0) {
      return reject(values, QuarantineReason.INVALID_ENCODING,
          "the record is not valid UTF-8 (undecodable bytes at character " + (bad + 1)
              + "); re-export the file as UTF-8");
    }
    List<String> fields;
    if (!layout.quoted() || plain(text)) {
      // Without a double quote or line break, RFC 4180 reads a line exactly as a plain split
      // does: the common case, kept free of a CSV parser per line.
      fields = split(text, layout.delimiter());
    } else {
      List<CSVRecord> records;
      try (CSVParser parser = CSVParser.parse(text, csvFormat())) {
        records = parser.getRecords();
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        return reject(values, QuarantineReason.MALFORMED_LINE,
            "the record is not valid CSV (" + e.getMessage() + "), e.g. an unbalanced double quote");
      }
      int stray = StrictQuotes.strayQuote(text, layout.delimiter());
      if (stray >= 0) {
        return reject(values, QuarantineReason.MALFORMED_LINE, "the record has a double quote inside an"
            + " unquoted field at character " + (stray + 1) + "; quote the whole field and double the inner quote");
      }
      if (records.size() != 1) {
        return reject(values, QuarantineReason.MALFORMED_LINE,
            "the text holds " + records.size() + " CSV records instead of one");
      }
      fields = records.get(0).toList();
    }
    if (fields.size() != header.fieldCount()) {
      return reject(values, QuarantineReason.WRONG_FIELD_COUNT,
          "the record has " + fields.size() + " fields, the header has " + header.fieldCount());
    }
    for (int f = 0; f < layout.fields().size(); f++) {
      int position = header.position(f);
      values[4 + f] = position < 0 ? null : emptyToNull(fields.get(position));
    }
    return RowFactory.create(values);
  }

  private Object[] values(String text, long lineNumber) {
    Object[] values = new Object[4 + layout.fields().size() + 2];
    values[0] = source;
    values[1] = file;
    values[2] = lineNumber;
    values[3] = text;
    return values;
  }

  private static Row reject(Object[] values, QuarantineReason reason, String detail) {
    values[values.length - 2] = reason.code();
    values[values.length - 1] = detail;
    return RowFactory.create(values);
  }

  private CSVFormat csvFormat() {
    if (format == null) {
      format = layout.csvFormat();
    }
    return format;
  }

  private static boolean plain(String text) {
    return text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0;
  }

  /** The fields of a line split at every {@code delimiter}, empty fields kept. */
  static List<String> split(String text, char delimiter) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, start)) {
      fields.add(text.substring(start, i));
      start = i + 1;
    }
    fields.add(text.substring(start));
    return fields;
  }

  private static String emptyToNull(String value) {
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
