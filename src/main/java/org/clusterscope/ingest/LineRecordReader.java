package org.clusterscope.ingest;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;

/**
 * Reads files with one record per line (register-csv, SIRENE, REGPAT), or Parquet files of the
 * same layout ({@link ParquetRecordReader}), into rows of a {@link RecordLayout} with file and
 * line number. Lines are numbered in the file's own order (Spark's text reader keeps it per file,
 * and splits large files across tasks), so a quarantined record can be found where it came from.
 *
 * <p>Tolerated: a UTF-8 byte-order mark, CRLF line ends, quoted fields (where the layout quotes),
 * extra columns, columns in any order and case, gzip compression. Blank lines carry no record and
 * are skipped. A quoted field may hold line breaks (RFC 4180): a file of a quoted layout in which
 * a line leaves a quote open is read as a stream, as {@link MultiLineRecordReader} reads CORDIS;
 * the others, nearly all, keep the split line-per-record reading.
 */
final class LineRecordReader {
  private final SparkSession spark;
  private final IngestSettings bounds;

  LineRecordReader(SparkSession spark, IngestSettings bounds) {
    this.spark = spark;
    this.bounds = bounds;
  }

  Dataset<Row> read(SourceSettings source, Part part, RecordLayout layout) {
    String recordSet = source.recordSet(part);
    return FileRecords.read(spark, InputFiles.list(source, part, spark.sparkContext().hadoopConfiguration()),
        layout.schema(), new FileRecords.FileReader() {
          @Override
          public JavaRDD<Row> records(Path file, String header) {
            if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
              return new ParquetRecordReader(spark).read(recordSet, file, layout);
            }
            RecordParser parser = parser(file, RecordHeader.parse(layout, FirstLine.names(header, layout)));
            if (layout.quoted() && FileRecords.anyLineOpensQuote(spark, file)) {
              return MultiLineRecordReader.streamed(spark, file, parser, bounds);
            }
            return FileRecords.lines(spark, file).map(t -> parser.parse(t._1(), t._2()));
          }

          @Override
          public Row emptyFile(Path file) {
            return parser(file, null).emptyFile();
          }

          private RecordParser parser(Path file, RecordHeader header) {
            return new RecordParser(recordSet, InputFiles.display(file), layout, header);
          }
        });
  }
}
