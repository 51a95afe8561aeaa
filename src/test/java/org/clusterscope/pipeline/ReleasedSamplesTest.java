package org.clusterscope.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.release.PubTables;
import org.clusterscope.release.ReleasedTables;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The released tables of the samples' gold where nothing is suppressed: every table must come out
 * as gold, less the internal columns, with conf_status F. This holds the masking's joins to the real
 * gold tables of every kind, level, scheme and year (the rules themselves are checked on hand-made
 * rows in the release package).
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class ReleasedSamplesTest {
  private final TestSpark spark;

  ReleasedSamplesTest(TestSpark spark) {
    this.spark = spark;
  }

  /** Every cell of gold region_sector and every total of its years, levels and schemes, free. */
  private static Dataset<Row> allFree(Dataset<Row> regionSector) {
    Column year = col("reference_year");
    Column level = col("nuts_level");
    Column scheme = col("sector_scheme");
    Column total = lit("_T");
    return regionSector.select(year, level, col("region_code"), scheme, col("sector_code"))
        .union(regionSector.select(year, level, col("region_code"), scheme, total).distinct())
        .union(regionSector.select(year, level, total, scheme, col("sector_code")).distinct())
        .union(regionSector.select(year, level, total, scheme, total).distinct())
        .withColumn("conf_status", lit("F"));
  }

  @Test
  void theSamplesArePublishedWithNoCellDisclosedAndNoProtectedValueReadable() {
    SampleRun run = SampleRun.of(spark);
    Workspace ws = run.ws();
    Dataset<Row> audit = ws.table("ops", "disclosure_audit").filter(col("run_id").equalTo(run.audit().runId()));
    assertTrue(audit.count() > 0, "the run audited what it published");
    assertEquals(0, audit.filter(col("exactly_disclosed").notEqual(0)).count());
    assertTrue(audit.agg(org.apache.spark.sql.functions.sum("secondary")).first().getLong(0) > 0,
        "the samples need secondary suppression");

    Dataset<Row> released = ws.table("pub", "region_sector");
    Dataset<Row> gold = ws.table("gold", "region_sector");
    assertEquals(gold.count(), released.count(), "one released row per gold cell");
    Column withheld = col("conf_status").isin("C", "D");
    assertTrue(released.filter(col("conf_status").equalTo("C")).count() > 0);
    assertEquals(0, released.filter(withheld.and(col("employment").isNotNull().or(col("establishments").isNotNull())
        .or(col("lq").isNotNull()))).count(), "no value of a withheld cell is readable");
    // every cell a primary rule flags in gold is withheld in cs_pub
    String[] keys = {"nuts_level", "region_code", "sector_scheme", "sector_code"};
    Dataset<Row> flagged = gold.filter(col("confidentiality").notEqual("free")).select("reference_year", keys);
    assertTrue(flagged.count() > 0);
    assertEquals(0, flagged.intersect(released.filter(col("conf_status").equalTo("F")).select("reference_year", keys))
        .count());
  }

  @Test
  void withNothingSuppressedEveryReleasedTableIsItsGoldTable() {
    Workspace ws = SampleRun.of(spark).ws();
    Map<TableSpec, Dataset<Row>> gold = new LinkedHashMap<>();
    PubTables.GOLD.forEach(spec -> gold.put(spec, ws.table("gold", spec.name())));
    assertTrue(gold.get(GoldTables.REGION_TECHNOLOGY).count() > 0, "the samples have patents");

    Map<TableSpec, Dataset<Row>> released = ReleasedTables.of(gold, allFree(gold.get(GoldTables.REGION_SECTOR)));

    assertEquals(PubTables.ALL, List.copyOf(released.keySet()));
    for (TableSpec goldSpec : PubTables.GOLD) {
      TableSpec pub = PubTables.named(goldSpec.name()).orElseThrow();
      Dataset<Row> rows = released.get(pub);
      assertEquals(0, rows.filter(col("conf_status").notEqual("F")).count(), pub.name());
      List<String> values = pub.columnNames().stream()
          .filter(c -> !c.equals(PubTables.OBS_STATUS) && !c.equals(PubTables.CONF_STATUS)).toList();
      Column[] columns = values.stream().map(c -> col(c)).toArray(Column[]::new);
      spark.assertSameRows(gold.get(goldSpec).select(columns), rows.select(columns));
    }

    // 'b' exactly where gold has a growth (or CAGR) across two sources
    Dataset<Row> cells = gold.get(GoldTables.REGION_SECTOR);
    long breaks = cells.filter(col("employment_growth_1y").isNotNull().and(col("growth_break"))
        .or(col("employment_cagr_5y").isNotNull().and(col("cagr_5y_break")))).count();
    assertEquals(breaks, released.get(PubTables.REGION_SECTOR).filter(col("obs_status").equalTo("b")).count());
  }
}
