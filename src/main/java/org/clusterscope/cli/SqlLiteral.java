package org.clusterscope.cli;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Writes a collected Spark value the way Spark SQL would read it back: {@code array(1, 2)},
 * {@code map('a', 1)}, {@code named_struct('x', 1)}, {@code DATE '2023-01-01'}, strings in single
 * quotes with {@code '} and {@code \} escaped, {@code NULL}. What a result shows can then be
 * pasted into the next statement, and a nested NULL is not confused with the string 'NULL'.
 * Numbers carry no type suffix ({@code 0.5}, not {@code 0.5D}): they read back as equal values,
 * though Spark types {@code 0.5} as a decimal.
 *
 * <p>A top-level value is shown plain ({@link #display}): a string or date without quotes, as
 * a column of a table or a CSV field is read.
 */
final class SqlLiteral {
  static final String NULL = "NULL";

  private SqlLiteral() {}

  /** A column's value as a result shows it: strings, numbers and dates plain, nested values as literals. */
  static String display(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof java.util.Date || value instanceof TemporalAccessor) {
      return value.toString();
    }
    return of(value);
  }

  /** {@code value} as a Spark SQL literal. */
  static String of(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof String text) {
      return quote(text);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return floating(((Number) value).doubleValue(), value.toString());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof java.sql.Date || value instanceof java.time.LocalDate) {
      return "DATE " + quote(value.toString());
    }
    if (value instanceof java.sql.Timestamp || value instanceof TemporalAccessor) {
      return "TIMESTAMP " + quote(value.toString());
    }
    if (value instanceof byte[] bytes) {
      return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
    }
    if (value instanceof Row row) {
      return struct(row);
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      return map(map);
    }
    if (value instanceof scala.collection.Iterable<?> items) {
      return call("array", list(items.iterator()));
    }
    return value.toString();
  }

  /** Infinity and NaN have no literal; Spark reads them back from a cast of their name. */
  private static String floating(double value, String text) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "CAST(" + quote(text) + " AS DOUBLE)" : text;
  }

  private static String struct(Row row) {
    StructType schema = row.schema();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      if (schema != null) {
        parts.add(quote(schema.fields()[i].name()));
      }
      parts.add(of(row.get(i)));
    }
    return call(schema == null ? "struct" : "named_struct", parts);
  }

  private static String map(scala.collection.Map<?, ?> map) {
    List<String> parts = new ArrayList<>();
    scala.collection.Iterator<? extends Tuple2<?, ?>> entries = map.iterator();
    while (entries.hasNext()) {
      Tuple2<?, ?> entry = entries.next();
      parts.add(of(entry._1()));
      parts.add(of(entry._2()));
    }
    return call("map", parts);
  }

  private static List<String> list(scala.collection.Iterator<?> items) {
    List<String> parts = new ArrayList<>();
    while (items.hasNext()) {
      parts.add(of(items.next()));
    }
    return parts;
  }

  private static String call(String function, List<String> arguments) {
    return function + "(" + String.join(", ", arguments) + ")";
  }

  /** A Spark SQL string literal: backslash and quote escaped, as Spark's parser unescapes them. */
  static String quote(String text) {
    StringBuilder s = new StringBuilder("'");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\'' -> s.append("\\'");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\t' -> s.append("\\t");
        case '\r' -> s.append("\\r");
        default -> s.append(c);
      }
    }
    return s.append('\'').toString();
  }
}
