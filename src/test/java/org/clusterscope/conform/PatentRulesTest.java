package org.clusterscope.conform;

import static org.clusterscope.conform.EstablishmentRulesTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The plausibility rules of REGPAT person rows: country codes, shares, and each application's sum. */
@ExtendWith(SparkTestExtension.class)
class PatentRulesTest {
  private static final String HEADER = "appln_id|person_id|reg_code|ctry_code|reg_share|share|role";

  private final TestSpark spark;

  PatentRulesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void countryCodesMustBeTwoLetters() {
    Map<String, Row> rows = persons(
        "1|p1|US06|US|1|1|inventor",     // valid, outside NUTS
        "2|p2|XX99|??|1|1|inventor",     // not a country code
        "3|p3|9901|99|1|1|inventor",     // digits
        "4|p4|99||1|1|inventor");         // no ctry_code, and reg_code does not begin with a country

    assertEquals("accepted", rows.get("2").getAs("outcome"));
    assertRejected(rows.get("3"), "invalid_region", "ctry_code '??' is not a two-letter country code");
    assertRejected(rows.get("4"), "invalid_region", "ctry_code '99' is not a two-letter country code");
    assertRejected(rows.get("5"), "invalid_region", "ctry_code is empty and reg_code '99' does not begin");
  }

  @Test
  void sharesMustBeFiniteAndGreaterThanZero() {
    Map<String, Row> rows = persons(
        "1|p1|DE111|DE|1|1e-400|inventor",   // underflows to 0
        "2|p2|DE111|DE|1e400|1|inventor",    // overflows to Infinity
        "3|p3|DE111|DE|1|0|inventor",        // no share at all
        "4|p4|DE111|DE|1|abc|inventor");     // not a number

    assertRejected(rows.get("2"), "invalid_share", "inv_share / app_share '1e-400' reads as 0.0, not a share greater than 0");
    assertRejected(rows.get("3"), "invalid_share", "reg_share '1e400' reads as Infinity");
    assertRejected(rows.get("4"), "invalid_share", "inv_share / app_share '0' reads as 0.0");
    assertRejected(rows.get("5"), "invalid_share", "inv_share / app_share 'abc' is not a number");
  }

  @Test
  void anApplicationWhoseWeightsDoNotSumToOneIsQuarantined() {
    Map<String, Row> rows = persons(
        "1|p1|DE111|DE|1|1|inventor",          // 2  sums to 3: three inventors with the whole share each
        "1|p2|DE112|DE|1|1|inventor",          // 3
        "1|p3|DE113|DE|1|1|inventor",          // 4
        "2|p4|DE111|DE|1|0.333333|inventor",   // 5  sums to 0.999999: REGPAT's rounding
        "2|p5|DE112|DE|0.5|0.333333|inventor", // 6  one person in two regions
        "2|p5|DE113|DE|0.5|0.333333|inventor", // 7
        "2|p6|DE111|DE|1|0.333333|inventor",   // 8
        "3|p7|DE111|DE|1|0.5|inventor",        // 9  sums to 0.5, no row missing
        "4|p8|DE111|DE|1|0.5|inventor",        // 10 sums to 0.5: the other half is quarantined
        "4|p9|DE1111|DE|1|0.5|inventor",       // 11
        "5|a1|DE111|DE|1|1|applicant",         // 12 applicants are summed apart from inventors
        "5|p10|DE111|DE|1|1|inventor",         // 13
        "5|p10|DE111|DE|1|1|inventor");        // 14 a repeated row is not counted twice

    for (String line : List.of("2", "3", "4")) {
      assertRejected(rows.get(line), "invalid_share_sum",
          "the weights (share x reg_share) of the 3 accepted rows of application '1' sum to 3.0000, not 1");
    }
    for (String line : List.of("5", "6", "7", "8", "10", "12", "13")) {
      assertEquals("accepted", rows.get(line).getAs("outcome"), line);
    }
    assertRejected(rows.get("9"), "invalid_share_sum", "sum to 0.5000, not 1 (tolerance 0.01)");
    assertRejected(rows.get("11"), "invalid_region", "reg_code 'DE1111'");
    assertRejected(rows.get("14"), "duplicate_id", "person 'p10'");
  }

  /** Person rows checked against applications 1 to 5 (all of 2021), by line number. */
  private Map<String, Row> persons(String... records) {
    Dataset<Row> bronze = BronzeRows.of(spark.spark(), HEADER, records);
    List<Row> years = List.of(RowFactory.create("1", 2021), RowFactory.create("2", 2021), RowFactory.create("3", 2021),
        RowFactory.create("4", 2021), RowFactory.create("5", 2021));
    Dataset<Row> applications = spark.spark().createDataFrame(years, DataTypes.createStructType(List.of(
        DataTypes.createStructField("a_id", DataTypes.StringType, false),
        DataTypes.createStructField("a_year", DataTypes.IntegerType, false))));
    return Rows.byKey(Delivery.outcome(PatentConform.persons(bronze, applications), YearSelection.all()), "line_number");
  }
}
