package org.clusterscope.conform;

import static org.clusterscope.conform.EstablishmentRulesTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rules of a CORDIS participation: SME flags and amounts with a decimal comma. */
@ExtendWith(SparkTestExtension.class)
class ResearchRulesTest {
  private static final String HEADER = "project_id|organisation_id|name|sme|activity_type|country|nuts_code|role"
      + "|ec_contribution";

  private final TestSpark spark;

  ResearchRulesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void smeIsTrueFalseOrEmpty() {
    Map<String, Row> rows = participations(
        "101|1|A|true|PRC|DE|DE111|coordinator|1",
        "101|2|B||PRC|DE|DE111|participant|1",
        "101|3|C|maybe|PRC|DE|DE111|participant|1");

    assertEquals(true, rows.get("2").getAs("sme"));
    assertEquals("accepted", rows.get("3").getAs("outcome"));
    assertNull(rows.get("3").getAs("sme"));
    assertRejected(rows.get("4"), "invalid_flag", "SME 'maybe' is neither true nor false");
  }

  @Test
  void amountsHaveADecimalCommaAndAPlausibleSize() {
    Map<String, Row> rows = participations(
        "101|1|A|false|PRC|DE|DE111|coordinator|125000,5",
        "101|2|B|false|PRC|DE|DE111|participant|1.234",
        "101|3|C|false|PRC|DE|DE111|participant|" + "9".repeat(400),
        "101|4|D|false|PRC|DE|DE111|participant|20000000000",
        "101|5|E|false|PRC|DE|DE111|participant|1,5e3");

    assertEquals(125000.5, rows.get("2").<Double>getAs("ec_contribution"), 1e-9);
    assertRejected(rows.get("3"), "invalid_amount", "ecContribution '1.234' has a point");
    assertRejected(rows.get("4"), "invalid_amount", "is more than 10,000,000,000 euro");
    assertRejected(rows.get("5"), "invalid_amount", "ecContribution '20000000000' is more than 10,000,000,000 euro");
    assertRejected(rows.get("6"), "invalid_amount", "ecContribution '1,5e3' is not a decimal number");
  }

  /** Organisation rows of project 101 (2021), by line number. */
  private Map<String, Row> participations(String... records) {
    Dataset<Row> bronze = BronzeRows.of(spark.spark(), HEADER, records);
    Dataset<Row> projects = spark.spark().createDataFrame(List.of(RowFactory.create("101", 2021, "HORIZON")),
        DataTypes.createStructType(List.of(
            DataTypes.createStructField("p_id", DataTypes.StringType, false),
            DataTypes.createStructField("p_year", DataTypes.IntegerType, false),
            DataTypes.createStructField("p_programme", DataTypes.StringType, false))));
    return Rows.byKey(Delivery.outcome(ResearchConform.participations(bronze, projects), YearSelection.all()),
        "line_number");
  }
}
