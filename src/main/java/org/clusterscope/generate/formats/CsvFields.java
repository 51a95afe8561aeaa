package org.clusterscope.generate.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits one comma-separated line of a reference table into its fields (RFC 4180 quoting, by
 * commons-csv). Line by line rather than a whole-file parse, because the concordance subset keeps
 * the original lines whose fields match.
 */
public final class CsvFields {

  private CsvFields() {
  }

  public static List<String> parse(String line) {
    try (CSVParser parser = CSVParser.parse(line, CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      // An empty line is one empty field, as a header-less table would read it.
      return records.isEmpty() ? List.of("") : records.get(0).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
