package org.clusterscope.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;

/** sbs: Eurostat structural business statistics in the TSV bulk layout, one row per cell. */
final class SbsIngest implements IngestFormat {
  @Override
  public boolean yearly() {
    return true;
  }

  @Override
  public Dataset<Row> read(SparkSession spark, IngestSettings bounds, SourceSettings source, Part part) {
    return new SbsReader(spark).read(source);
  }

  @Override
  public TableSpec bronzeTable(Part part) {
    return PipelineTables.BRONZE_SBS;
  }
}
