package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.clusterscope.indicators.FormulaFrames.assertValues;
import static org.clusterscope.indicators.FormulaFrames.frame;
import static org.clusterscope.indicators.FormulaFrames.row;
import static org.clusterscope.indicators.FormulaFrames.values;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The patent formulas: fractional shares, share of region, RTA and its symmetric form, intensity. */
@ExtendWith(SparkTestExtension.class)
class TechnologyFormulasTest {
  private final TestSpark spark;

  TechnologyFormulasTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void anApplicationIsSharedEquallyOverItsFields() {
    Dataset<Row> rows = frame(spark, "fields ARRAY<INT>", row(List.of(1, 2, 3, 4)), row(List.of(7)));
    // 1 / 4 and 1 / 1
    assertValues(values(rows, TechnologyFormulas.equalShare(col("fields"))), 0.25, 1.0);
  }

  @Test
  void rtaIsTheLocationQuotientOfPatents() {
    Dataset<Row> rows = frame(spark, "p_rt DOUBLE, p_r DOUBLE, p_t DOUBLE, p DOUBLE",
        row(2.0, 8.0, 5.0, 40.0), row(1.0, 8.0, 10.0, 40.0), row(0.0, 0.0, 5.0, 40.0));
    // share 2 / 8 = 0.25, RTA 0.25 / (5 / 40) = 2; share 1 / 8 = 0.125, RTA 0.125 / 0.25 = 0.5.
    assertValues(values(rows, TechnologyFormulas.shareOfRegion(col("p_rt"), col("p_r"))), 0.25, 0.125, null);
    assertValues(values(rows, TechnologyFormulas.revealedTechnologicalAdvantage(col("p_rt"), col("p_r"),
        col("p_t"), col("p"))), 2.0, 0.5, null);
  }

  @Test
  void symmetricRtaMapsOneToZero() {
    Dataset<Row> rows = frame(spark, "rta DOUBLE", row(2.0), row(1.0), row(0.0), row((Object) null));
    // (2 − 1) / (2 + 1) = 1/3; (1 − 1) / 2 = 0; (0 − 1) / 1 = −1.
    assertValues(values(rows, TechnologyFormulas.symmetric(col("rta"))), 1.0 / 3, 0.0, -1.0, null);
  }

  @Test
  void patentIntensityIsPer10kEmployeesAndNullBelowTheMinimum() {
    Dataset<Row> rows = frame(spark, "patents DOUBLE, employment DOUBLE",
        row(3.0, 200.0), row(3.0, 100.0), row(3.0, 50.0), row(0.0, 400.0));
    // 3 / 200 · 10,000 = 150; at the minimum of 100: 300; 50 employees: NULL; no patents: 0.
    assertValues(values(rows, TechnologyFormulas.patentsPer10k(col("patents"), col("employment"), 100)),
        150.0, 300.0, null, 0.0);
    assertValues(values(rows, TechnologyFormulas.per10k(col("patents"), col("employment"))),
        150.0, 300.0, 600.0, 0.0);
  }
}
