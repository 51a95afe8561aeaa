package org.clusterscope.release;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * The SDMX CONF_STATUS codes as Spark expressions. A released value depends on one or more cells;
 * it is released when every one is free, and the reason it is not is the strongest status among
 * them, C (primary) before D (secondary) before N. A cell the cell status does not list is N: the
 * masking does not trust that the list is complete, and a value it cannot vouch for stays in.
 */
final class ConfStatus {
  private ConfStatus() {}

  static final String FREE = "F";
  static final String PRIMARY = "C";
  static final String SECONDARY = "D";
  static final String UNKNOWN = "N";

  /** Codes in rising strength; a status's rank is its position. */
  private static final String[] BY_STRENGTH = {FREE, UNKNOWN, SECONDARY, PRIMARY};

  /** The rank of a status column (NULL, a cell without a status, ranks as N). */
  static Column rank(Column status) {
    Column rank = when(status.equalTo(BY_STRENGTH[0]), lit(0));
    for (int i = 1; i < BY_STRENGTH.length; i++) {
      rank = rank.when(status.equalTo(BY_STRENGTH[i]), lit(i));
    }
    return rank.otherwise(lit(rankOf(UNKNOWN)));
  }

  /**
   * The code of a rank column, N for a rank out of range. It reads the rank once: a rank is often
   * the greatest of several, and a CASE per code would copy that expression into each branch
   * (nested in {@link #strongest} and {@link Masking#strongestWithheld} the copies multiplied into
   * plans of thousands of expressions, slow to plan and too large to compile).
   */
  static Column code(Column rank) {
    Column codes = array(Arrays.stream(BY_STRENGTH).map(functions::lit).toArray(Column[]::new));
    return coalesce(get(codes, rank), lit(UNKNOWN));
  }

  static int rankOf(String status) {
    return Arrays.asList(BY_STRENGTH).indexOf(status);
  }

  /** The strongest of the given statuses, as a code. */
  static Column strongest(Column... statuses) {
    return statuses.length == 1 ? coalesce(statuses[0], lit(UNKNOWN))
        : code(greatest(Arrays.stream(statuses).map(ConfStatus::rank).toArray(Column[]::new)));
  }

  /** True where the status is F, false for any other status and for a missing one. */
  static Column isFree(Column status) {
    return coalesce(status.equalTo(FREE), lit(false));
  }

  /** {@code value} where {@code status} is F, else NULL. */
  static Column release(Column value, Column status) {
    return when(isFree(status), value);
  }
}
