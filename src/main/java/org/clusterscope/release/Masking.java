package org.clusterscope.release;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.TableSpec;

/**
 * The release rule of one table: for each masked column, the status of what its value reads (the
 * strongest of the cells and totals it is computed from). A column without a rule is released as
 * in gold: keys, labels, and values from public sources. Immutable: {@link #with} returns a new rule.
 */
final class Masking {
  private final Map<String, Column> statusOf;

  private Masking(Map<String, Column> statusOf) {
    this.statusOf = Map.copyOf(statusOf);
  }

  static Masking none() {
    return new Masking(Map.of());
  }

  /** This rule, with {@code columns} released only where {@code status} is F. */
  Masking with(Column status, String... columns) {
    Map<String, Column> more = new LinkedHashMap<>(statusOf);
    for (String column : columns) {
      if (more.put(column, status) != null) {
        throw new IllegalArgumentException("Column " + column + " has two release rules");
      }
    }
    return new Masking(more);
  }

  /** The column's value as released. */
  Column released(String column) {
    Column status = statusOf.get(column);
    return status == null ? col(column) : ConfStatus.release(col(column), status);
  }

  /**
   * The strongest status among the values this rule withholds in a row (a value NULL in gold is
   * not withheld), F where it withholds none: the conf_status of a row of an aggregate table.
   */
  Column strongestWithheld() {
    List<Column> ranks = new ArrayList<>();
    ranks.add(lit(ConfStatus.rankOf(ConfStatus.FREE)));
    statusOf.forEach((column, status) -> ranks.add(
        when(col(column).isNotNull().and(not(ConfStatus.isFree(status))), ConfStatus.rank(status))
            .otherwise(lit(ConfStatus.rankOf(ConfStatus.FREE)))));
    return ConfStatus.code(greatest(ranks.toArray(Column[]::new)));
  }

  /** The rows in the layout of {@code pub}: each column released by this rule, then the two statuses. */
  Dataset<Row> apply(Dataset<Row> rows, TableSpec pub, Column obsStatus, Column confStatus) {
    List<Column> columns = new ArrayList<>();
    for (String name : pub.columnNames()) {
      if (name.equals(PubTables.OBS_STATUS)) {
        columns.add(obsStatus.as(name));
      } else if (name.equals(PubTables.CONF_STATUS)) {
        columns.add(confStatus.as(name));
      } else {
        columns.add(released(name).as(name));
      }
    }
    return rows.select(columns.toArray(Column[]::new));
  }
}
