package org.clusterscope.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;

/** cordis: the bulk project and organisation files, whose quoted fields may span lines. */
final class CordisIngest implements IngestFormat {
  @Override
  public boolean yearly() {
    return false;
  }

  @Override
  public Dataset<Row> read(SparkSession spark, IngestSettings bounds, SourceSettings source, Part part) {
    return new MultiLineRecordReader(spark, bounds).read(source, part,
        part == Part.PROJECTS ? RecordLayout.cordisProjects() : RecordLayout.cordisOrganizations());
  }

  @Override
  public TableSpec bronzeTable(Part part) {
    return part == Part.PROJECTS ? PipelineTables.BRONZE_CORDIS_PROJECTS : PipelineTables.BRONZE_CORDIS_ORGANIZATIONS;
  }
}
