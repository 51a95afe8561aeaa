package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.StageContext;
import org.clusterscope.publish.PipelineTables;

/**
 * The employment inputs of the indicators, all years: the establishments outside extra-regio
 * codes and the SBS cells of the sources listed in indicators.sources (all when the list is
 * empty), which source each year takes its employment from, and the years with employment.
 */
record EmploymentRows(Dataset<Row> establishments, Dataset<Row> sbsCells, Dataset<Row> sources,
    SortedSet<Integer> years) {

  static EmploymentRows read(StageContext ctx) {
    Dataset<Row> establishments = employmentSources(ctx,
        ctx.spark().table(ctx.table(PipelineTables.SILVER_ESTABLISHMENTS)).filter(col("extra_regio").equalTo(false)));
    Dataset<Row> sbsCells = employmentSources(ctx, ctx.spark().table(ctx.table(PipelineTables.SILVER_SBS_CELLS)));
    Dataset<Row> sources = SourceOverlap.sources(establishments, sbsCells);
    SortedSet<Integer> years = new TreeSet<>();
    sources.collectAsList().forEach(r -> years.add(r.getInt(0)));
    return new EmploymentRows(establishments, sbsCells, sources, years);
  }

  private static Dataset<Row> employmentSources(StageContext ctx, Dataset<Row> silver) {
    List<String> sources = ctx.settings().indicators().sources();
    return sources.isEmpty() ? silver : silver.filter(col("source").isin(sources.toArray()));
  }
}
