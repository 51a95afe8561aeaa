package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code cs_gold.region_profile} (docs/design.md 4.2) from the region_sector rows: one aggregation per
 * (year, level, region, scheme). Sectors absent from a region have no row, so sums over "every
 * sector in scope" add the absent sectors' part in closed form (for Krugman: Σ_absent E_s/E =
 * 1 − Σ_present E_s/E). Related and unrelated variety come from the NACE class cells, whatever the
 * scheme: UV is the entropy of division shares and RV = entropy of class shares − UV, the
 * decomposition of Frenken et al. (2007).
 */
final class RegionProfileIndicators {
  private static final String[] REGION = {"reference_year", "nuts_level", "region_code"};

  private RegionProfileIndicators() {}

  /**
   * @param regionSector region_sector rows of every scheme, including nace_class
   * @param eci {@link Complexity#eci}
   */
  static Dataset<Row> compute(Dataset<Row> regionSector, Dataset<Row> eci) {
    Column hasEmployment = hasEmployment();
    Dataset<Row> profile = regionSector
        .groupBy(col(REGION[0]), col(REGION[1]), col(REGION[2]), col("sector_scheme"))
        .agg(first("country_code").as("country_code"),
            first("region_employment").as("employment"),
            sum("establishments").as("establishments"),
            count(when(col("employment").gt(0), lit(1))).as("sectors_present"),
            krugman(), herfindahl(),
            when(hasEmployment, Formulas.nonNegative(sum(Formulas.entropyTerm(col("focus"))))).as("entropy"),
            when(hasEmployment, sum(col("lq").multiply(col("focus")))).as("lq_avg"),
            count(when(col("lq").geq(1), lit(1))).as("specialised_sectors"),
            sum("stars").cast("long").as("stars_total"),
            count(when(col("strong_cluster"), lit(1))).as("strong_clusters"),
            Formulas.ratio(sum(when(col("strong_cluster"), col("employment")).otherwise(lit(0.0))),
                first("region_employment")).as("strong_cluster_employment_share"))
        .withColumn("hoover_specialisation", col("krugman_index").divide(2))
        .withColumn("hachman", Formulas.hachman(col("lq_avg")));
    return profile.join(variety(regionSector), REGION, "left")
        .join(eci, new String[] {REGION[0], REGION[1], REGION[2], "sector_scheme"}, "left")
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
        .groupBy(col(REGION[0]), col(REGION[1]), col(REGION[2]), col("sector_scheme"))
        .agg(first("country_code").as("country_code"), first("region_employment").as("employment"),
            sum("establishments").as("establishments"), krugman(), herfindahl());
  }

  private static Column hasEmployment() {
    return first("region_employment").gt(0);
  }

  /** Σ_s |E_rs/E_r − E_s/E| over every sector in scope, the absent ones in closed form. */
  private static Column krugman() {
    Column areaShare = Formulas.ratio(col("sector_employment"), col("total_employment"));
    return when(hasEmployment(),
        Formulas.nonNegative(sum(abs(col("focus").minus(areaShare))).plus(lit(1.0)).minus(sum(areaShare))))
        .as("krugman_index");
  }

  private static Column herfindahl() {
    return when(hasEmployment(), sum(col("focus").multiply(col("focus")))).as("herfindahl");
  }

  /** Unrelated and related variety per region, from the NACE class cells. */
  private static Dataset<Row> variety(Dataset<Row> regionSector) {
    Dataset<Row> classes = regionSector.filter(col("sector_scheme").equalTo("nace_class"));
    Dataset<Row> classEntropy = classes
        .groupBy(REGION[0], REGION[1], REGION[2])
        .agg(sum(Formulas.entropyTerm(col("focus"))).as("class_entropy"));
    Dataset<Row> unrelated = classes
        .groupBy(col(REGION[0]), col(REGION[1]), col(REGION[2]), col("sector_code").substr(1, 2).as("division"))
        .agg(sum("focus").as("division_share"))
        .groupBy(REGION[0], REGION[1], REGION[2])
        .agg(Formulas.nonNegative(sum(Formulas.entropyTerm(col("division_share")))).as("unrelated_variety"));
    return classEntropy.join(unrelated, REGION)
        .withColumn("related_variety", Formulas.nonNegative(col("class_entropy").minus(col("unrelated_variety"))))
        .drop("class_entropy");
  }
}
