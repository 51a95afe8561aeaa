package org.clusterscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Prints a query result as an aligned text table, as CSV (RFC 4180, header row, NULL as an
 * empty field) or as JSON Lines. CSV and JSON stream the rows; the table reads at most
 * {@code maxRows} to size its columns.
 */
final class ResultPrinter {
  enum Format { table, csv, json }

  private final PrintWriter out;

  ResultPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Dataset<Row> result, Format format, int maxRows) {
    Dataset<Row> limited = maxRows > 0 ? result.limit(maxRows) : result;
    switch (format) {
      case csv -> csv(limited);
      case json -> limited.toJSON().toLocalIterator().forEachRemaining(out::println);
      case table -> table(limited);
      default -> throw new IllegalStateException("Unknown format " + format);
    }
    out.flush();
  }

  private void csv(Dataset<Row> result) {
    try {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(result.columns()).build());
      Iterator<Row> rows = result.toLocalIterator();
      while (rows.hasNext()) {
        Row row = rows.next();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
          values.add(text(row, i));
        }
        printer.printRecord(values);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void table(Dataset<Row> result) {
    String[] header = result.columns();
    List<String[]> rows = new ArrayList<>();
    for (Row row : result.collectAsList()) {
      String[] values = new String[row.size()];
      for (int i = 0; i < row.size(); i++) {
        values[i] = row.isNullAt(i) ? "NULL" : text(row, i);
      }
      rows.add(values);
    }
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    String rule = rule(widths);
    out.println(rule);
    out.println(line(header, widths));
    out.println(rule);
    rows.forEach(r -> out.println(line(r, widths)));
    out.println(rule);
    out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
  }

  private static String text(Row row, int i) {
    return row.isNullAt(i) ? "" : String.valueOf(row.get(i));
  }

  private static String rule(int[] widths) {
    StringBuilder s = new StringBuilder("+");
    for (int w : widths) {
      s.append("-".repeat(w + 2)).append('+');
    }
    return s.toString();
  }

  private static String line(String[] values, int[] widths) {
    StringBuilder s = new StringBuilder("|");
    for (int i = 0; i < values.length; i++) {
      s.append(' ').append(values[i]).append(" ".repeat(widths[i] - values[i].length())).append(" |");
    }
    return s.toString();
  }
}
