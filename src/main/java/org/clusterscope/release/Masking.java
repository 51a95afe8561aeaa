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
 *
 * <p>Each distinct status is computed once per row, as a column of its own ahead of the released
 * columns: a status such as the strongest of four cells is read by several columns and again by
 * the row's conf_status, and written out in each of them it made plans of thousands of
 * expressions, slow to plan and too large to compile. The expressions of {@link #released} and
 * {@link #strongestWithheld} read those columns, so they hold only in {@link #apply}.
 */
final class Masking {
  /** Prefix of the status columns {@link #apply} adds before it selects the released columns. */
  private static final String STATUS_COLUMN = "__masking_status_";

  /** Masked column to the index of its status in {@link #statuses}. */
  private final Map<String, Integer> statusOf;
  private final List<Column> statuses;

  private Masking(Map<String, Integer> statusOf, List<Column> statuses) {
    this.statusOf = Map.copyOf(statusOf);
    this.statuses = List.copyOf(statuses);
  }

  static Masking none() {
    return new Masking(Map.of(), List.of());
  }

  /** This rule, with {@code columns} released only where {@code status} is F. */
  Masking with(Column status, String... columns) {
    Map<String, Integer> more = new LinkedHashMap<>(statusOf);
    List<Column> moreStatuses = new ArrayList<>(statuses);
    int index = moreStatuses.indexOf(status);
    if (index < 0) {
      index = moreStatuses.size();
      moreStatuses.add(status);
    }
    for (String column : columns) {
      if (more.put(column, index) != null) {
        throw new IllegalArgumentException("Column " + column + " has two release rules");
      }
    }
    return new Masking(more, moreStatuses);
  }

  private static Column statusColumn(int index) {
    return col(STATUS_COLUMN + index);
  }

  /** The column's value as released. */
  Column released(String column) {
    Integer status = statusOf.get(column);
    return status == null ? col(column) : ConfStatus.release(col(column), statusColumn(status));
  }

  /**
   * The strongest status among the values this rule withholds in a row (a value NULL in gold is
   * not withheld), F where it withholds none: the conf_status of a row of an aggregate table.
   */
  Column strongestWithheld() {
    List<Column> ranks = new ArrayList<>();
    ranks.add(lit(ConfStatus.rankOf(ConfStatus.FREE)));
    statusOf.forEach((column, index) -> ranks.add(
        when(col(column).isNotNull().and(not(ConfStatus.isFree(statusColumn(index)))),
            ConfStatus.rank(statusColumn(index)))
            .otherwise(lit(ConfStatus.rankOf(ConfStatus.FREE)))));
    return ConfStatus.code(greatest(ranks.toArray(Column[]::new)));
  }

  /**
   * The rows in the layout of {@code pub}: each column released by this rule, then the two
   * statuses. {@code obsStatus} and {@code confStatus} may read {@link #released} and
   * {@link #strongestWithheld}.
   */
  Dataset<Row> apply(Dataset<Row> rows, TableSpec pub, Column obsStatus, Column confStatus) {
    List<Column> withStatuses = new ArrayList<>();
    withStatuses.add(col("*"));
    for (int i = 0; i < statuses.size(); i++) {
      withStatuses.add(statuses.get(i).as(STATUS_COLUMN + i));
    }
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
    return rows.select(withStatuses.toArray(Column[]::new)).select(columns.toArray(Column[]::new));
  }
}
