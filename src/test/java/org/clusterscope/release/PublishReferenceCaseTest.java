package org.clusterscope.release;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.testing.CaseM2;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reference case SDC1 (shared/reference-cases/README.md) through the whole pipeline: a register
 * whose NUTS 3 × NACE division cells are the case's table (activities 01, 02 and 06, regions tr1
 * = DE111 and tr2 = DE112, the only regions), published with the default primary rules.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishReferenceCaseTest {
  private static final String TR1 = "DE111";
  private static final String TR2 = "DE112";
  private final TestSpark spark;
  private Workspace ws;

  PublishReferenceCaseTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void run() {
    List<String> records = new ArrayList<>();
    // Cell: region, NACE class, the employment of each enterprise (one establishment each).
    cell(records, TR1, "01.11", 20, 9, 9, 9, 9, 9, 9, 9, 9, 8); // 100, 10 contributors, largest 20
    cell(records, TR2, "01.11", 15, 9, 9, 9, 8); // 50, 5, 15
    cell(records, TR1, "02.10", 20, 10); // 30, 2, 20: frequency
    cell(records, TR2, "02.10", 10, 3, 3, 2, 2); // 20, 5, 10
    cell(records, TR1, "06.10", 16, 6, 6, 6, 6, 6, 7, 7); // 60, 8, 16
    cell(records, TR2, "06.10", 38, 1, 1, 0, 0, 0); // 40, 6, 38: dominance (95 %)
    ws = new Workspace(spark, spark.warehouse().resolve("sdc1"))
        .config("indicators { nuts-levels = [3], sector-schemes = [nace_division] }");
    ws.register("sdc1.csv", records.toArray(String[]::new));
    ws.run();
  }

  private static void cell(List<String> records, String region, String nace, int... employees) {
    for (int e = 0; e < employees.length; e++) {
      String id = region + "_" + nace + "_" + e;
      records.add(CaseM2.record(id, region, nace, employees[e], CaseM2.YEAR));
    }
  }

  private Map<String, String> status() {
    Map<String, String> status = new TreeMap<>();
    for (Row r : ws.table("pub", "region_sector").select("region_code", "sector_code", "conf_status").collectAsList()) {
      status.put(r.getString(1) + "/" + (r.getString(0).equals(TR1) ? "tr1" : "tr2"), r.getString(2));
    }
    return status;
  }

  @Test
  void thePrimaryCellsAndTheSecondaryOnesTauArgusChoseAreSuppressed() {
    assertEquals(Map.of("01/tr1", "F", "01/tr2", "F", "02/tr1", "C", "02/tr2", "D", "06/tr1", "D", "06/tr2", "C"),
        status());
  }

  @Test
  void noSuppressedValueIsReadable() {
    long readable = ws.table("pub", "region_sector")
        .filter(col("conf_status").notEqual("F")
            .and(col("employment").isNotNull().or(col("establishments").isNotNull()).or(col("lq").isNotNull())))
        .count();
    assertEquals(0, readable);
    // The totals stay released: every row, every total.
    assertEquals(0, ws.table("pub", "region_sector").filter(col("region_employment").isNull()
        .or(col("sector_employment").isNull()).or(col("total_employment").isNull())).count());
  }

  @Test
  void theAuditFindsNoDisclosureAndCountsThePattern() {
    List<Row> audit = ws.table("ops", "disclosure_audit")
        .filter(col("table").equalTo("region_sector").and(col("sector_scheme").equalTo("nace_division")))
        .select("exactly_disclosed", "primary", "secondary").collectAsList();
    assertTrue(!audit.isEmpty(), "audit rows for region_sector");
    assertEquals(0L, ((Number) audit.get(0).get(0)).longValue());
    assertEquals(2L, ((Number) audit.get(0).get(1)).longValue());
    assertEquals(2L, ((Number) audit.get(0).get(2)).longValue());
  }

  @Test
  void publishingAgainGivesTheSameRows() {
    Map<String, String> before = status();
    long rows = ws.table("pub", "region_sector").count();
    ws.run(Pipeline.Command.PUBLISH, YearSelection.all());
    assertEquals(before, status());
    assertEquals(rows, ws.table("pub", "region_sector").count());
  }
}
