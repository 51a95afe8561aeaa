package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;

/**
 * sirene: the INSEE StockEtablissement file, into the register's bronze table. A record without
 * anneeEffectifsEtablissement (a non-employer unit) takes the source's {@code reference-year}
 * option, if set.
 */
final class SireneIngest implements IngestFormat {
  @Override
  public boolean yearly() {
    return true;
  }

  @Override
  public Dataset<Row> read(SparkSession spark, IngestSettings bounds, SourceSettings source, Part part) {
    Dataset<Row> parsed = new LineRecordReader(spark, bounds).read(source, part, RecordLayout.sirene());
    return source.option("reference-year")
        .map(year -> parsed.withColumn("reference_year_raw",
            when(col("reason_code").isNull(), coalesce(col("reference_year_raw"), lit(year)))))
        .orElse(parsed);
  }

  @Override
  public TableSpec bronzeTable(Part part) {
    return PipelineTables.BRONZE_REGISTER;
  }
}
