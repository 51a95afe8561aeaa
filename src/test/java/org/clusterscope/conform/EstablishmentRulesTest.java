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
    return Rows.byKey(ConformStage.classify(bronze, settings.conform(), ReferenceData.load(settings), sirene),
        "line_number");
  }

  static void assertRejected(Row row, String code, String detailFragment) {
    assertEquals("quarantined", row.getAs("outcome"), String.valueOf(row));
    assertEquals(code, row.getAs("reason_code"), String.valueOf(row));
    String detail = row.getAs("reason_detail");
    assertTrue(detail.contains(detailFragment), "'" + detail + "' lacks '" + detailFragment + "'");
  }
}
