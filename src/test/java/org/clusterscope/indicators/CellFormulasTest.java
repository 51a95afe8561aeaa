package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
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

/** The region_sector formulas on a few cells, each checked against the arithmetic in its comment. */
@ExtendWith(SparkTestExtension.class)
class CellFormulasTest {
  private final TestSpark spark;

  CellFormulasTest(TestSpark spark) {
    this.spark = spark;
  }

  /** E_rs = 30, E_r = 100, E_s = 60, E = 400, 4 establishments; then a region without employment. */
  private Dataset<Row> cells() {
    return frame(spark, "e_rs DOUBLE, e_r DOUBLE, e_s DOUBLE, e DOUBLE, establishments BIGINT",
        row(30.0, 100.0, 60.0, 400.0, 4L), row(0.0, 0.0, 60.0, 400.0, 0L));
  }

  @Test
  void sharesAndLocationQuotientFollowTheirDefinitions() {
    // size share 30 / 60 = 0.5; focus 30 / 100 = 0.3; lq (30 / 100) / (60 / 400) = 0.3 / 0.15 = 2;
    // average size 30 / 4 = 7.5. Without employment in the region focus and lq are unknown.
    assertValues(values(cells(), CellFormulas.sizeShare(col("e_rs"), col("e_s"))), 0.5, 0.0);
    assertValues(values(cells(), CellFormulas.focus(col("e_rs"), col("e_r"))), 0.3, null);
    assertValues(values(cells(), CellFormulas.locationQuotient(col("e_rs"), col("e_r"), col("e_s"), col("e"))),
        2.0, null);
    assertValues(values(cells(), CellFormulas.averageEstablishmentSize(col("e_rs"), col("establishments"))),
        7.5, null);
  }

  @Test
  void growthIsTheRatioMinusOneAndNullWithoutAnEarlierCell() {
    Dataset<Row> rows = frame(spark, "now DOUBLE, before DOUBLE", row(30.0, 24.0), row(32.0, 1.0),
        row(30.0, null), row(30.0, 0.0));
    // 30 / 24 − 1 = 0.25; 32 / 1 − 1 = 31.
    assertValues(values(rows, CellFormulas.growth(col("now"), col("before"))), 0.25, 31.0, null, null);
    // (30 / 24)^(1/5) − 1 = 1.25^0.2 − 1; (32 / 1)^(1/5) − 1 = 2 − 1 = 1.
    assertValues(values(rows, CellFormulas.compoundAnnualGrowth(col("now"), col("before"), 5)),
        Math.pow(1.25, 0.2) - 1, 1.0, null, null);
  }

  @Test
  void aStarNeedsEmploymentAndAValueAtOrAboveTheThreshold() {
    Dataset<Row> rows = frame(spark, "e_rs DOUBLE, v DOUBLE, threshold DOUBLE",
        row(30.0, 0.5, 0.5), row(30.0, 0.4, 0.5), row(0.0, 0.5, 0.0), row(30.0, 0.5, null));
    // at the threshold: a star; below: none; no employment: none; unknown threshold: false, not NULL.
    assertValues(values(rows, CellFormulas.star(col("e_rs"), col("v"), col("threshold"))), true, false, false, false);
  }

  @Test
  void starsAreCounted() {
    Dataset<Row> rows = frame(spark, "a BOOLEAN, b BOOLEAN, c BOOLEAN",
        row(true, false, true), row(false, false, false), row(true, true, true));
    assertValues(values(rows, CellFormulas.starCount(col("a"), col("b"), col("c"))), 2, 0, 3);
  }

  @Test
  void aStrongClusterPassesEveryThresholdStrictlyForSize() {
    Dataset<Row> rows = frame(spark,
        "e_rs DOUBLE, est BIGINT, lq DOUBLE, lq_q DOUBLE, e_q DOUBLE, est_q DOUBLE",
        row(30.0, 4L, 2.0, 1.5, 20.0, 3.0),
        // employment equal to its Q25 is not above it
        row(30.0, 4L, 2.0, 1.5, 30.0, 3.0),
        // lq at its Q75 but below the minimum lq of 1
        row(30.0, 4L, 0.9, 0.8, 20.0, 3.0),
        // establishments equal to their Q25
        row(30.0, 4L, 2.0, 1.5, 20.0, 4.0),
        // thresholds unknown: false, not NULL
        row(30.0, 4L, 2.0, null, 20.0, 3.0));
    assertValues(values(rows, CellFormulas.strongCluster(col("e_rs"), col("est"), col("lq"), col("lq_q"), 1.0,
        col("e_q"), col("est_q"))), true, false, false, false, false);
  }

  @Test
  void confidentialityAppliesTheSourceThenFrequencyThenDominance() {
    Dataset<Row> rows = frame(spark, "confidential BOOLEAN, contributors BIGINT, largest DOUBLE, e_rs DOUBLE",
        row(true, 10L, 1.0, 100.0), row(false, 2L, 1.0, 100.0), row(false, 5L, 90.0, 100.0),
        row(false, 5L, 85.0, 100.0), row(false, 5L, null, 100.0));
    // 3 contributors at least; dominance 90 / 100 = 0.9 > 0.85, 85 / 100 = 0.85 is not above it.
    assertValues(values(rows, CellFormulas.confidentiality(col("confidential"), col("contributors"), col("largest"),
        col("e_rs"), 3, 0.85)), "confidential_in_source", "primary_frequency", "primary_dominance", "free", "free");
  }

  @Test
  void proximityDividesByTheLargerUbiquity() {
    Dataset<Row> rows = frame(spark, "c BIGINT, u_a BIGINT, u_b BIGINT", row(2L, 4L, 5L), row(3L, 3L, 3L));
    // 2 / max(4, 5) = 0.4; a sector with itself: 3 / 3 = 1.
    assertValues(values(rows, CellFormulas.proximity(col("c"), col("u_a"), col("u_b"))), 0.4, 1.0);
  }

  @Test
  void densityIsTheShareOfTheProximityToSpecialisedSectors() {
    Dataset<Row> rows = frame(spark, "near DOUBLE, total DOUBLE", row(0.6, 1.5), row(null, 2.0), row(0.6, null));
    // 0.6 / 1.5 = 0.4; specialised in none of the related sectors: 0 / 2 = 0; no proximities: NULL.
    assertValues(values(rows, CellFormulas.relatednessDensity(col("near"), col("total"))), 0.4, 0.0, null);
  }

  @Test
  void aFixedLqThresholdIsAStarThresholdToo() {
    Dataset<Row> rows = frame(spark, "e_rs DOUBLE, lq DOUBLE", row(30.0, 2.0), row(30.0, 1.99));
    assertValues(values(rows, CellFormulas.star(col("e_rs"), col("lq"), lit(2.0))), true, false);
  }
}
