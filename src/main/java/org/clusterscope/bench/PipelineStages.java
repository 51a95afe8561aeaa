package org.clusterscope.bench;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.pipeline.Pipeline.Command;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;

/**
 * Runs ingest, conform, indicators and linkages one after another in one session, each as its
 * own audited pipeline run, with the years chained as {@code run} chains them, and measures each.
 * Rows in and out of ingest and conform are the records read and accepted in the run audit;
 * those of indicators and linkages are the rows of their input and output tables for the years
 * conform wrote, the years both stages are given (counted after the stage, outside its time).
 */
final class PipelineStages {
  private static final List<TableSpec> INDICATOR_INPUTS =
      List.of(PipelineTables.SILVER_ESTABLISHMENTS, PipelineTables.SILVER_SBS_CELLS);
  private static final List<TableSpec> INDICATOR_OUTPUTS = List.of(GoldTables.REGION_SECTOR,
      GoldTables.REGION_PROFILE, GoldTables.SECTOR_PROFILE, GoldTables.REGION_TECHNOLOGY);
  private static final List<TableSpec> LINKAGE_INPUTS = List.of(GoldTables.REGION_SECTOR,
      PipelineTables.SILVER_PATENT_INVENTORS, PipelineTables.SILVER_PATENT_CLASSES, PipelineTables.SILVER_PARTICIPATIONS);
  private static final List<TableSpec> LINKAGE_OUTPUTS = List.of(GoldTables.REGION_LINKS,
      GoldTables.REGION_OPENNESS, GoldTables.SECTOR_LINKS, GoldTables.CROSS_BORDER_CLUSTERS);

  private final SparkSession spark;
  private final Settings settings;
  private final String arguments;

  PipelineStages(SparkSession spark, Settings settings, String arguments) {
    this.spark = spark;
    this.settings = settings;
    this.arguments = arguments;
  }

  /** Runs the four stages on {@code selection} and returns their figures in order. */
  List<StageFigures> run(YearSelection selection) {
    List<StageFigures> figures = new ArrayList<>();
    Measured ingest = stage(Command.INGEST, selection, selection);
    figures.add(ingest.fromAudit());
    Measured conform = stage(Command.CONFORM, YearSelection.of(ingest.audit.years()), selection);
    figures.add(conform.fromAudit());
    YearSelection conformed = YearSelection.of(conform.audit.years());
    Measured indicators = stage(Command.INDICATORS, conformed, conformed);
    figures.add(indicators.fromTables(INDICATOR_INPUTS, INDICATOR_OUTPUTS, conform.audit.years()));
    Measured linkages = stage(Command.LINKAGES, conformed, conformed);
    figures.add(linkages.fromTables(LINKAGE_INPUTS, LINKAGE_OUTPUTS, conform.audit.years()));
    return figures;
  }

  private Measured stage(Command command, YearSelection selection, YearSelection deliverySelection) {
    Pipeline pipeline = new Pipeline(spark, settings);
    try (HeapPeaks heap = HeapPeaks.watch()) {
      Timed<RunAudit> run = Timed.of(() -> pipeline.execute(command, selection, deliverySelection, arguments));
      return new Measured(command, run.value(), run.seconds(), heap.peakMb());
    }
  }

  private long rows(List<TableSpec> tables, SortedSet<Integer> years) {
    long rows = 0;
    for (TableSpec table : tables) {
      rows += spark.table(table.qualifiedName(settings.catalog()))
          .filter(col("reference_year").isin(years.toArray())).count();
    }
    return rows;
  }

  private final class Measured {
    final Command command;
    final RunAudit audit;
    final double seconds;
    final double peakHeapMb;

    Measured(Command command, RunAudit audit, double seconds, double peakHeapMb) {
      this.command = command;
      this.audit = audit;
      this.seconds = seconds;
      this.peakHeapMb = peakHeapMb;
    }

    StageFigures fromAudit() {
      long read = audit.counts().stream().mapToLong(SourceCounts::read).sum();
      long accepted = audit.counts().stream().mapToLong(SourceCounts::accepted).sum();
      return new StageFigures(command.key(), seconds, read, accepted, peakHeapMb);
    }

    StageFigures fromTables(List<TableSpec> inputs, List<TableSpec> outputs, SortedSet<Integer> years) {
      return new StageFigures(command.key(), seconds, rows(inputs, years), rows(outputs, years), peakHeapMb);
    }
  }
}
