package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.errors.Errors;

/**
 * Two employment sources for the same country and year (say a register extract and SIRENE, or
 * microdata and SBS cells) would count the same jobs twice and mix definitions. That is refused
 * with a message naming the sources, rather than summed silently; the user picks one with
 * {@code clusterscope.indicators.sources}.
 */
final class SourceOverlap {
  private SourceOverlap() {}

  static void check(Dataset<Row> establishments, Dataset<Row> sbsCells) {
    Dataset<Row> coverage = establishments.select("reference_year", "country_code", "source")
        .union(sbsCells.filter(col("extra_regio").equalTo(false)).select("reference_year", "country_code", "source"))
        .distinct()
        .groupBy("reference_year", "country_code")
        .agg(sort_array(collect_set("source")).as("sources"))
        .filter(size(col("sources")).gt(1))
        .orderBy("reference_year", "country_code");
    List<Row> overlaps = coverage.limit(5).collectAsList();
    if (!overlaps.isEmpty()) {
      Row first = overlaps.get(0);
      throw Errors.overlappingSources(first.getInt(0), first.getString(1), first.getList(2));
    }
  }
}
