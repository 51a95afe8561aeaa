package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.commons.lang3.ArrayUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.Grain;

/**
 * {@code cs_gold.region_profile} (docs/design.md 4.2) from the region_sector rows: one aggregation per
 * (year, level, region, scheme). Sectors absent from a region have no row, so sums over "every
 * sector in scope" add the absent sectors' part in closed form (for Krugman: Σ_absent E_s/E =
 * 1 − Σ_present E_s/E). Related and unrelated variety come from the NACE class cells, whatever the
 * scheme: UV is the entropy of division shares and RV = entropy of class shares − UV, the
 * decomposition of Frenken et al. (2007).
 */
final class RegionProfileIndicators {
  private RegionProfileIndicators() {}

  /**
   * @param regionSector region_sector rows of every scheme, including nace_class
   * @param eci {@link Complexity#eci}
   */
  static Dataset<Row> compute(Dataset<Row> regionSector, Dataset<Row> eci) {
    Column hasEmployment = hasEmployment();
    Dataset<Row> profile = regionSector
        .groupBy(Grain.REGION_PROFILE.cols())
        .agg(first("country_code").as("country_code"),
            first("region_employment").as("employment"),
            sum("establishments").as("establishments"),
            count(when(col("employment").gt(0), lit(1))).as("sectors_present"),
            krugman(), herfindahl(),
            when(hasEmployment, RegionFormulas.entropy(col("focus"))).as("entropy"),
            when(hasEmployment, RegionFormulas.lqAverage(col("lq"), col("focus"))).as("lq_avg"),
            count(when(col("lq").geq(1), lit(1))).as("specialised_sectors"),
            sum("stars").cast("long").as("stars_total"),
            count(when(col("strong_cluster"), lit(1))).as("strong_clusters"),
            RegionFormulas.strongClusterEmploymentShare(col("strong_cluster"), col("employment"),
                first("region_employment")).as("strong_cluster_employment_share"))
        .withColumn("hoover_specialisation", RegionFormulas.hoover(col("krugman_index")))
        .withColumn("hachman", RegionFormulas.hachman(col("lq_avg")));
    return profile.join(variety(regionSector), Grain.REGION.names(), "left")
        .join(eci, Grain.REGION_PROFILE.names(), "left")
        .withColumn("patents", lit(null).cast("double"))
        .withColumn("patents_per_10k_employees", lit(null).cast("double"));
  }

  /**
   * employment, establishments, krugman_index and herfindahl per region and scheme from
   * {@link RegionSectorIndicators#shares}: the core columns of {@link #compute}, by the same
   * expressions, for the benchmark's core step.
   */
  static Dataset<Row> core(Dataset<Row> shares) {
    return shares
        .groupBy(Grain.REGION_PROFILE.cols())
        .agg(first("country_code").as("country_code"), first("region_employment").as("employment"),
            sum("establishments").as("establishments"), krugman(), herfindahl());
  }

  private static Column hasEmployment() {
    return first("region_employment").gt(0);
  }

  /** {@link RegionFormulas#krugman}, with E_s/E the sector's share of the area. */
  private static Column krugman() {
    Column areaShare = Formulas.ratio(col("sector_employment"), col("total_employment"));
    return when(hasEmployment(), RegionFormulas.krugman(col("focus"), areaShare)).as("krugman_index");
  }

  private static Column herfindahl() {
    return when(hasEmployment(), RegionFormulas.herfindahl(col("focus"))).as("herfindahl");
  }

  /** Unrelated and related variety per region, from the NACE class cells. */
  private static Dataset<Row> variety(Dataset<Row> regionSector) {
    Dataset<Row> classes = regionSector.filter(col("sector_scheme").equalTo("nace_class"));
    Dataset<Row> classEntropy = classes
        .groupBy(Grain.REGION.cols())
        .agg(RegionFormulas.shannonSum(col("focus")).as("class_entropy"));
    Dataset<Row> unrelated = classes
        .groupBy(ArrayUtils.add(Grain.REGION.cols(), col("sector_code").substr(1, 2).as("division")))
        .agg(sum("focus").as("division_share"))
        .groupBy(Grain.REGION.cols())
        .agg(RegionFormulas.unrelatedVariety(col("division_share")).as("unrelated_variety"));
    return classEntropy.join(unrelated, Grain.REGION.names())
        .withColumn("related_variety", RegionFormulas.relatedVariety(col("class_entropy"), col("unrelated_variety")))
        .drop("class_entropy");
  }
}
