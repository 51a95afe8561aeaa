package org.clusterscope.bench;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.pipeline.Pipeline.StageRun;
import org.clusterscope.publish.TableSpec;

/**
 * Runs the pipeline's stages ({@link Pipeline#STAGES}) one after another in one session, each as
 * its own audited pipeline run, with the years chained as {@code run} chains them, and measures
 * each. Rows in and out of a stage that reads records (ingest, conform) are the records read and
 * accepted in its run audit; those of the others are the rows of their measured input and their
 * output tables for the years they were given (counted after the stage, outside its time).
 */
final class PipelineStages {
  private final SparkSession spark;
  private final Settings settings;
  private final String arguments;

  PipelineStages(SparkSession spark, Settings settings, String arguments) {
    this.spark = spark;
    this.settings = settings;
    this.arguments = arguments;
  }

  /** Runs the stages on {@code selection} and returns their figures in order. */
  List<StageFigures> run(YearSelection selection) {
    List<StageFigures> figures = new ArrayList<>();
    StageYears years = StageYears.of(selection);
    for (Stage stage : Pipeline.STAGES) {
      Measured measured = measure(stage, years);
      // A stage without record counts is measured by the rows of the years it wrote: publish writes
      // gold's years even where linkages, before it, wrote none (a register without patents).
      SortedSet<Integer> written = measured.run.result().written();
      figures.add(measured.run.audit().counts().isEmpty()
          ? measured.fromTables(written.isEmpty() ? years.upstream().years().orElseThrow() : written)
          : measured.fromAudit());
      years = measured.run.result().next();
    }
    return figures;
  }

  private Measured measure(Stage stage, StageYears years) {
    Pipeline pipeline = new Pipeline(spark, settings);
    try (HeapPeaks heap = HeapPeaks.watch()) {
      Timed<StageRun> run = Timed.of(() -> pipeline.execute(stage, years, arguments));
      return new Measured(stage, run.value(), run.seconds(), heap.peakMb());
    }
  }

  /** Rows of {@code years} in the tables that hold reference years (not, say, cs_ops.releases). */
  private long rows(List<TableSpec> tables, SortedSet<Integer> years) {
    long rows = 0;
    for (TableSpec table : tables) {
      if (!table.columnNames().contains("reference_year")) {
        continue;
      }
      rows += spark.table(table.qualifiedName(settings.catalog()))
          .filter(col("reference_year").isin(years.toArray())).count();
    }
    return rows;
  }

  private final class Measured {
    final Stage stage;
    final StageRun run;
    final double seconds;
    final double peakHeapMb;

    Measured(Stage stage, StageRun run, double seconds, double peakHeapMb) {
      this.stage = stage;
      this.run = run;
      this.seconds = seconds;
      this.peakHeapMb = peakHeapMb;
    }

    StageFigures fromAudit() {
      RunAudit audit = run.audit();
      long read = audit.counts().stream().mapToLong(SourceCounts::read).sum();
      long accepted = audit.counts().stream().mapToLong(SourceCounts::accepted).sum();
      return new StageFigures(stage.name(), seconds, read, accepted, peakHeapMb);
    }

    StageFigures fromTables(SortedSet<Integer> years) {
      return new StageFigures(stage.name(), seconds, rows(stage.measuredInputs(settings.sources()), years),
          rows(stage.tables(settings.sources()).outputs(), years), peakHeapMb);
    }
  }
}
