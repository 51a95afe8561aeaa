package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
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
 * The link formulas on hand-made counts. The pair weights use activity A of {@link PairWeightsTest}:
 * p with 0.5 in R1 and 0.5 in R2, q with 1 in R1; n = 2, one pair (p, q).
 */
@ExtendWith(SparkTestExtension.class)
class LinkFormulasTest {
  private final TestSpark spark;

  LinkFormulasTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void everyPairOfAnActivityWeighsOneOverCOfNTwo() {
    Dataset<Row> rows = frame(spark, "n DOUBLE, numerator DOUBLE", row(4.0, 3.0), row(2.0, 0.5), row(1.0, 0.0));
    // C(4, 2) = 6, 3 / 6 = 0.5; C(2, 2) = 1; one participant has no pairs: 0, not NULL.
    assertValues(values(rows, LinkFormulas.pairs(col("n"))), 6.0, 1.0, 0.0);
    assertValues(values(rows, LinkFormulas.perPair(col("numerator"), col("n"))), 0.5, 0.5, 0.0);
  }

  @Test
  void onlyAPositiveNumeratorBeyondRoundingIsALink() {
    Dataset<Row> rows = frame(spark, "numerator DOUBLE", row(0.5), row(1e-13), row(0.0));
    assertValues(values(rows, LinkFormulas.linked(col("numerator"))), true, false, false);
  }

  @Test
  void pairsInsideARegionLeaveOutAPersonWithItself() {
    Dataset<Row> rows = frame(spark, "n_r DOUBLE, q_r DOUBLE", row(1.5, 1.25), row(0.5, 0.25), row(3.0, 3.0));
    // R1: n_r = 0.5 + 1 = 1.5, q_r = 0.25 + 1 = 1.25: (2.25 − 1.25) / 2 = 0.5 (the pair p, q);
    // R2: (0.25 − 0.25) / 2 = 0; three whole persons: C(3, 2) = (9 − 3) / 2 = 3.
    assertValues(values(rows, LinkFormulas.pairsInside(col("n_r"), col("q_r"))), 0.5, 0.0, 3.0);
  }

  @Test
  void pairsBetweenTwoPlacesLeaveOutAPersonAtBoth() {
    Dataset<Row> rows = frame(spark, "x INT", row(1)).select(
        expr("named_struct('n_r', 1.5D, 'splits', array(named_struct('id', 7L, 'w', 0.5D))) AS a"),
        expr("named_struct('n_r', 0.5D, 'splits', array(named_struct('id', 7L, 'w', 0.5D))) AS b"),
        expr("named_struct('n_r', 1.0D, 'splits', array(named_struct('id', 8L, 'w', 0.5D))) AS c"));
    // R1–R2: n_a n_b − Σ_p w_pa w_pb = 1.5 · 0.5 − 0.5 · 0.5 (p at both) = 0.5;
    // with a place whose split person is another one (id 8): 1.5 · 1 − 0 = 1.5.
    assertValues(values(rows, LinkFormulas.pairsBetween(col("a"), col("b"))), 0.5);
    assertValues(values(rows, LinkFormulas.pairsBetween(col("a"), col("c"))), 1.5);
  }

  @Test
  void pairsOutsideAndAbroadLeaveOutTheRegionsOwnPersonsElsewhere() {
    Dataset<Row> rows = frame(spark, "n_r DOUBLE, n_located DOUBLE, elsewhere DOUBLE, n DOUBLE, n_own DOUBLE, abroad DOUBLE",
        row(1.5, 2.0, 0.25, 2.0, 2.0, 0.0), row(1.0, 3.0, 0.0, 4.0, 2.0, 0.5));
    // R1: elsewhere = p's 0.5 in R1 times its 0.5 in R2 = 0.25; 1.5 · (2 − 1.5) − 0.25 = 0.5, the
    // pair weight of R1–R2. Second row: 1 · (3 − 1) − 0 = 2 outside; 1 · (4 − 2) − 0.5 = 1.5 abroad.
    assertValues(values(rows, LinkFormulas.pairsOutside(col("n_r"), col("n_located"), col("elsewhere"))), 0.5, 2.0);
    assertValues(values(rows, LinkFormulas.pairsAbroad(col("n_r"), col("n"), col("n_own"), col("abroad"))), 0.0, 1.5);
  }

  @Test
  void opennessIsTheExternalShareOfCollaboration() {
    Dataset<Row> rows = frame(spark, "internal DOUBLE, external DOUBLE", row(0.5, 0.5), row(0.0, 1.5), row(3.0, 1.0),
        row(0.0, 0.0));
    // 0.5 / 1 = 0.5; only external: 1; 1 / 4 = 0.25; no collaboration: NULL.
    assertValues(values(rows, LinkFormulas.openness(col("internal"), col("external"))), 0.5, 1.0, 0.25, null);
  }

  /**
   * Co-occurrences c_ab = 2, c_ac = 1, c_bc = 1: row sums s_a = 3, s_b = 3, s_c = 2, T = 8. The
   * rows are the pairs (a, b) and (a, c).
   */
  private Dataset<Row> sectorPairs() {
    return frame(spark, "c DOUBLE, s_i DOUBLE, s_j DOUBLE, t DOUBLE", row(2.0, 3.0, 3.0, 8.0), row(1.0, 3.0, 2.0, 8.0));
  }

  @Test
  void associationCosineAndJaccard() {
    // association c T / (s_i s_j): 2 · 8 / 9 = 16/9; 1 · 8 / 6 = 4/3.
    assertValues(values(sectorPairs(), LinkFormulas.association(col("c"), col("s_i"), col("s_j"), col("t"))),
        16.0 / 9, 4.0 / 3);
    // cosine c / √(s_i s_j): 2 / 3; 1 / √6.
    assertValues(values(sectorPairs(), LinkFormulas.cosine(col("c"), col("s_i"), col("s_j"))), 2.0 / 3, 1 / Math.sqrt(6));
    // Jaccard c / (s_i + s_j − c): 2 / 4 = 0.5; 1 / 4 = 0.25.
    assertValues(values(sectorPairs(), LinkFormulas.jaccard(col("c"), col("s_i"), col("s_j"))), 0.5, 0.25);
  }

  @Test
  void probabilisticDividesByTheExpectedCooccurrences() {
    // (a, b): [3/8 · 3/5 + 3/8 · 3/5] · 8/2 = 0.45 · 4 = 1.8, 2 / 1.8 = 10/9;
    // (a, c): [3/8 · 2/5 + 2/8 · 3/6] · 4 = (0.15 + 0.125) · 4 = 1.1, 1 / 1.1 = 10/11.
    assertValues(values(sectorPairs(), LinkFormulas.probabilistic(col("c"), col("s_i"), col("s_j"), col("t"))),
        10.0 / 9, 10.0 / 11);
  }

  @Test
  void probabilisticIsNullWhereASectorHoldsAllCooccurrences() {
    // T − s_i = 0: s_j / (T − s_i) is undefined.
    Dataset<Row> rows = frame(spark, "c DOUBLE, s_i DOUBLE, s_j DOUBLE, t DOUBLE", row(1.0, 2.0, 1.0, 2.0));
    assertValues(values(rows, LinkFormulas.probabilistic(col("c"), col("s_i"), col("s_j"), col("t"))),
        (Object) null);
  }
}
