package org.clusterscope.ingest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;

/**
 * Reads quoted CSV files whose fields may hold line breaks (CORDIS) into rows of a
 * {@link RecordLayout}. Each file is streamed by one task through {@link LogicalRecords}, so a
 * record keeps the number of its first line; a file is not split across tasks, which suits
 * deliveries of up to a few million records (CORDIS has about one million participations).
 */
final class MultiLineRecordReader {
  private final SparkSession spark;

  MultiLineRecordReader(SparkSession spark) {
    this.spark = spark;
  }

  Dataset<Row> read(SourceSettings source, Part part, RecordLayout layout) {
    String recordSet = source.recordSet(part);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return FileRecords.read(spark, InputFiles.list(source, part, spark.sparkContext().hadoopConfiguration()),
        layout.schema(), new FileRecords.FileReader() {
          @Override
          public JavaRDD<Row> records(Path file, String header) {
            RecordParser parser = new RecordParser(recordSet, InputFiles.display(file), layout,
                RecordHeader.parse(layout, FirstLine.names(header, layout)));
            return jsc.binaryFiles(file.toString(), 1).values().flatMap(stream -> MultiLineRecordReader.records(stream, parser));
          }

          @Override
          public Row emptyFile(Path file) {
            return new RecordParser(recordSet, InputFiles.display(file), layout, null).emptyFile();
          }
        });
  }

  private static Iterator<Row> records(PortableDataStream stream, RecordParser parser) throws java.io.IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    BufferedReader reader = new BufferedReader(new InputStreamReader(stream.open(), decoder));
    reader.readLine(); // the header, parsed on the driver
    LogicalRecords records = new LogicalRecords(reader, 2);
    return new Iterator<>() {
      private boolean closed;

      @Override
      public boolean hasNext() {
        if (closed) {
          return false;
        }
        boolean more = records.hasNext();
        if (!more) {
          closed = true;
          try {
            reader.close();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        return more;
      }

      @Override
      public Row next() {
        LogicalRecords.Record record = records.next();
        return record.open() ? parser.unbalancedQuote(record.text(), record.lineNumber())
            : parser.parse(record.text(), record.lineNumber());
      }
    };
  }
}
