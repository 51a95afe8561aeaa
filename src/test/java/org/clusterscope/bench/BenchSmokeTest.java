package org.clusterscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clusterscope.cli.Main;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench at tiny scale: every stage is measured, DuckDB, Spark and gold agree on the core
 * indicators (whose values are also checked by hand), and a disagreement is detected. One bench
 * of the register below serves both: its stages also write the silver table that DuckDB and
 * Spark read again.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchSmokeTest {
  // 2023, NACE divisions: DK011 has 10 in division 10 and 30 in 62 (E_r = 40); DK012 has 40 in
  // division 10 and nothing in 62. E_10 = 50, E_62 = 30, E = 80.
  private static final String[] REGISTER = {
      "E1,N1,DK011,10.11,10,,2023,active",
      "E2,N2,DK011,62.01,30,,2023,active",
      "E3,N3,DK012,10.11,20,,2023,active",
      "E4,N4,DK012,10.12,20,,2023,active",
      "E5,N5,DK012,10.11,7,,2022,active"};

  private final TestSpark spark;
  private Workspace ws;
  private BenchReport report;

  BenchSmokeTest(TestSpark spark) {
    this.spark = spark;
  }

  /** The register above, with indicators for one level and scheme only, to keep the test short. */
  @BeforeAll
  void bench(@TempDir Path dir) {
    ws = new Workspace(spark, dir).config("indicators { nuts-levels = [3], sector-schemes = [nace_division] }");
    ws.register("register.csv", REGISTER);
    report = Benchmark.on(spark.spark(), ws.settings()).label("smoke").execute();
  }

  @Test
  void measuresEveryStageAndFindsDuckDbSparkAndGoldInAgreement(@TempDir Path dir) throws Exception {
    assertEquals(List.of("ingest", "conform", "indicators", "linkages", "publish"),
        report.stages().stream().map(StageFigures::stage).toList());
    for (StageFigures stage : report.stages()) {
      assertTrue(stage.seconds() > 0 && stage.peakHeapMb() > 0, stage.toString());
      assertTrue(stage.rowsIn() > 0, stage.toString());
    }
    assertEquals(5, report.stages().get(0).rowsIn());
    assertEquals(5, report.stages().get(1).rowsOut());
    assertTrue(report.stages().get(2).rowsOut() > 0, report.stages().get(2).toString());

    CoreFigures core = report.core();
    assertEquals(new CoreScope(2023, 3, "nace_division"), core.scope());
    assertEquals(3, core.sectorRows());
    assertEquals(2, core.profileRows());
    assertEquals(0, core.duckDbComparison().mismatches(), core.duckDbComparison().firstDifferences().toString());
    assertEquals(0, core.duckDbComparison().missingKeys(), core.duckDbComparison().firstDifferences().toString());
    assertEquals(3 * 5 + 2 * 4, core.duckDbComparison().valuesCompared());
    assertTrue(core.goldComparison().orElseThrow().agrees(), core.goldComparison().toString());
    assertTrue(report.agrees());

    Path out = dir.resolve("out");
    Path json = BenchOutput.write(report, out);
    BenchOutput.write(report, out);
    assertTrue(Files.readString(json).contains("\"spark_duckdb_ratio\""));
    List<String> csv = Files.readAllLines(out.resolve("bench.csv"));
    assertEquals(3, csv.size(), "a header and one line per run");
    assertTrue(csv.get(0).contains("ingest_seconds") && csv.get(1).startsWith("smoke,"), csv.get(0));
  }

  @Test
  void duckDbAndSparkMatchHandComputedValuesAndAnAlteredResultDisagrees(@TempDir Path dir) {
    CoreScope scope = new CoreScope(2023, 3, "nace_division");
    Path parquet = EstablishmentsExport.write(EstablishmentsExport.silver(spark.spark(), ws.settings()), 2023, dir);

    CoreResult duck = DuckDbCore.compute(parquet, scope).value();
    CoreResult sparkResult = SparkCore.compute(spark.spark(), ws.settings(), parquet, scope).value();

    for (CoreResult result : List.of(duck, sparkResult)) {
      Map<String, Double> dk011food = result.regionSector().get("DK011|10");
      assertEquals(0.25, dk011food.get("focus"), 1e-12);
      assertEquals(0.2, dk011food.get("size_share"), 1e-12);
      assertEquals(0.25 / (50.0 / 80), dk011food.get("lq"), 1e-12);
      // Krugman: DK012 lacks division 62, which contributes E_62/E = 0.375.
      assertEquals(0.375 + 0.375, result.regionProfile().get("DK012").get("krugman_index"), 1e-12);
      assertEquals(0.75, result.regionProfile().get("DK011").get("krugman_index"), 1e-12);
      assertEquals(0.25 * 0.25 + 0.75 * 0.75, result.regionProfile().get("DK011").get("herfindahl"), 1e-12);
      assertEquals(1.0, result.regionProfile().get("DK012").get("herfindahl"), 1e-12);
    }
    assertTrue(ResultComparison.of("duckdb", duck, "spark", sparkResult).agrees());

    double lq = duck.regionSector().get("DK011|10").get("lq");
    ResultComparison altered = ResultComparison.of("duckdb", duck.withSectorValue("DK011|10", "lq", lq * (1 + 1e-6)),
        "spark", sparkResult);
    assertFalse(altered.agrees());
    assertEquals(1, altered.mismatches());
    assertTrue(altered.firstDifferences().get(0).contains("DK011|10 lq"), altered.firstDifferences().toString());
    assertTrue(ResultComparison.of("duckdb", duck.withSectorValue("DK011|10", "lq", lq * (1 + 1e-12)),
        "spark", sparkResult).agrees(), "a difference within the tolerance is agreement");
    assertEquals(1, ResultComparison.of("duckdb", duck.withSectorValue("DK011|10", "lq", null), "spark", sparkResult)
        .mismatches(), "NULL against a value is a mismatch");
  }

  @Test
  void anInvalidLevelIsAUsageError(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(new String[] {"bench", "--config", ws.configFile().toString(), "--level", "7"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Invalid --level '7'"), err.toString(StandardCharsets.UTF_8));
  }
}
