package org.clusterscope.incremental;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun without input changes writes no table; a rerun after one year of one file changed
 * redoes that year and the later years that read it, and gives the gold and released tables of a
 * full run.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class IncrementalRunTest {
  /** Four establishments in each of 2016, 2021 and 2022, all in one file. */
  private static final List<String> RECORDS = List.of(
      "E1,N1,DK011,10.11,10,,YEAR,active", "E2,N2,DK012,62.01,20,,YEAR,active",
      "E3,N3,DK012,10.11,8,,YEAR,active", "E4,N4,DK011,62.01,5,,YEAR,active");
  private static final List<Integer> YEARS = List.of(2016, 2021, 2022);

  private final TestSpark spark;

  IncrementalRunTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void rerunsRedoOnlyWhatTheirInputsChangedAndEqualAFullRun(@TempDir Path dir) {
    // One sector scheme: the comparison with a full run does not need four, and each costs time.
    Workspace ws = new Workspace(spark, dir).config("indicators.sector-schemes = [nace_class]");
    ws.register("register.csv", records(2016, "10"));
    RunAudit first = run(ws, false);
    assertEquals(Set.copyOf(YEARS), first.years());
    assertEquals(List.of(), first.skipped(), "the first run has nothing to compare with");

    // Unchanged inputs: every table keeps its Delta version.
    Map<String, Long> versions = versions(ws);
    RunAudit unchanged = run(ws, false);
    assertEquals(versions, versions(ws));
    assertEquals(Set.of(), unchanged.years());
    assertEquals(List.of(
        "register 2016, 2021, 2022: inputs unchanged since run " + first.runId(),
        "indicators, linkages, publish: no input changed since run " + first.runId()), unchanged.skipped());
    assertEquals(unchanged.skipped(), ws.table("ops", "runs").filter(col("run_id").equalTo(unchanged.runId()))
        .select("skipped").head().getList(0));

    // 2016 corrected: 2016 is redone, and 2021, whose 5-year CAGR reads 2016; 2022 (reading 2021
    // and 2017) is not.
    ws.register("register.csv", records(2016, "30"));
    RunAudit changed = run(ws, false);
    assertEquals(Set.of(2016, 2021), changed.years());
    assertEquals(List.of(
        "register 2021, 2022: records unchanged since run " + unchanged.runId(),
        "indicators, linkages, publish 2022: no year they read (the year and the 5 before) changed since run "
            + unchanged.runId()), changed.skipped());
    Dataset<Row> bronze = ws.table("bronze", "register");
    assertEquals(List.of(changed.runId()), runIds(bronze.filter(col("reference_year").equalTo(2016))));
    assertEquals(List.of(first.runId()), runIds(bronze.filter(col("reference_year").notEqual(2016))));
    assertEquals(12, bronze.count());

    Map<String, Dataset<Row>> incremental = snapshot(ws);
    RunAudit full = run(ws, true);
    assertEquals(Set.copyOf(YEARS), full.years());
    assertEquals(List.of(), full.skipped());
    Map<String, Dataset<Row>> recomputed = snapshot(ws);
    assertEquals(incremental.keySet(), recomputed.keySet());
    assertTrue(incremental.keySet().containsAll(List.of("gold.region_sector", "gold.region_profile", "pub.region_sector")),
        incremental.keySet().toString());
    incremental.forEach((table, rows) -> spark.assertSameRows(rows, recomputed.get(table)));
    Row dk011 = ws.table("gold", "region_sector").filter(col("reference_year").equalTo(2021)
        .and(col("nuts_level").equalTo(3)).and(col("region_code").equalTo("DK011"))
        .and(col("sector_scheme").equalTo("nace_class")).and(col("sector_code").equalTo("10.11"))).head();
    assertEquals(Math.pow(10.0 / 30, 1.0 / 5) - 1, dk011.<Double>getAs("employment_cagr_5y"), 1e-12,
        "2021's CAGR reads the corrected 2016");
  }

  /** The four years' records, with E1's employees in {@code year} set to {@code employees}. */
  private static String[] records(int year, String employees) {
    List<String> lines = new ArrayList<>();
    for (int y : YEARS) {
      for (String record : RECORDS) {
        String line = record.replace("YEAR", String.valueOf(y));
        lines.add(y == year && line.startsWith("E1,") ? line.replace(",10,", "," + employees + ",") : line);
      }
    }
    return lines.toArray(String[]::new);
  }

  private RunAudit run(Workspace ws, boolean full) {
    return new Pipeline(spark.spark(), ws.settings()).execute(Pipeline.Command.RUN, YearSelection.all(), "test", full);
  }

  private static List<String> runIds(Dataset<Row> rows) {
    return rows.select("run_id").distinct().as(Encoders.STRING()).collectAsList();
  }

  /**
   * The latest Delta version of every table of the product's layers; the released layer's by its
   * stored tables, since cs_pub holds views of them.
   */
  private Map<String, Long> versions(Workspace ws) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String table : tables(ws, "bronze", "silver", "gold", "pub_store")) {
      out.put(table, spark.spark().sql("DESCRIBE HISTORY " + ws.prefix() + "_" + table + " LIMIT 1").head()
          .<Long>getAs("version"));
    }
    return out;
  }

  /** The gold and released tables' rows, held locally so that later writes cannot change them. */
  private Map<String, Dataset<Row>> snapshot(Workspace ws) {
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    for (String table : tables(ws, "gold", "pub")) {
      Dataset<Row> rows = spark.spark().table(ws.prefix() + "_" + table);
      out.put(table, spark.spark().createDataFrame(rows.collectAsList(), rows.schema()));
    }
    return out;
  }

  private List<String> tables(Workspace ws, String... layers) {
    List<String> out = new ArrayList<>();
    for (String layer : layers) {
      spark.spark().sql("SHOW TABLES IN " + ws.prefix() + "_" + layer).collectAsList()
          .forEach(r -> out.add(layer + "." + r.getString(1)));
    }
    return out;
  }
}
