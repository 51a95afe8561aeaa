package org.clusterscope.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** The charts drawn from the linkage tables: openness, cross-border pairs, related sectors. */
final class LinkQueries {
  private LinkQueries() {}

  /** Most clusters in the openness scatter (the strongest first): enough for every cluster of a country. */
  static final int OPENNESS_POINTS = 3000;
  /** Most cross-border pairs drawn (by weight). */
  static final int CROSS_BORDER_PAIRS = 300;
  /** Strongest sector pairs drawn per source. */
  static final int SECTOR_LINKS = 40;

  record OpennessPoint(String region, String sector, String source, Double lq, Double openness, Double activities,
      Integer stars, Double employment) {}

  record CrossBorderPair(String sector, String regionA, String regionB, String countryA, String countryB,
      Integer starsA, Integer starsB, Double lqA, Double lqB, Double employmentA, Double employmentB, Long links,
      Double weight, Long coInvention, Long research) {}

  record SectorLink(String source, String a, String b, Long cooccurrences, Double cosine) {}

  /**
   * The page's clusters (a star or a strong cluster) with their openness in each source.
   *
   * @param page the page's cells
   * @param openness region_openness of the page's year, level and scheme
   */
  static List<OpennessPoint> openness(Dataset<Row> page, Dataset<Row> openness) {
    Dataset<Row> clusters = page.filter(col("lq").isNotNull()
        .and(col("stars").geq(1).or(col("strong_cluster").equalTo(true))));
    List<OpennessPoint> points = new ArrayList<>();
    for (Row r : openness.filter(col("openness").isNotNull())
        .select("source", "region_code", "sector_code", "openness", "activities")
        .join(clusters, new String[] {"region_code", "sector_code"})
        .orderBy(col("stars").desc(), col("lq").desc(), col("region_code"), col("sector_code"), col("source"))
        .limit(OPENNESS_POINTS)
        .select(col("region_code"), col("sector_code"), col("source"), round(col("lq"), 3).as("lq"),
            round(col("openness"), 3).as("openness"), round(col("activities"), 2).as("activities"), col("stars"),
            round(col("employment"), 1).as("employment"))
        .collectAsList()) {
      points.add(new OpennessPoint(r.getAs("region_code"), r.getAs("sector_code"), r.getAs("source"), r.getAs("lq"),
          r.getAs("openness"), r.getAs("activities"), r.getAs("stars"), r.getAs("employment")));
    }
    return points;
  }

  /**
   * The page's cross-border pairs with the activities that link them, per source.
   *
   * @param pairs cross_border_clusters of the page's year, level and scheme
   * @param links region_links of the page's year and level
   */
  static List<CrossBorderPair> crossBorder(Dataset<Row> pairs, Dataset<Row> links) {
    Dataset<Row> bySource = links.groupBy("region_a", "region_b").agg(
        sum(linksOf("co_invention")).as("co_invention"), sum(linksOf("research")).as("research"));
    List<CrossBorderPair> out = new ArrayList<>();
    for (Row r : pairs.join(bySource, new String[] {"region_a", "region_b"}, "left")
        .orderBy(col("weight").desc_nulls_last(), col("sector_code"), col("region_a"), col("region_b"))
        .limit(CROSS_BORDER_PAIRS)
        .select(col("sector_code"), col("region_a"), col("region_b"), col("country_a"), col("country_b"),
            col("stars_a"), col("stars_b"), round(col("lq_a"), 3).as("lq_a"), round(col("lq_b"), 3).as("lq_b"),
            round(col("employment_a"), 1).as("employment_a"), round(col("employment_b"), 1).as("employment_b"),
            col("links"), round(col("weight"), 4).as("weight"), col("co_invention"), col("research"))
        .collectAsList()) {
      out.add(new CrossBorderPair(r.getAs("sector_code"), r.getAs("region_a"), r.getAs("region_b"),
          r.getAs("country_a"), r.getAs("country_b"), r.getAs("stars_a"), r.getAs("stars_b"), r.getAs("lq_a"),
          r.getAs("lq_b"), r.getAs("employment_a"), r.getAs("employment_b"), r.getAs("links"), r.getAs("weight"),
          r.getAs("co_invention"), r.getAs("research")));
    }
    return out;
  }

  private static Column linksOf(String source) {
    return when(col("source").equalTo(source), col("links")).otherwise(lit(0L));
  }

  /**
   * The {@link #SECTOR_LINKS} strongest pairs of each source by cosine similarity (ties: more
   * co-occurrences, codes).
   *
   * @param links sector_links of the page's year and scheme
   */
  static List<SectorLink> sectorLinks(Dataset<Row> links) {
    Column rank = row_number().over(Window.partitionBy("source")
        .orderBy(col("cosine").desc(), col("cooccurrences").desc(), col("sector_a"), col("sector_b")));
    List<SectorLink> out = new ArrayList<>();
    for (Row r : links.filter(col("cosine").isNotNull()).withColumn("rank", rank)
        .filter(col("rank").leq(SECTOR_LINKS))
        .orderBy("source", "rank")
        .select(col("source"), col("sector_a"), col("sector_b"), col("cooccurrences"), round(col("cosine"), 4).as("cosine"))
        .collectAsList()) {
      out.add(new SectorLink(r.getAs("source"), r.getAs("sector_a"), r.getAs("sector_b"), r.getAs("cooccurrences"),
          r.getAs("cosine")));
    }
    return out;
  }
}
