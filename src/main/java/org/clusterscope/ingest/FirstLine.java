package org.clusterscope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.clusterscope.errors.Errors;

/** Reads the header line of an input file on the driver, before Spark reads the records. */
final class FirstLine {
  private FirstLine() {}

  /** The first line's text without a byte-order mark, or null when the file is empty or blank. */
  static String read(Path file, Configuration hadoop) {
    try (BufferedReader reader = open(file, hadoop)) {
      String line = reader.readLine();
      if (line == null || line.replace("\uFEFF", "").isBlank()) {
        return null;
      }
      return line.replace("\uFEFF", "");
    } catch (IOException e) {
      throw Errors.inputUnreadable(InputFiles.display(file), e);
    }
  }

  /** True when the file has a header line but not one non-blank line after it. */
  static boolean headerOnly(Path file, Configuration hadoop) {
    try (BufferedReader reader = open(file, hadoop)) {
      String header = reader.readLine();
      if (header == null || header.replace("\uFEFF", "").isBlank()) {
        return false;
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw Errors.inputUnreadable(InputFiles.display(file), e);
    }
  }

  private static BufferedReader open(Path file, Configuration hadoop) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    InputStream raw = file.getFileSystem(hadoop).open(file);
    try {
      return new BufferedReader(new InputStreamReader(InputFiles.decompressed(raw, file.getName()), decoder));
    } catch (IOException e) { // e.g. a .gz file that is not gzip: close what was opened
      raw.close();
      throw e;
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
