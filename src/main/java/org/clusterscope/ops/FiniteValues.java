package org.clusterscope.ops;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.clusterscope.errors.Errors;

/**
 * The data-quality check {@code finite_values} (severity error) of a gold table's written years:
 * no floating-point column holds NaN or an infinity. Indicators divide and take logarithms, so
 * one non-finite input (an employment of Infinity) turns every cell it touches into NaN; the rules
 * of conform quarantine such inputs, and this check stops a run where one slips through, with the
 * table restored to its version before the write. One aggregation over the table's floating-point columns.
 */
public final class FiniteValues {
  static final String CHECK = "finite_values";

  private FiniteValues() {}

  /** The check of {@code data}, published as {@code table}. */
  public static QualityCheck evaluate(String table, Dataset<Row> data) {
    List<String> columns = new ArrayList<>();
    for (StructField field : data.schema().fields()) {
      if (field.dataType().equals(DataTypes.DoubleType) || field.dataType().equals(DataTypes.FloatType)) {
        columns.add(field.name());
      }
    }
    if (columns.isEmpty()) {
      return new QualityCheck(table, CHECK, "error", 0, 0, true, "no floating-point column");
    }
    List<Column> counts = new ArrayList<>();
    Column anyBad = lit(false);
    for (String name : columns) {
      Column bad = nonFinite(col(name));
      counts.add(count(when(bad, lit(1))));
      anyBad = anyBad.or(bad);
    }
    counts.add(count(when(anyBad, lit(1))));
    Row row = data.agg(counts.get(0), counts.subList(1, counts.size()).toArray(Column[]::new)).head();
    long rows = row.getLong(columns.size());
    StringJoiner where = new StringJoiner(", ");
    for (int i = 0; i < columns.size(); i++) {
      if (row.getLong(i) > 0) {
        where.add(columns.get(i) + ": " + row.getLong(i));
      }
    }
    String detail = rows == 0 ? "no NaN or infinite value"
        : rows + " rows hold NaN or infinite values (" + where + ")";
    return new QualityCheck(table, CHECK, "error", rows, 0, rows == 0, detail);
  }

  /**
   * Evaluates the check on the rows just written ({@code written}), keeps it in the run's audit
   * (written to {@code cs_ops.data_quality}), and where it fails runs {@code undo} (which restores
   * the table's previous version, so no non-finite value stays in gold) and throws a data-quality
   * error (exit 3). Checking what was written reads the table's columns once; checking before the
   * write computed a table that is not materialised (region_openness) a second time.
   */
  public static void require(StageContext ctx, String table, Dataset<Row> written, Runnable undo) {
    QualityCheck check = evaluate(table, written);
    ctx.audit().addChecks(List.of(check));
    if (check.failsRun()) {
      undo.run();
      throw Errors.nonFiniteValues(ctx.audit().runId(), table, check.detail());
    }
  }

  private static Column nonFinite(Column value) {
    return isnan(value).or(value.isin(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }
}
