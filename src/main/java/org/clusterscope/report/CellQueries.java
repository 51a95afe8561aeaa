package org.clusterscope.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The charts drawn from single cells of region_sector: the strongest clusters and their trend. */
final class CellQueries {
  private CellQueries() {}

  /** Cells in the top chart. */
  static final int TOP = 25;
  /** Star clusters whose employment is followed over the years. */
  static final int TREND = 10;
  /** Stars a cluster needs to be followed over the years. */
  static final int TREND_STARS = 2;

  record TopCell(String region, String sector, Integer stars, Double lq, Double employment, Boolean strong) {}

  record Trend(List<Integer> years, List<Series> series) {}

  /** @param employment one value per year of {@link Trend#years()}, null where the year has no released value */
  record Series(String region, String sector, List<Double> employment) {}

  /**
   * The {@link #TOP} cells with the most stars, then the highest lq (ties: employment, codes);
   * a cell without a star is no cluster and is left out.
   */
  static List<TopCell> top(Dataset<Row> page) {
    List<TopCell> top = new ArrayList<>();
    for (Row r : page.filter(col("stars").geq(1).and(col("lq").isNotNull()))
        .orderBy(col("stars").desc(), col("lq").desc(), col("employment").desc_nulls_last(), col("region_code"),
            col("sector_code"))
        .limit(TOP)
        .select(col("region_code"), col("sector_code"), col("stars"), round(col("lq"), 3).as("lq"),
            round(col("employment"), 1).as("employment"), col("strong_cluster"))
        .collectAsList()) {
      top.add(new TopCell(r.getAs("region_code"), r.getAs("sector_code"), r.getAs("stars"), r.getAs("lq"),
          r.getAs("employment"), r.getAs("strong_cluster")));
    }
    return top;
  }

  /**
   * Employment over every year of {@code series} (the cells of the page's level and scheme, all
   * years) of the page's {@link #TREND} largest cells with at least {@link #TREND_STARS} stars.
   */
  static Trend trend(Dataset<Row> page, Dataset<Row> series) {
    Dataset<Row> stars = page.filter(col("stars").geq(TREND_STARS).and(col("employment").isNotNull()))
        .orderBy(col("employment").desc(), col("region_code"), col("sector_code"))
        .limit(TREND)
        .select("region_code", "sector_code");
    List<Row> rows = series.join(stars, new String[] {"region_code", "sector_code"}, "left_semi")
        .select(col("reference_year"), col("region_code"), col("sector_code"), round(col("employment"), 1).as("employment"))
        .collectAsList();
    TreeSet<Integer> years = new TreeSet<>();
    rows.forEach(r -> years.add(r.getAs("reference_year")));
    List<Integer> yearList = List.copyOf(years);
    Map<String, Double[]> values = new LinkedHashMap<>();
    for (Row r : rows) {
      Double[] v = values.computeIfAbsent(r.getAs("region_code") + "\t" + r.getAs("sector_code"),
          k -> new Double[yearList.size()]);
      v[yearList.indexOf(r.<Integer>getAs("reference_year"))] = r.getAs("employment");
    }
    List<Series> out = new ArrayList<>();
    values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      String[] key = e.getKey().split("\t", 2);
      out.add(new Series(key[0], key[1], Arrays.asList(e.getValue())));
    });
    return new Trend(yearList, out);
  }
}
