package org.clusterscope.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.Settings;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of a register or SIRENE record, fed one bad record each: its outcome, reason code and
 * a detail that quotes the bad value.
 */
@ExtendWith(SparkTestExtension.class)
class EstablishmentRulesTest {
  private static final String HEADER = "establishment_id|enterprise_id|region_code|nace|employees|size_band"
      + "|reference_year|status|nace_nomenclature|commune_code";

  private final TestSpark spark;

  EstablishmentRulesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void sireneIdentifiersMustHaveTheirDocumentedFormat(@TempDir Path dir) {
    Map<String, Row> rows = classify(dir, "", true,
        "41131234100018|411312341|FRF12|29.10Z||12|2024|A|NAFRev2|68224",   // valid
        "4113123410001|411312341|FRF12|29.10Z||12|2024|A|NAFRev2|68224",    // 13 digits
        "4113123410001X|411312341|FRF12|29.10Z||12|2024|A|NAFRev2|68224",   // a letter
        "9.13654321E+13|913654321|FRF12|29.10Z||12|2024|A|NAFRev2|68224",   // a spreadsheet's number
        "41131234200018|411312341|FRF12|29.10Z||12|2024|A|NAFRev2|68224",   // another enterprise's siret
        "41131234100026|41131234|FRF12|29.10Z||12|2024|A|NAFRev2|68224",    // siren of 8 digits
        "41131234100034||FRF12|29.10Z||12|2024|A|NAFRev2|68224");           // no siren

    assertEquals("accepted", rows.get("2").getAs("outcome"));
    assertRejected(rows.get("3"), "invalid_id", "siret '4113123410001' is not 14 digits");
    assertRejected(rows.get("4"), "invalid_id", "siret '4113123410001X' is not 14 digits");
    assertRejected(rows.get("5"), "invalid_id", "siret '9.13654321E+13' is not 14 digits");
    assertRejected(rows.get("6"), "invalid_id", "siret '41131234200018' does not begin with its siren '411312341'");
    assertRejected(rows.get("7"), "invalid_id", "siren '41131234' is not 9 digits");
    assertRejected(rows.get("8"), "missing_value", "siren is empty");
  }

  @Test
  void employeesBeyondAPlausibleEstablishmentAreRejectedNotReadAsInfinity(@TempDir Path dir) {
    Map<String, Row> rows = classify(dir, "conform.max-employees = 1000", false,
        "E1|F1|DK011|10.11|1000||2023|active||",
        "E2|F2|DK011|10.11|1001||2023|active||",
        "E3|F3|DK011|10.11|" + "9".repeat(400) + "||2023|active||");

    assertEquals("accepted", rows.get("2").getAs("outcome"));
    assertEquals(1000.0, rows.get("2").<Double>getAs("employees"), 0.0);
    assertRejected(rows.get("3"), "invalid_employees",
        "employees '1001' is more than 1000, the most one establishment may have (clusterscope.conform.max-employees)");
    assertRejected(rows.get("4"), "invalid_employees", "employees '999999");
  }

  @Test
  void theDefaultMaximumRejectsAFourHundredDigitNumber(@TempDir Path dir) {
    Map<String, Row> rows = classify(dir, "", false,
        "E1|F1|DK011|10.11|500000||2023|active||",
        "E2|F2|DK011|10.11|" + "1".repeat(400) + "||2023|active||");

    assertEquals("accepted", rows.get("2").getAs("outcome"));
    assertRejected(rows.get("3"), "invalid_employees", "is more than 500000");
  }

  @Test
  void invisibleCharactersInABadValueAreShownInTheDetail(@TempDir Path dir) {
    Map<String, Row> rows = classify(dir, "", false,
        "E1|F1|DK011\u200b|10.11|5||2023|active||",
        "E2|F2|DK011|10.11\u00a0|5||2023|active||",
        "E3|F3|DK011|10.11|5||2023|act\u0007ive||");

    assertRejected(rows.get("2"), "invalid_region", "region_code 'DK011\\u200B' is not a NUTS code");
    assertRejected(rows.get("3"), "invalid_nace", "nace '10.11\\u00A0' is not a NACE Rev.2 class");
    assertRejected(rows.get("4"), "invalid_status", "status 'act\\u0007ive' is neither active nor closed");
  }

  /** The classified rows by line number. */
  private Map<String, Row> classify(Path dir, String config, boolean sirene, String... records) {
    Settings settings = new Workspace(spark, dir).config(config).settings();
    Dataset<Row> bronze = BronzeRows.of(spark.spark(), HEADER, records);
    return Rows.byKey(EstablishmentConform.classify(bronze, settings.conform(), ReferenceData.load(settings), sirene),
        "line_number");
  }

  static void assertRejected(Row row, String code, String detailFragment) {
    assertEquals("quarantined", row.getAs("outcome"), String.valueOf(row));
    assertEquals(code, row.getAs("reason_code"), String.valueOf(row));
    String detail = row.getAs("reason_detail");
    assertTrue(detail.contains(detailFragment), "'" + detail + "' lacks '" + detailFragment + "'");
  }
}
