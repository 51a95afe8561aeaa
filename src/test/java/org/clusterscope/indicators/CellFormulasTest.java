package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.clusterscope.indicators.FormulaFrames.assertValues;
import static org.clusterscope.indicators.FormulaFrames.frame;
import static org.clusterscope.indicators.FormulaFrames.row;
import static org.clusterscope.indicators.FormulaFrames.values;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.IndicatorSettings;
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

  /** The defaults: at least 3 enterprises, dominance (1, 85) and (2, 90), no p% rule. */
  private static final IndicatorSettings.Confidentiality DEFAULT_RULES = new IndicatorSettings.Confidentiality(3,
      List.of(new IndicatorSettings.Dominance(1, 85), new IndicatorSettings.Dominance(2, 90)), OptionalDouble.empty());

  private static final String CONFIDENTIALITY_CELLS =
      "confidential BOOLEAN, contributors BIGINT, largest ARRAY<DOUBLE>, e_rs DOUBLE";

  private static List<Object> confidentiality(Dataset<Row> rows, IndicatorSettings.Confidentiality rule) {
    return values(rows, CellFormulas.confidentiality(col("confidential"), col("contributors"), col("largest"),
        col("e_rs"), rule));
  }

  @Test
  void confidentialityAppliesEachDominancePairAndExactlyKPercentIsNotDominant() {
    Dataset<Row> rows = frame(spark, CONFIDENTIALITY_CELLS,
        // (1, 85): 86 > 85 % of 100
        row(false, 5L, List.of(86.0, 1.0), 100.0),
        // (1, 85): 85 is exactly 85 %; (2, 90): 85 + 5 = 90 exactly 90 %: neither holds
        row(false, 5L, List.of(85.0, 5.0), 100.0),
        // (1, 85): 50 is not; (2, 90): 50 + 41 = 91 > 90
        row(false, 5L, List.of(50.0, 41.0), 100.0),
        // (2, 90): 50 + 40 = 90, exactly 90 %
        row(false, 5L, List.of(50.0, 40.0), 100.0),
        // non-integer shares: (1, 85) 17.1 / 20 = 85.5 %
        row(false, 3L, List.of(17.1, 1.0), 20.0));
    assertValues(confidentiality(rows, DEFAULT_RULES),
        "primary_dominance", "free", "primary_dominance", "free", "primary_dominance");
  }

  @Test
  void confidentialityTakesTheSourceThenFrequencyThenDominanceThenPPercent() {
    IndicatorSettings.Confidentiality withP = new IndicatorSettings.Confidentiality(3,
        DEFAULT_RULES.dominance(), OptionalDouble.of(10));
    Dataset<Row> rows = frame(spark, CONFIDENTIALITY_CELLS,
        // flagged in the source, though 10 enterprises and no dominance
        row(true, 10L, List.of(1.0, 1.0), 100.0),
        // 2 enterprises (< 3), though also dominant: frequency comes first
        row(false, 2L, List.of(90.0, 10.0), 100.0),
        // dominant by (1, 85) and by p% (100 − 86 − 10 = 4 < 10 % of 86 = 8.6): dominance first
        row(false, 4L, List.of(86.0, 10.0), 100.0),
        // 3 enterprises exactly: not fewer than 3; no pair holds (60 %, 80 %), nor p% (20 >= 6)
        row(false, 3L, List.of(60.0, 20.0), 100.0),
        // an SBS cell neither flagged nor measured: free
        row(false, null, null, 100.0));
    assertValues(confidentiality(rows, withP),
        "confidential_in_source", "primary_frequency", "primary_dominance", "free", "free");
  }

  @Test
  void thePPercentRuleComparesTheRestWithTheLargest() {
    IndicatorSettings.Confidentiality pOnly = new IndicatorSettings.Confidentiality(1, List.of(), OptionalDouble.of(10));
    Dataset<Row> rows = frame(spark, CONFIDENTIALITY_CELLS,
        // 100 − 50 − 45 = 5, exactly 10 % of 50: not below it
        row(false, 4L, List.of(50.0, 45.0), 100.0),
        // 100 − 50 − 46 = 4 < 5
        row(false, 4L, List.of(50.0, 46.0), 100.0),
        // one enterprise: 10 − 10 − 0 = 0 < 1
        row(false, 1L, List.of(10.0), 10.0),
        // no employment: 0 < 0 does not hold
        row(false, 2L, List.of(0.0, 0.0), 0.0));
    assertValues(confidentiality(rows, pOnly), "free", "primary_p_percent", "primary_p_percent", "free");
  }

  @Test
  void aCellWithFewerEnterprisesThanNHasItsNLargestHoldingEverything() {
    IndicatorSettings.Confidentiality pairOfTwo = new IndicatorSettings.Confidentiality(1,
        List.of(new IndicatorSettings.Dominance(2, 90)), OptionalDouble.empty());
    Dataset<Row> rows = frame(spark, CONFIDENTIALITY_CELLS,
        // one enterprise: its 2 largest are 10 + 0 = 100 % > 90 %
        row(false, 1L, List.of(10.0), 10.0),
        // three: 5 + 3 = 80 % of 10
        row(false, 3L, List.of(5.0, 3.0), 10.0));
    assertValues(confidentiality(rows, pairOfTwo), "primary_dominance", "free");
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
