package org.clusterscope.indicators;

import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;

/** The patent inputs of the indicators, all years, and the years with inventors. */
record PatentRows(Dataset<Row> inventors, Dataset<Row> classes, SortedSet<Integer> years) {

  static PatentRows read(StageContext ctx) {
    Dataset<Row> inventors = ctx.spark().table(ctx.table(PipelineTables.SILVER_PATENT_INVENTORS));
    Dataset<Row> classes = ctx.spark().table(ctx.table(PipelineTables.SILVER_PATENT_CLASSES));
    SortedSet<Integer> years = new TreeSet<>();
    inventors.select("reference_year").distinct().collectAsList().forEach(r -> years.add(r.getInt(0)));
    return new PatentRows(inventors, classes, years);
  }

  /** The selected years with patent data. */
  SortedSet<Integer> yearsIn(YearSelection selection) {
    SortedSet<Integer> selected = new TreeSet<>(selection.years().orElse(years));
    selected.retainAll(years);
    return selected;
  }
}
