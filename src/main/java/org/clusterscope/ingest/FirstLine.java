package org.clusterscope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** Reads the header line of an input file on the driver, before Spark reads the records. */
final class FirstLine {
  private FirstLine() {}

  /** The first line's text without a byte-order mark, or null when the file is empty or blank. */
  static String read(Path file, Configuration hadoop) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getFileSystem(hadoop).open(file), decoder))) {
      String line = reader.readLine();
      if (line == null || line.replace("\uFEFF", "").isBlank()) {
        return null;
      }
      return line.replace("\uFEFF", "");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read input file " + file, e);
    }
  }

  /** The header's column names, split as the layout splits records. */
  static List<String> names(String line, RecordLayout layout) {
    if (!layout.quoted()) {
      return RecordParser.split(line, layout.delimiter());
    }
    try (CSVParser parser = CSVParser.parse(line, layout.csvFormat())) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of(line) : records.get(0).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return List.of(line);
    }
  }
}
