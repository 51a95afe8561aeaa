package org.clusterscope.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;

/** register-csv: the canonical register, CSV with a configurable delimiter, or Parquet. */
final class RegisterCsvIngest implements IngestFormat {
  @Override
  public boolean yearly() {
    return true;
  }

  @Override
  public Dataset<Row> read(SparkSession spark, IngestSettings bounds, SourceSettings source, Part part) {
    return new LineRecordReader(spark, bounds).read(source, part, RecordLayout.register(delimiter(source)));
  }

  @Override
  public TableSpec bronzeTable(Part part) {
    return PipelineTables.BRONZE_REGISTER;
  }

  private static char delimiter(SourceSettings source) {
    String value = source.option("delimiter", ",");
    String unescaped = value.equals("\\t") ? "\t" : value;
    if (unescaped.length() != 1) {
      throw Errors.invalidConfigValue("clusterscope.sources." + source.name() + ".options.delimiter",
          "config", "a single character such as , or ; (got '" + value + "')");
    }
    return unescaped.charAt(0);
  }
}
