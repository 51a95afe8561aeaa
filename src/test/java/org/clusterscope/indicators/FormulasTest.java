package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
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

/** The arithmetic every formula shares: ratios, quantiles and entropy terms. */
@ExtendWith(SparkTestExtension.class)
class FormulasTest {
  private final TestSpark spark;

  FormulasTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void ratioIsNullWhenTheDenominatorIsZeroOrNull() {
    Dataset<Row> rows = frame(spark, "a INT, b INT", row(3, 4), row(1, 0), row(1, null), row(0, 5));
    // 3 / 4 = 0.75 in double arithmetic (not the integer 0); 1 / 0 and 1 / NULL are unknown.
    assertValues(values(rows, Formulas.ratio(col("a"), col("b"))), 0.75, null, null, 0.0);
  }

  @Test
  void quantileInterpolatesBetweenOrderStatisticsAndSkipsNull() {
    Dataset<Row> rows = frame(spark, "v DOUBLE", row(4.0), row(1.0), row((Object) null), row(3.0), row(2.0));
    // R type 7 on 1, 2, 3, 4: h = (n − 1) p = 3 · 0.9 = 2.7, so x(2) + 0.7 (x(3) − x(2)) = 3 + 0.7 = 3.7
    // (0-based order statistics); the median is 2 + 0.5 · (3 − 2) = 2.5.
    assertValue(3.7, aggregate(rows, Formulas.quantile("v", 0.9)));
    assertValue(2.5, aggregate(rows, Formulas.quantile("v", 0.5)));
  }

  @Test
  void entropyTermIsMinusPLog2PAndZeroAtZero() {
    Dataset<Row> rows = frame(spark, "p DOUBLE", row(0.5), row(0.25), row(1.0), row(0.0));
    // −0.5 · log2 0.5 = 0.5; −0.25 · log2 0.25 = 0.5; −1 · log2 1 = 0; 0 · log 0 = 0 by convention.
    assertValues(values(rows, Formulas.entropyTerm(col("p"))), 0.5, 0.5, 0.0, 0.0);
  }
}
