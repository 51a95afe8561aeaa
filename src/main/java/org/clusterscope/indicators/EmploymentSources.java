package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.StageContext;
import org.clusterscope.publish.PipelineTables;

/**
 * The silver rows the indicators count employment from: establishments outside extra-regio codes
 * and SBS cells, of the sources listed in {@code indicators.sources} (all when the list is empty).
 * Publish protects exactly these rows, so it reads them here too.
 */
public final class EmploymentSources {
  private EmploymentSources() {}

  public static Dataset<Row> establishments(StageContext ctx) {
    return ofIndicatorSources(ctx,
        ctx.spark().table(ctx.table(PipelineTables.SILVER_ESTABLISHMENTS)).filter(col("extra_regio").equalTo(false)));
  }

  static Dataset<Row> sbsCells(StageContext ctx) {
    return ofIndicatorSources(ctx, ctx.spark().table(ctx.table(PipelineTables.SILVER_SBS_CELLS)));
  }

  private static Dataset<Row> ofIndicatorSources(StageContext ctx, Dataset<Row> silver) {
    List<String> sources = ctx.settings().indicators().sources();
    return sources.isEmpty() ? silver : silver.filter(col("source").isin(sources.toArray()));
  }
}
