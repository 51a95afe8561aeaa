package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;

import java.util.Map;
import org.apache.commons.lang3.ArrayUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.indicators.PatentCounts;
import org.clusterscope.publish.Grain;

/**
 * {@code sector_links} (docs/design.md 4.7): co-occurrences of two sectors and their normalisations after
 * van Eck and Waltman (2009), as EconGeo's {@code relatedness()} computes them. With c the
 * symmetric co-occurrence matrix without its diagonal, s_i its row sums and T = Σ s_i:
 * association c T / (s_i s_j), cosine c / √(s_i s_j), Jaccard c / (s_i + s_j − c), and the
 * probability index c / ([s_i/T · s_j/(T − s_i) + s_j/T · s_i/(T − s_j)] · T/2) (Steijn 2017).
 * Undefined ratios are NULL (EconGeo writes 0).
 */
final class SectorLinks {
  private static final Grain SCOPE = Grain.SECTOR_LINKS_SCOPE;

  private SectorLinks() {}

  /**
   * Co-classification: applications whose IPC codes give both sectors (NACE divisions, or their
   * sections). Pairs (a < b) with cooccurrences. Each application's pairs come from its array of
   * distinct sectors, so the counting is one hash aggregate, not a self-join of all applications'
   * sector rows.
   *
   * @param applicationDivisions {@link PatentCounts#applicationDivisions} of the patent years
   */
  static Dataset<Row> coClassification(Dataset<Row> applicationDivisions, Map<String, String> divisionSections) {
    Column divisions = col("divisions");
    Column sections = ActivitySectors.sections(divisions, divisionSections);
    return applicationDivisions
        .select(col("reference_year"), explode(array(
            struct(lit("nace_division").as("sector_scheme"), pairs(divisions).as("pairs")),
            struct(lit("nace_section").as("sector_scheme"), pairs(sections).as("pairs")))).as("scheme"))
        .select(col("reference_year"), col("scheme.sector_scheme").as("sector_scheme"),
            explode(col("scheme.pairs")).as("pair"))
        .groupBy(col("reference_year"), lit("co_classification").as("source"), col("sector_scheme"),
            col("pair.sector_a").as("sector_a"), col("pair.sector_b").as("sector_b"))
        .agg(count(lit(1)).as("cooccurrences"))
        .withColumn("proximity", lit(null).cast("double"));
  }

  /** The pairs (a < b) of an array of distinct codes, as (sector_a, sector_b); NULL codes pair with none. */
  private static Column pairs(Column codes) {
    return flatten(transform(codes, a -> transform(filter(codes, b -> a.lt(b)),
        b -> struct(a.as("sector_a"), b.as("sector_b")))));
  }

  /**
   * Co-location pairs (a < b) from the proximities of the indicator stage (both orders with the
   * diagonal), keeping their proximity.
   */
  static Dataset<Row> coLocation(Dataset<Row> proximity) {
    return proximity.filter(col("sector_a").lt(col("sector_b")))
        .select(col("reference_year"), lit("co_location").as("source"), col("sector_scheme"), col("sector_a"),
            col("sector_b"), col("cooccurrences"), col("proximity"));
  }

  /** Adds association, cosine, jaccard and probabilistic to pairs (a < b) with cooccurrences. */
  static Dataset<Row> normalised(Dataset<Row> pairs) {
    Dataset<Row> rowSums = pairs.select(ArrayUtils.addAll(SCOPE.cols(), col("sector_a").as("sector"), col("cooccurrences")))
        .unionByName(pairs.select(ArrayUtils.addAll(SCOPE.cols(), col("sector_b").as("sector"), col("cooccurrences"))))
        .groupBy(SCOPE.with("sector").cols()).agg(sum("cooccurrences").as("s"));
    Dataset<Row> total = rowSums.groupBy(SCOPE.cols()).agg(sum("s").as("t"));
    Column c = col("cooccurrences").cast("double");
    Column si = col("s_a").cast("double");
    Column sj = col("s_b").cast("double");
    Column t = col("t").cast("double");
    return pairs
        .join(rowSums.withColumnRenamed("sector", "sector_a").withColumnRenamed("s", "s_a"),
            SCOPE.with("sector_a").names())
        .join(rowSums.withColumnRenamed("sector", "sector_b").withColumnRenamed("s", "s_b"),
            SCOPE.with("sector_b").names())
        .join(total, SCOPE.names())
        .withColumn("association", LinkFormulas.association(c, si, sj, t))
        .withColumn("cosine", LinkFormulas.cosine(c, si, sj))
        .withColumn("jaccard", LinkFormulas.jaccard(c, si, sj))
        .withColumn("probabilistic", LinkFormulas.probabilistic(c, si, sj, t))
        .drop("s_a", "s_b", "t");
  }
}
