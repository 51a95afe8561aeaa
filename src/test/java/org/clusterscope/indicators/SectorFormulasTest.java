package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.clusterscope.indicators.FormulaFrames.aggregate;
import static org.clusterscope.indicators.FormulaFrames.assertValue;
import static org.clusterscope.indicators.FormulaFrames.assertValues;
import static org.clusterscope.indicators.FormulaFrames.frame;
import static org.clusterscope.indicators.FormulaFrames.row;
import static org.clusterscope.indicators.FormulaFrames.values;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sector_profile formulas on one sector at a level of three regions: E_r = 100, 100 and 200
 * (E = 400, x = 0.25, 0.25, 0.5, Σ_all x² = 0.0625 + 0.0625 + 0.25 = 0.375). The sector has 30
 * employees in R1 (establishments of 20 and 10), 10 in R2 (one of 10) and none in R3: E_s = 40,
 * s = 0.75, 0.25. The rows are the sector's cells, R2 first (ascending E_rs/E_r: 0.1, then 0.3),
 * with the Lorenz heights 0.25 and 1.
 */
@ExtendWith(SparkTestExtension.class)
class SectorFormulasTest {
  private static final double SUM_X2 = 0.375;
  private static final double H = 0.375;

  private final TestSpark spark;

  SectorFormulasTest(TestSpark spark) {
    this.spark = spark;
  }

  private Dataset<Row> sector() {
    return frame(spark, "region STRING, s DOUBLE, x DOUBLE, height DOUBLE, squared_sizes DOUBLE, e_s DOUBLE, sum_x2_all DOUBLE",
        row("R2", 0.25, 0.25, 0.25, 100.0, 40.0, SUM_X2),
        row("R1", 0.75, 0.25, 1.0, 500.0, 40.0, SUM_X2));
  }

  @Test
  void regionShareIsTheRegionsShareOfAllEmployment() {
    Dataset<Row> rows = frame(spark, "e_r DOUBLE, e DOUBLE", row(100.0, 400.0), row(0.0, 0.0));
    assertValues(values(rows, SectorFormulas.regionShare(col("e_r"), col("e"))), 0.25, null);
  }

  @Test
  void herfindahlOverRegions() {
    // 0.25² + 0.75² = 0.0625 + 0.5625 = 0.625
    assertValue(0.625, aggregate(sector(), SectorFormulas.herfindahlRegions(col("s"))));
  }

  @Test
  void krugmanConcentrationCountsTheAbsentRegion() {
    // |0.75 − 0.25| + |0.25 − 0.25| + |0 − 0.5| (R3) = 1; closed form 0.5 + 1 − 0.5 = 1.
    assertValue(1.0, aggregate(sector(), SectorFormulas.krugmanConcentration(col("s"), col("x"))));
  }

  @Test
  void locationalGiniIsHalfOfOneMinusTwiceTheAreaUnderTheLorenzCurve() {
    // Trapezoids x (2·height − s) / 2: R2 0.25 · (0.5 − 0.25) / 2 = 0.03125, R1 0.25 · (2 − 0.75) / 2
    // = 0.15625; R3 (height 0) adds none. Area 0.1875; Gini (1 − 2 · 0.1875) / 2 = 0.3125.
    Column area = SectorFormulas.lorenzArea(col("x"), col("height"), col("s"));
    assertValues(values(sector(), area), 0.03125, 0.15625);
    assertValue(0.3125, aggregate(sector().withColumn("area", area), SectorFormulas.locationalGini(col("area"))));
  }

  @Test
  void plantHerfindahlIsNullWhenOneCellHasNoEstablishmentSizes() {
    // (20² + 10² + 10²) / 40² = 600 / 1600 = 0.375
    assertValue(H, aggregate(sector(), SectorFormulas.plantHerfindahl(col("squared_sizes"), col("e_s"))));
    Dataset<Row> withSbsCell = sector().union(frame(spark, "region STRING, s DOUBLE, x DOUBLE, height DOUBLE,"
        + " squared_sizes DOUBLE, e_s DOUBLE, sum_x2_all DOUBLE", row("R4", 0.0, 0.0, 1.0, null, 40.0, SUM_X2)));
    assertValue(null, aggregate(withSbsCell, SectorFormulas.plantHerfindahl(col("squared_sizes"), col("e_s"))));
  }

  @Test
  void rawConcentrationCountsTheAbsentRegionsSquaredShare() {
    // G = (0.25 − 0.25)² + (0.75 − 0.25)² + (0 − 0.5)² (R3) = 0 + 0.25 + 0.25 = 0.5;
    // closed form 0.25 + Σ_all x² − Σ_present x² = 0.25 + 0.375 − 0.125 = 0.5.
    assertValue(0.5, aggregate(sector(), SectorFormulas.rawConcentration(col("s"), col("x"), col("sum_x2_all"))));
  }

  @Test
  void ellisonGlaeserAndMaurelSedillot() {
    Dataset<Row> rows = frame(spark, "g DOUBLE, sum_s2 DOUBLE, sum_x2 DOUBLE, h DOUBLE",
        row(0.5, 0.625, SUM_X2, H), row(0.5, 0.625, SUM_X2, 1.0));
    // EG = [0.5 − (1 − 0.375) · 0.375] / [(1 − 0.375)(1 − 0.375)] = 0.265625 / 0.390625 = 0.68;
    // one plant (H = 1): undefined.
    assertValues(values(rows, SectorFormulas.ellisonGlaeser(col("g"), col("sum_x2"), col("h"))), 0.68, null);
    // G_MS = (0.625 − 0.375) / (1 − 0.375) = 0.4; MS = (0.4 − 0.375) / (1 − 0.375) = 0.04.
    assertValues(values(rows, SectorFormulas.maurelSedillot(col("sum_s2"), col("sum_x2"), col("h"))), 0.04, null);
  }
}
