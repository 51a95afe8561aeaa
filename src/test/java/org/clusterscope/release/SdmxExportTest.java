package org.clusterscope.release;

import static org.clusterscope.release.ReleaseFrames.cell;
import static org.clusterscope.release.ReleaseFrames.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.reference.NaceReference;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The SDMX-CSV export of released region_sector rows, compared with the file written by hand. */
@ExtendWith(SparkTestExtension.class)
class SdmxExportTest {
  private static final NaceReference NACE = NaceReference.load(Path.of("conf/reference/nace_rev2.csv"));

  private final TestSpark spark;

  SdmxExportTest(TestSpark spark) {
    this.spark = spark;
  }

  /** A free section cell, a suppressed division cell, a free class cell after a change of source, a custom category. */
  private Dataset<Row> released() {
    return frame(spark, PubTables.REGION_SECTOR,
        cell(2023, 0, "FR", "nace_section", "C").set("employment", 1200.0).set("establishments", 40L)
            .set("growth_break", false).set("conf_status", "F"),
        cell(2023, 1, "FR1", "nace_division", "10").set("conf_status", "D"),
        cell(2023, 2, "FR10", "nace_class", "10.11").set("employment", 12.5).set("establishments", 3L)
            .set("growth_break", true).set("conf_status", "F"),
        cell(2023, 2, "FR10", "cluster_categories", "automotive").set("employment", 80.0)
            .set("establishments", 2L).set("conf_status", "F"));
  }

  @Test
  void eachCellAndMeasureIsOneObservationAndSuppressedValuesAreEmpty(@TempDir Path folder) throws IOException {
    SdmxExport.Written written = SdmxExport.write(released(), NACE, folder.resolve("out"));

    Path file = folder.resolve("out").resolve("region_sector_2023.csv");
    assertEquals(List.of(file), written.files());
    assertEquals(6, written.observations());
    String flow = "CLUSTERSCOPE:REGION_SECTOR(1.0),A,";
    // sorted by geo, nace_r2, indic_sb; the custom scheme has no NACE_R2 code and is left out
    String expected = "DATAFLOW,FREQ,geo,nace_r2,indic_sb,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\n"
        + flow + "FR,C,V11210,2023,40,,F\r\n"
        + flow + "FR,C,V16110,2023,1200,,F\r\n"
        + flow + "FR1,C10,V11210,2023,,,D\r\n"
        + flow + "FR1,C10,V16110,2023,,,D\r\n"
        + flow + "FR10,C1011,V11210,2023,3,b,F\r\n"
        + flow + "FR10,C1011,V16110,2023,12.5,b,F\r\n";
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
    try (var files = Files.list(folder.resolve("out"))) {
      assertEquals(List.of(file), files.toList(), "no partial file left");
    }
  }

  @Test
  void aFolderThatCannotBeCreatedIsAUsageError(@TempDir Path tmp) throws IOException {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a folder");
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> SdmxExport.write(released(), NACE, blocker.resolve("sdmx")));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains(blocker.resolve("sdmx").toString()), e.getMessage());
    assertTrue(e.getMessage().contains("--sdmx"), e.getMessage());
  }
}
