package org.clusterscope.testing;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Table rows by a readable key, so a test can name the cell it checks ("FR101|13"). */
public final class Rows {
  private Rows() {}

  /** The rows of {@code table} by the values of {@code keys} joined with '|'. */
  public static Map<String, Row> byKey(Dataset<Row> table, String... keys) {
    Map<String, Row> rows = new TreeMap<>();
    for (Row row : table.collectAsList()) {
      StringBuilder key = new StringBuilder();
      for (String k : keys) {
        key.append(key.length() == 0 ? "" : "|").append(String.valueOf((Object) row.getAs(k)));
      }
      rows.put(key.toString(), row);
    }
    return rows;
  }
}
