package org.clusterscope.ingest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;

/**
 * Reads quoted CSV files whose fields may hold line breaks (CORDIS) into rows of a
 * {@link RecordLayout}. Each file is streamed by one task through {@link ParsedRecords}, so a
 * record keeps the number of its first line; a file is not split across tasks, which suits
 * deliveries of up to a few million records (CORDIS has about one million participations).
 */
final class MultiLineRecordReader {
  private final SparkSession spark;
  private final IngestSettings bounds;

  MultiLineRecordReader(SparkSession spark, IngestSettings bounds) {
    this.spark = spark;
    this.bounds = bounds;
  }

  Dataset<Row> read(SourceSettings source, Part part, RecordLayout layout) {
    String recordSet = source.recordSet(part);
    return FileRecords.read(spark, InputFiles.list(source, part, spark.sparkContext().hadoopConfiguration()),
        layout.schema(), new FileRecords.FileReader() {
          @Override
          public JavaRDD<Row> records(Path file, String header) {
            RecordParser parser = new RecordParser(recordSet, InputFiles.display(file), layout,
                RecordHeader.parse(layout, FirstLine.names(header, layout)));
            return streamed(spark, file, parser, bounds);
          }

          @Override
          public Row emptyFile(Path file) {
            return new RecordParser(recordSet, InputFiles.display(file), layout, null).emptyFile();
          }
        });
  }

  /** The rows of one file, read by one task as a stream (a {@code .gz} file decompressed). */
  static JavaRDD<Row> streamed(SparkSession spark, Path file, RecordParser parser, IngestSettings bounds) {
    String name = file.getName();
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(file.toString(), 1).values()
        .flatMap(stream -> {
          var decoder = StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
          BufferedReader reader = new BufferedReader(new InputStreamReader(
              InputFiles.decompressed(stream.open(), name), decoder));
          reader.readLine(); // the header, parsed on the driver
          return new ParsedRecords(reader, parser, bounds);
        });
  }
}
