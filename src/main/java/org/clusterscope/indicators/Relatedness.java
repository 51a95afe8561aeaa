package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.Grain;
import org.clusterscope.spark.Checkpoints;

/**
 * Relatedness between sectors from co-location, and the relatedness density of each region and
 * sector (Hidalgo et al. 2007; docs/design.md 4.1 and 4.7).
 *
 * <p>The formulas are {@link CellFormulas#proximity} and {@link CellFormulas#relatednessDensity}.
 * Co-location: sectors i and j co-occur in a region where both have lq ≥ 1; c_ij counts such
 * regions at one NUTS level, u_i = c_ii is the ubiquity, and the proximity is
 * φ_ij = c_ij / max(u_i, u_j), so φ_ii = 1 as in the Growth Lab's {@code ecomplexity}. Density is
 * Σ_q M_rq φ_qs / Σ_q φ_qs: the share of the sector's related sectors in which the region is
 * specialised. The proximities of the configured level serve every level, since co-location in
 * a few large regions says little about relatedness.
 */
public final class Relatedness {
  private static final String[] SCHEME = {"reference_year", "sector_scheme"};

  private Relatedness() {}

  /** (reference_year, sector_scheme, sector_a, sector_b, cooccurrences, proximity), both orders and i = j. */
  public static Dataset<Row> proximity(Dataset<Row> regionSector, int level) {
    Dataset<Row> specialised = regionSector
        .filter(col("nuts_level").equalTo(level).and(col("lq").geq(1)))
        .select(col(SCHEME[0]), col(SCHEME[1]), col("region_code"), col("sector_code"));
    Dataset<Row> pairs = Checkpoints.materialise(DensityProduct.cooccurrences(regionSector.sparkSession(), specialised));
    Dataset<Row> ubiquity = pairs.filter(col("sector_a").equalTo(col("sector_b")))
        .select(col(SCHEME[0]), col(SCHEME[1]), col("sector_a").as("sector"), col("cooccurrences").as("ubiquity"));
    return pairs
        .join(ubiquity.withColumnRenamed("sector", "sector_a").withColumnRenamed("ubiquity", "ubiquity_a"),
            new String[] {SCHEME[0], SCHEME[1], "sector_a"})
        .join(ubiquity.withColumnRenamed("sector", "sector_b").withColumnRenamed("ubiquity", "ubiquity_b"),
            new String[] {SCHEME[0], SCHEME[1], "sector_b"})
        .withColumn("proximity", CellFormulas.proximity(col("cooccurrences"), col("ubiquity_a"), col("ubiquity_b")))
        .drop("ubiquity_a", "ubiquity_b");
  }

  /**
   * region_sector with relatedness_density filled in. A sector with no specialisation at the
   * proximity level has no proximities, and its density is NULL.
   */
  static Dataset<Row> withDensity(Dataset<Row> regionSector, Dataset<Row> proximity) {
    Dataset<Row> related = proximity.select(col(SCHEME[0]), col(SCHEME[1]),
        col("sector_a").as("q"), col("sector_b").as("sector_code"), col("proximity"));
    Dataset<Row> totals = related.groupBy(SCHEME[0], SCHEME[1], "sector_code")
        .agg(sum("proximity").as("proximity_total"));
    Dataset<Row> specialised = regionSector
        .filter(col("lq").geq(1))
        .select(col(SCHEME[0]), col(SCHEME[1]), col("nuts_level"), col("region_code"), col("sector_code").as("q"));
    Dataset<Row> near = DensityProduct.near(regionSector.sparkSession(), specialised, related);
    return regionSector.drop("relatedness_density")
        .join(totals, new String[] {SCHEME[0], SCHEME[1], "sector_code"}, "left")
        .join(near, Grain.CELL.names(), "left")
        .withColumn("relatedness_density",
            CellFormulas.relatednessDensity(col("proximity_specialised"), col("proximity_total")))
        .drop("proximity_total", "proximity_specialised");
  }
}
