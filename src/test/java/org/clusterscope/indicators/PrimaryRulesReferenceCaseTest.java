package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference case SDC1 of shared/reference-cases/README.md (primary part), through the whole
 * pipeline with the default rules: activities 01, 02 and 06 are NACE divisions (classes 01.11,
 * 02.10, 06.10), tr1 and tr2 the NUTS 3 regions DK011 and DK012. Each enterprise has one
 * establishment; the case gives each cell's value, contributors and largest contributor, and the
 * other contributors here are chosen so that the second rule of the defaults, (2, 90), holds
 * nowhere the case says free.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class PrimaryRulesReferenceCaseTest {
  /** activity, region, the enterprises' employment: value, contributors and largest as the case gives them. */
  private static final Object[][] CELLS = {
      // 100, 10 contributors, largest 20; the two largest 36 %
      {"01.11", "DK011", new int[] {20, 16, 8, 8, 8, 8, 8, 8, 8, 8}},
      // 50, 5, largest 15; the two largest 50 %
      {"01.11", "DK012", new int[] {15, 10, 10, 10, 5}},
      // 30, 2, largest 20
      {"02.10", "DK011", new int[] {20, 10}},
      // 20, 5, largest 10; the two largest 70 %
      {"02.10", "DK012", new int[] {10, 4, 2, 2, 2}},
      // 60, 8, largest 16; the two largest 40 %
      {"06.10", "DK011", new int[] {16, 8, 6, 6, 6, 6, 6, 6}},
      // 40, 6, largest 38 (95 %)
      {"06.10", "DK012", new int[] {38, 1, 1, 0, 0, 0}},
  };

  private final TestSpark spark;

  PrimaryRulesReferenceCaseTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void caseSdc1FlagsFrequencyAndDominanceAndLeavesTheOthersFree(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir);
    List<String> records = new ArrayList<>();
    for (Object[] cell : CELLS) {
      int[] employees = (int[]) cell[2];
      for (int i = 0; i < employees.length; i++) {
        String id = cell[0] + "-" + cell[1] + "-" + i;
        records.add(String.join(",", id, id, (String) cell[1], (String) cell[0], String.valueOf(employees[i]), "",
            "2023", "active"));
      }
    }
    ws.register("register.csv", records.toArray(String[]::new));
    ws.runThrough(Pipeline.Command.INDICATORS);

    Map<String, Row> gold = Rows.byKey(ws.table("gold", "region_sector").filter(col("nuts_level").equalTo(3)
        .and(col("sector_scheme").equalTo("nace_division"))), "sector_code", "region_code");
    assertEquals(6, gold.size(), gold.keySet().toString());
    assertCell(gold, "01|DK011", "free", 10, 100);
    assertCell(gold, "01|DK012", "free", 5, 50);
    assertCell(gold, "02|DK011", "primary_frequency", 2, 30);
    assertCell(gold, "02|DK012", "free", 5, 20);
    assertCell(gold, "06|DK011", "free", 8, 60);
    assertCell(gold, "06|DK012", "primary_dominance", 6, 40);
  }

  private static void assertCell(Map<String, Row> gold, String key, String confidentiality, long contributors,
      double employment) {
    Row cell = gold.get(key);
    assertEquals(employment, cell.<Double>getAs("employment"), 0.0, key + " employment");
    assertEquals(contributors, cell.<Long>getAs("contributors"), key + " contributors");
    assertEquals(confidentiality, cell.getAs("confidentiality"), key + " confidentiality");
  }
}
