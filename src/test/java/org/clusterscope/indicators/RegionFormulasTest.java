package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.clusterscope.indicators.FormulaFrames.aggregate;
import static org.clusterscope.indicators.FormulaFrames.assertValue;
import static org.clusterscope.indicators.FormulaFrames.assertValues;
import static org.clusterscope.indicators.FormulaFrames.frame;
import static org.clusterscope.indicators.FormulaFrames.row;
import static org.clusterscope.indicators.FormulaFrames.values;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The region_profile formulas on one region: E_r = 100 with A = 50, B = 25, C = 25, so focus p =
 * 0.5, 0.25, 0.25, in an area where A, B, C and D each hold a quarter of employment (E_s/E =
 * 0.25); D is absent from the region. lq = p / 0.25 = 2, 1, 1; A is a strong cluster.
 */
@ExtendWith(SparkTestExtension.class)
class RegionFormulasTest {
  private final TestSpark spark;

  RegionFormulasTest(TestSpark spark) {
    this.spark = spark;
  }

  private Dataset<Row> region() {
    return frame(spark, "sector STRING, e_rs DOUBLE, e_r DOUBLE, focus DOUBLE, area_share DOUBLE, lq DOUBLE, strong BOOLEAN",
        row("A", 50.0, 100.0, 0.5, 0.25, 2.0, true),
        row("B", 25.0, 100.0, 0.25, 0.25, 1.0, false),
        row("C", 25.0, 100.0, 0.25, 0.25, 1.0, false));
  }

  @Test
  void krugmanCountsTheAbsentSectorsShareOfTheArea() {
    // |0.5 − 0.25| + |0.25 − 0.25| + |0.25 − 0.25| + |0 − 0.25| (D, absent) = 0.5;
    // in closed form Σ_present |p − a| + 1 − Σ_present a = 0.25 + 1 − 0.75 = 0.5.
    assertValue(0.5, aggregate(region(), RegionFormulas.krugman(col("focus"), col("area_share"))));
  }

  @Test
  void hooverIsHalfKrugman() {
    Dataset<Row> rows = frame(spark, "k DOUBLE", row(0.5), row(2.0));
    assertValues(values(rows, RegionFormulas.hoover(col("k"))), 0.25, 1.0);
  }

  @Test
  void herfindahlIsTheSumOfSquaredShares() {
    // 0.5² + 0.25² + 0.25² = 0.25 + 0.0625 + 0.0625 = 0.375
    assertValue(0.375, aggregate(region(), RegionFormulas.herfindahl(col("focus"))));
  }

  @Test
  void entropyIsInBits() {
    // −(0.5 log2 0.5 + 0.25 log2 0.25 + 0.25 log2 0.25) = 0.5 + 0.5 + 0.5 = 1.5
    assertValue(1.5, aggregate(region(), RegionFormulas.entropy(col("focus"))));
    assertValue(1.5, aggregate(region(), RegionFormulas.shannonSum(col("focus"))));
  }

  @Test
  void averageLqAndHachman() {
    // lq_avg = 2 · 0.5 + 1 · 0.25 + 1 · 0.25 = 1.5; Hachman = 1 / 1.5.
    assertValue(1.5, aggregate(region(), RegionFormulas.lqAverage(col("lq"), col("focus"))));
    Dataset<Row> rows = frame(spark, "lq_avg DOUBLE", row(1.5), row(0.0));
    assertValues(values(rows, RegionFormulas.hachman(col("lq_avg"))), 1 / 1.5, null);
  }

  @Test
  void strongClusterEmploymentShareCountsOnlyStrongClusters() {
    // A alone: 50 / 100 = 0.5
    assertValue(0.5, aggregate(region(), RegionFormulas.strongClusterEmploymentShare(col("strong"), col("e_rs"),
        first("e_r"))));
  }

  @Test
  void varietySplitsClassEntropyIntoDivisionsAndWithinThem() {
    // Classes 10.11 and 10.12 with p = 0.25 each and 62.01 with 0.5: class entropy 0.5 + 0.5 + 0.5 = 1.5.
    Dataset<Row> classes = frame(spark, "class STRING, p DOUBLE", row("10.11", 0.25), row("10.12", 0.25),
        row("62.01", 0.5));
    assertValue(1.5, aggregate(classes, RegionFormulas.shannonSum(col("p"))));
    // Divisions 10 and 62 with 0.5 each: unrelated variety 0.5 + 0.5 = 1.
    Dataset<Row> divisions = frame(spark, "division STRING, share DOUBLE", row("10", 0.5), row("62", 0.5));
    assertValue(1.0, aggregate(divisions, RegionFormulas.unrelatedVariety(col("share"))));
    // Related variety Σ_g P_g H_g = 0.5 · 1 (two equal classes in 10) + 0.5 · 0 (one class in 62) = 0.5
    // = 1.5 − 1; a difference of −1e-16 from rounding is 0.
    Dataset<Row> entropies = frame(spark, "classes DOUBLE, uv DOUBLE", row(1.5, 1.0), row(1.0, 1.0 + 1e-16));
    assertValues(values(entropies, RegionFormulas.relatedVariety(col("classes"), col("uv"))), 0.5, 0.0);
  }

  @Test
  void aRegionSpecialisedInSectorsTheAreaLacksHasKrugmanTwo() {
    // The region only in A, which is 0 % of the area (all of it in B): |1 − 0| + |0 − 1| = 2.
    Dataset<Row> rows = frame(spark, "focus DOUBLE, area_share DOUBLE", row(1.0, 0.0));
    assertValue(2.0, aggregate(rows, RegionFormulas.krugman(col("focus"), col("area_share"))));
  }
}
