package org.clusterscope.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clusterscope.errors.Errors;

/**
 * Reads a small reference CSV (header row, comma-separated, UTF-8) on the driver. Reference
 * tables are configuration: a problem in one is a configuration error naming file and line.
 */
final class ReferenceCsv {
  private ReferenceCsv() {}

  /** One data row with its line number, values by lower-case column name. */
  record Line(long number, Map<String, String> values) {
    String get(String column) {
      String value = values.get(column);
      return value == null ? "" : value.trim();
    }
  }

  static List<Line> read(String key, Path path, List<String> requiredColumns) {
    if (!Files.isRegularFile(path)) {
      throw Errors.referenceFileMissing(key, path);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).build();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames().stream()
          .map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
      for (String column : requiredColumns) {
        if (!header.contains(column)) {
          throw Errors.referenceFileInvalid(path, 1, "the header lacks column '" + column
              + "' (expected " + String.join(",", requiredColumns) + ")");
        }
      }
      List<Line> lines = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          values.put(header.get(i), record.get(i));
        }
        lines.add(new Line(parser.getCurrentLineNumber(), values));
      }
      return lines;
    } catch (IOException | UncheckedIOException e) {
      throw Errors.referenceFileInvalid(path, 0, "cannot be read as CSV (" + e.getMessage() + ")");
    }
  }
}
