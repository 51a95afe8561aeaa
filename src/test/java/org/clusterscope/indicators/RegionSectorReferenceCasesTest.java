package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.testing.CaseM2;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.ReferenceCases;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reference cases M2 and LQ1 of shared/reference-cases/README.md, through the pipeline: a
 * register whose cells are the case's matrix goes in, cs_gold.region_sector is read back. The
 * tests share one run of the reference cases, each case in a year of its own
 * ({@link ReferenceCases#run}).
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class RegionSectorReferenceCasesTest {
  private static final double TOLERANCE = 1e-9;
  private static final String[] REGIONS = CaseM2.REGIONS;
  private static final String[] SECTORS = CaseM2.SECTORS;
  private static final double[][] M2 = CaseM2.MATRIX;

  /** Published location quotients of M2. */
  private static final double[][] M2_LQ = {
      {5, 0, 0, 0, 0},
      {0, 0.75, 0.25, 3.5, 0.5},
      {0, 1, 0.5, 1, 2.5},
      {0, 1.25, 1.5, 0.25, 2},
      {0, 2, 2.75, 0.25, 0}};

  private final TestSpark spark;

  RegionSectorReferenceCasesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void locationQuotientsOfCaseM2MatchEconGeo() {
    Workspace ws = ReferenceCases.run(spark);

    List<Row> expected = new ArrayList<>();
    for (int r = 0; r < REGIONS.length; r++) {
      for (int s = 0; s < SECTORS.length; s++) {
        if (M2[r][s] > 0) {
          expected.add(RowFactory.create(REGIONS[r], SECTORS[s], M2[r][s], 100.0, 100.0, 500.0, M2_LQ[r][s]));
        }
      }
    }
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("region_code", DataTypes.StringType, true),
        DataTypes.createStructField("sector_code", DataTypes.StringType, true),
        DataTypes.createStructField("employment", DataTypes.DoubleType, true),
        DataTypes.createStructField("region_employment", DataTypes.DoubleType, true),
        DataTypes.createStructField("sector_employment", DataTypes.DoubleType, true),
        DataTypes.createStructField("total_employment", DataTypes.DoubleType, true),
        DataTypes.createStructField("lq", DataTypes.DoubleType, true)));
    Dataset<Row> actual = cells(ws, CaseM2.YEAR, 3, "nace_class")
        .select("region_code", "sector_code", "employment", "region_employment", "sector_employment",
            "total_employment", "lq")
        .orderBy("region_code", "sector_code");

    // A cell without employment has no row; every other cell carries the published lq.
    spark.assertApproximatelyEqual(spark.spark().createDataFrame(expected, schema), actual, TOLERANCE);
  }

  @Test
  void relatednessDensityOfCaseM2FollowsCoLocationProximity() {
    Workspace ws = ReferenceCases.run(spark);

    // Independently: M from the published lq, c_ij = regions where both have lq >= 1,
    // phi_ij = c_ij / max(u_i, u_j), density_rs = sum_q M_rq phi_qs / sum_q phi_qs.
    int n = SECTORS.length;
    int[][] m = new int[REGIONS.length][n];
    for (int r = 0; r < REGIONS.length; r++) {
      for (int s = 0; s < n; s++) {
        m[r][s] = M2_LQ[r][s] >= 1 ? 1 : 0;
      }
    }
    double[][] phi = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int c = 0;
        int ui = 0;
        int uj = 0;
        for (int[] row : m) {
          c += row[i] * row[j];
          ui += row[i];
          uj += row[j];
        }
        phi[i][j] = (double) c / Math.max(ui, uj);
      }
    }
    int checked = 0;
    for (Row row : cells(ws, CaseM2.YEAR, 3, "nace_class").collectAsList()) {
      int r = java.util.Arrays.asList(REGIONS).indexOf(row.<String>getAs("region_code"));
      int s = java.util.Arrays.asList(SECTORS).indexOf(row.<String>getAs("sector_code"));
      double numerator = 0;
      double denominator = 0;
      for (int q = 0; q < n; q++) {
        numerator += m[r][q] * phi[q][s];
        denominator += phi[q][s];
      }
      assertEquals(numerator / denominator, row.<Double>getAs("relatedness_density"), TOLERANCE, REGIONS[r] + "/" + SECTORS[s]);
      checked++;
    }
    assertEquals(16, checked);
    // I2 in R4: related to I3 and I5 (both specialised there) and to itself.
    Row r4i2 = cells(ws, CaseM2.YEAR, 3, "nace_class").filter(col("region_code").equalTo("DK014").and(col("sector_code").equalTo("20.11"))).head();
    assertTrue(r4i2.<Double>getAs("relatedness_density") > 0.5);
  }

  @Test
  void nutsTwoEmploymentIsTheSumOfItsNutsThreeCells() {
    Workspace ws = ReferenceCases.run(spark);

    Dataset<Row> fromLevel3 = cells(ws, CaseM2.YEAR, 3, "nace_class")
        .groupBy(col("region_code").substr(1, 4).as("region_code"), col("sector_code"))
        .agg(sum("employment").as("employment"));
    Dataset<Row> level2 = cells(ws, CaseM2.YEAR, 2, "nace_class").select("region_code", "sector_code", "employment");
    spark.assertSameRows(fromLevel3.orderBy("region_code", "sector_code"), level2.orderBy("region_code", "sector_code"));
  }

  @Test
  void locationQuotientOfCaseLq1MatchesReat() {
    // Sector 1714 of region 79006; sector total 879213; grand total 15593224 (ReferenceCases).
    Workspace ws = ReferenceCases.run(spark);

    Row cell = cells(ws, ReferenceCases.LQ1_YEAR, 3, "nace_class")
        .filter(col("region_code").equalTo("DK011").and(col("sector_code").equalTo("10.11")))
        .select("lq", "region_employment", "sector_employment", "total_employment")
        .head();
    assertEquals(0.384762342301328, cell.getDouble(0), TOLERANCE);
    assertEquals(79006, cell.getDouble(1));
    assertEquals(879213, cell.getDouble(2));
    assertEquals(15593224, cell.getDouble(3));
  }

  private static Dataset<Row> cells(Workspace ws, int year, int level, String scheme) {
    return ws.table("gold", "region_sector").filter(col("reference_year").equalTo(year)
        .and(col("nuts_level").equalTo(level)).and(col("sector_scheme").equalTo(scheme)));
  }
}
