package org.clusterscope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageTables;
import org.clusterscope.pipeline.Pipeline.Command;
import org.clusterscope.publish.TableSpec;
import org.junit.jupiter.api.Test;

/** The chain of stages that run and bench share, and the tables each format's stages read and write. */
class StageChainTest {
  /** One source of every format. */
  private static final List<SourceSettings> EVERY_FORMAT = Arrays.stream(SourceFormat.values())
      .map(format -> new SourceSettings(format.key(), format, Map.of(), Map.of())).toList();

  @Test
  void everyTableAStageReadsIsWrittenByAnEarlierStage() {
    Set<TableSpec> written = new HashSet<>();
    for (Stage stage : Pipeline.STAGES) {
      StageTables tables = stage.tables(EVERY_FORMAT);
      for (TableSpec input : tables.inputs()) {
        assertTrue(written.contains(input), stage.name() + " reads " + input.name() + ", which no earlier stage writes");
      }
      written.addAll(tables.outputs());
    }
  }

  @Test
  void runChainsTheStagesOfTheSingleStageCommandsInOrder() {
    List<Command> singles = List.of(Command.INGEST, Command.CONFORM, Command.INDICATORS, Command.LINKAGES, Command.PUBLISH);
    for (Command command : singles) {
      assertEquals(List.of(command.key()), command.stages().stream().map(Stage::name).toList());
    }
    assertEquals(singles.stream().flatMap(command -> command.stages().stream()).toList(), Command.RUN.stages());
  }

  @Test
  void onlyIngestRunsWithoutReferenceData() {
    assertFalse(Command.INGEST.stages().get(0).readsReference());
    for (Command command : List.of(Command.CONFORM, Command.INDICATORS, Command.LINKAGES, Command.PUBLISH)) {
      assertTrue(command.stages().get(0).readsReference(), command.key());
    }
  }

  @Test
  void eachFormatIsReadIntoItsBronzeTablesAndConformedIntoItsSilverTables() {
    assertTables(SourceFormat.REGISTER_CSV, List.of("bronze.register"), List.of("silver.establishments"));
    assertTables(SourceFormat.SIRENE, List.of("bronze.register"), List.of("silver.establishments"));
    assertTables(SourceFormat.SBS, List.of("bronze.sbs"), List.of("silver.sbs_cells"));
    assertTables(SourceFormat.REGPAT, List.of("bronze.regpat_persons", "bronze.regpat_ipc"),
        List.of("silver.patent_classes", "silver.patent_inventors"));
    assertTables(SourceFormat.CORDIS, List.of("bronze.cordis_organizations", "bronze.cordis_projects"),
        List.of("silver.participations"));
  }

  @Test
  void sourcesSharingATableCreateItOnce() {
    List<SourceSettings> registers = Stream.of(SourceFormat.REGISTER_CSV, SourceFormat.SIRENE, SourceFormat.REGISTER_CSV)
        .map(format -> new SourceSettings(format.key(), format, Map.of(), Map.of())).toList();
    StageTables conform = Command.CONFORM.stages().get(0).tables(registers);
    assertEquals(List.of("bronze.register", "silver.establishments"), names(conform.all()));
  }

  private static void assertTables(SourceFormat format, List<String> bronze, List<String> silver) {
    List<SourceSettings> source = List.of(new SourceSettings("s", format, Map.of(), Map.of()));
    StageTables ingest = Command.INGEST.stages().get(0).tables(source);
    StageTables conform = Command.CONFORM.stages().get(0).tables(source);
    assertEquals(List.of(), ingest.inputs(), format.key());
    assertEquals(bronze, names(ingest.outputs()), format.key());
    assertEquals(bronze, names(conform.inputs()), format.key());
    assertEquals(silver, names(conform.outputs()), format.key());
  }

  private static List<String> names(List<TableSpec> tables) {
    return tables.stream().map(table -> table.layer().suffix() + "." + table.name()).toList();
  }
}
