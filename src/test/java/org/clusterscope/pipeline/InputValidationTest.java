package org.clusterscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clusterscope.config.Settings;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** validate applies the ingest and conform rules, writes nothing, and flags a failing source. */
@ExtendWith(SparkTestExtension.class)
class InputValidationTest {
  private final TestSpark spark;

  InputValidationTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void reportsWhatRunWouldAcceptAndRejectWithoutWriting(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir).config("quality.max-quarantine-share = 0.3");
    ws.register("r.csv",
        "E1,E1,DK011,10.11,5,,2023,active",
        "E2,E2,DK011,10.11,5,,2023,closed",
        "E3,E3,DK011,10.11,5,,20x3,active",
        "E4,E4,DK011,nace,5,,2023,active",
        "E1,E1,DK011,10.11,7,,2023,active");
    Settings settings = ws.settings();

    List<InputValidation.SourceReport> reports = new InputValidation(spark.spark(), settings, ReferenceData.load(settings))
        .validate(YearSelection.all(), 3);

    InputValidation.SourceReport report = reports.get(0);
    assertEquals(5, report.counts().read());
    assertEquals(1, report.counts().accepted());
    assertEquals(Map.of("invalid_year", 1L, "invalid_nace", 1L, "duplicate_id", 1L), report.counts().quarantinedByReason());
    assertEquals(Map.of("closed", 1L), report.counts().excludedByReason());
    assertTrue(report.failed(), "3 of 5 rejected is above the 30 % allowed");
    assertTrue(report.examples().stream().anyMatch(e -> e.contains("invalid_nace") && e.contains("line 5")), report.examples().toString());
    assertFalse(spark.spark().catalog().databaseExists(ws.prefix() + "_bronze"), "validate writes nothing");
  }
}
