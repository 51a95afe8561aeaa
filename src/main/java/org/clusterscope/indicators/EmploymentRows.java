package org.clusterscope.indicators;

import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.StageContext;

/**
 * The employment inputs of the indicators, all years: the rows of {@link EmploymentSources},
 * which source each year takes its employment from, and the years with employment.
 */
record EmploymentRows(Dataset<Row> establishments, Dataset<Row> sbsCells, Dataset<Row> sources,
    SortedSet<Integer> years) {

  static EmploymentRows read(StageContext ctx) {
    Dataset<Row> establishments = EmploymentSources.establishments(ctx);
    Dataset<Row> sbsCells = EmploymentSources.sbsCells(ctx);
    Dataset<Row> sources = SourceOverlap.sources(establishments, sbsCells);
    SortedSet<Integer> years = new TreeSet<>();
    sources.collectAsList().forEach(r -> years.add(r.getInt(0)));
    return new EmploymentRows(establishments, sbsCells, sources, years);
  }
}
