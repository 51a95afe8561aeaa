package org.clusterscope.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns one line of a register-csv file into a row of {@link RegisterCsvReader#PARSED}: the raw
 * line, the canonical fields as text, and a reason code when the line cannot be read as one
 * record with the header's number of fields. Values are not interpreted here; that is the
 * conform stage's job, so that bronze keeps what the file said.
 */
final class RegisterLineParser implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final char REPLACEMENT = '\uFFFD';

  private final String source;
  private final String file;
  private final RegisterHeader header;
  private final CSVFormat format;

  RegisterLineParser(String source, String file, RegisterHeader header, char delimiter) {
    this.source = source;
    this.file = file;
    this.header = header;
    this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).build();
  }

  Row parse(String line, long lineNumber) {
    Object[] values = new Object[4 + RegisterHeader.FIELDS.size() + 2];
    values[0] = source;
    values[1] = file;
    values[2] = lineNumber;
    values[3] = line;
    if (header.problem().isPresent()) {
      return reject(values, QuarantineReason.MISSING_COLUMN, header.problem().get());
    }
    int bad = line.indexOf(REPLACEMENT);
    if (bad >= 0) {
      return reject(values, QuarantineReason.INVALID_ENCODING,
          "the line is not valid UTF-8 (undecodable bytes at character " + (bad + 1)
              + "); re-export the file as UTF-8");
    }
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(line, format)) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return reject(values, QuarantineReason.MALFORMED_LINE,
          "the line is not a valid CSV record (" + e.getMessage() + "), e.g. an unbalanced double quote");
    }
    int stray = StrictQuotes.strayQuote(line, format.getDelimiterString().charAt(0));
    if (stray >= 0) {
      return reject(values, QuarantineReason.MALFORMED_LINE, "the line has a double quote inside an"
          + " unquoted field at character " + (stray + 1) + "; quote the whole field and double the inner quote");
    }
    if (records.size() != 1) {
      return reject(values, QuarantineReason.MALFORMED_LINE,
          "the line holds " + records.size() + " CSV records instead of one");
    }
    CSVRecord record = records.get(0);
    if (record.size() != header.fieldCount()) {
      return reject(values, QuarantineReason.WRONG_FIELD_COUNT,
          "the record has " + record.size() + " fields, the header has " + header.fieldCount());
    }
    for (int f = 0; f < RegisterHeader.FIELDS.size(); f++) {
      int position = header.position(f);
      values[4 + f] = position < 0 ? null : emptyToNull(record.get(position));
    }
    return RowFactory.create(values);
  }

  private static Row reject(Object[] values, QuarantineReason reason, String detail) {
    values[values.length - 2] = reason.code();
    values[values.length - 1] = detail;
    return RowFactory.create(values);
  }

  private static String emptyToNull(String value) {
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
