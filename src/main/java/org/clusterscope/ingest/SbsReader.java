package org.clusterscope.ingest;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;

/** Reads Eurostat TSV bulk files into one row per cell ({@link SbsLineParser}). */
final class SbsReader {
  private final SparkSession spark;

  SbsReader(SparkSession spark) {
    this.spark = spark;
  }

  Dataset<Row> read(SourceSettings source) {
    return FileRecords.read(spark, InputFiles.list(source, Part.RECORDS, spark.sparkContext().hadoopConfiguration()),
        SbsLineParser.SCHEMA, new FileRecords.FileReader() {
          @Override
          public JavaRDD<Row> records(Path file, String header) {
            SbsLineParser parser = SbsLineParser.forHeader(source.name(), InputFiles.display(file), header);
            return FileRecords.lines(spark, file).flatMap(t -> parser.cells(t._1(), t._2()).iterator());
          }

          @Override
          public Row emptyFile(Path file) {
            return SbsLineParser.forHeader(source.name(), InputFiles.display(file), "").emptyFile();
          }
        });
  }
}
