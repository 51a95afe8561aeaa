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
import org.apache.spark.sql.types.NumericType;

/**
 * Prints a query result as an aligned text table, as CSV (RFC 4180, header row, NULL as an
 * empty field) or as JSON Lines. CSV and JSON stream the rows; the table reads at most
 * {@code maxRows} to size its columns.
 *
 * <p>Arrays, maps and structs are written as Spark SQL literals ({@link SqlLiteral}). In the table
 * NULL reads {@code NULL} and a string that reads so is quoted ({@code 'NULL'}), numbers are
 * aligned right, line breaks in a value show as {@code \n} and a value longer than
 * {@value #MAX_CELL} characters is cut with {@code ...} (CSV and JSON keep every character). A
 * statement without result columns (DDL, INSERT) prints nothing.
 */
final class ResultPrinter {
  enum Format { table, csv, json }

  static final int MAX_CELL = 100;

  private final PrintWriter out;

  ResultPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Dataset<Row> result, Format format, int maxRows) {
    if (result.schema().isEmpty()) {
      result.collectAsList(); // a command runs when its result is read
      return;
    }
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
      Iterator<Row> rows = result.toLocalIterator();
      rows.hasNext(); // runs the first job: a statement that fails there prints no header
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(result.columns()).build());
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
    boolean[] right = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = result.schema().fields()[i].dataType() instanceof NumericType;
    }
    List<String[]> rows = new ArrayList<>();
    for (Row row : result.collectAsList()) {
      String[] values = new String[row.size()];
      for (int i = 0; i < row.size(); i++) {
        values[i] = cell(row.get(i));
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
    out.println(line(header, widths, new boolean[header.length]));
    out.println(rule);
    rows.forEach(r -> out.println(line(r, widths, right)));
    out.println(rule);
    out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
  }

  /** A value as the table shows it: NULL distinct from the string 'NULL', on one line, at most {@link #MAX_CELL} characters. */
  static String cell(Object value) {
    if (value == null) {
      return SqlLiteral.NULL;
    }
    String text = value instanceof String s && s.equalsIgnoreCase(SqlLiteral.NULL) ? SqlLiteral.quote(s)
        : SqlLiteral.display(value).replace("\r", "\\r").replace("\n", "\\n");
    return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 3) + "...";
  }

  private static String text(Row row, int i) {
    return row.isNullAt(i) ? "" : SqlLiteral.display(row.get(i));
  }

  private static String rule(int[] widths) {
    StringBuilder s = new StringBuilder("+");
    for (int w : widths) {
      s.append("-".repeat(w + 2)).append('+');
    }
    return s.toString();
  }

  private static String line(String[] values, int[] widths, boolean[] right) {
    StringBuilder s = new StringBuilder("|");
    for (int i = 0; i < values.length; i++) {
      String pad = " ".repeat(widths[i] - values[i].length());
      s.append(' ').append(right[i] ? pad + values[i] : values[i] + pad).append(" |");
    }
    return s.toString();
  }
}
