package org.clusterscope.ops;

import java.util.List;
import java.util.function.Supplier;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/**
 * One stage of the pipeline, in the shape {@code run} chains it and {@code bench} measures it:
 * its name, the tables it reads and writes, and its result. A stage holds no state of its own;
 * everything a run shares comes in through {@link #execute}, so one list of stages
 * ({@code Pipeline.STAGES}) serves every run, whole or stage by stage. The interface sits in
 * {@code ops}, beside {@link StageContext}, because every stage package depends on {@code ops}
 * and {@code ops} on none of them.
 */
public interface Stage {

  /** The stage's name: its command, and its line in the run log and the bench report. */
  String name();

  /**
   * The tables the stage reads and writes for the configured sources; the pipeline creates any
   * that are missing before the stage runs, so a stage reads an empty table rather than failing.
   */
  StageTables tables(List<SourceSettings> sources);

  /**
   * The input tables whose rows measure the stage's work (the rows in of {@code bench}): all its
   * inputs unless the stage says otherwise.
   */
  default List<TableSpec> measuredInputs(List<SourceSettings> sources) {
    return tables(sources).inputs();
  }

  /**
   * Whether the stage reads the reference tables. A command whose stages do loads them before
   * its first stage, so a broken reference file fails before anything is written; {@code ingest}
   * alone runs without them.
   */
  boolean readsReference();

  /**
   * Runs the stage.
   *
   * @param reference the run's reference tables, loaded once for the run
   * @param years the user's selection and the years the earlier stages of the run wrote
   */
  StageResult execute(StageContext ctx, Supplier<ReferenceData> reference, StageYears years);
}
