package org.clusterscope.conform;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/** sbs: bronze cells to {@code cs_silver.sbs_cells} by the rules of {@link SbsCells}. */
final class SbsConform implements ConformFormat {

  @Override
  public List<TableSpec> silverTables() {
    return List.of(PipelineTables.SILVER_SBS_CELLS);
  }

  /** The years ingest wrote in this run (all of bronze when conform runs alone). */
  @Override
  public SortedSet<Integer> conform(StageContext ctx, ReferenceData reference, SourceSettings source, StageYears years) {
    return YearlyConform.replace(ctx, source.name(), PipelineTables.BRONZE_SBS, PipelineTables.SILVER_SBS_CELLS,
        years.upstream(), bronze -> SbsCells.classify(bronze, reference), SbsCells::toSilver);
  }

  @Override
  public Map<Part, Dataset<Row>> classify(SparkSession spark, SourceSettings source, Map<Part, Dataset<Row>> accepted,
      Settings settings, ReferenceData reference, YearSelection selection) {
    return Map.of(Part.RECORDS, SbsCells.classify(accepted.get(Part.RECORDS), reference));
  }
}
