package org.clusterscope.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The records of several input files as one DataFrame: each file is read by a format-specific
 * reader that gets the file and its header line; a file without any line becomes one
 * {@link QuarantineReason#EMPTY_FILE} record, so a cut-off delivery is visible in the counts.
 */
final class FileRecords {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /** Reads one file whose header line is known. */
  interface FileReader {
    JavaRDD<Row> records(Path file, String header);

    /** The record standing for an empty file. */
    Row emptyFile(Path file);
  }

  private FileRecords() {}

  static Dataset<Row> read(SparkSession spark, List<Path> files, StructType schema, FileReader reader) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<JavaRDD<Row>> parts = new ArrayList<>();
    List<Row> emptyFiles = new ArrayList<>();
    for (Path file : files) {
      String header = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet") ? "" : FirstLine.read(file, hadoop);
      if (header == null) {
        emptyFiles.add(reader.emptyFile(file));
      } else {
        parts.add(reader.records(file, header));
      }
    }
    if (!emptyFiles.isEmpty()) {
      parts.add(jsc.parallelize(emptyFiles, 1));
    }
    JavaRDD<Row> all = parts.isEmpty() ? jsc.emptyRDD() : jsc.union(parts.toArray(JavaRDD[]::new));
    return spark.createDataFrame(all, schema);
  }

  /**
   * The lines after the header, numbered from 2, blank lines skipped, each without a leading
   * byte-order mark (two exports concatenated carry one inside the file).
   */
  static JavaRDD<scala.Tuple2<String, Long>> lines(SparkSession spark, Path file) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(file.toString())
        .zipWithIndex()
        .filter(t -> t._2() > 0)
        .map(t -> new scala.Tuple2<>(withoutByteOrderMark(t._1()), t._2() + 1))
        .filter(t -> !t._1().isBlank());
  }

  /**
   * True when a line of the file leaves a double-quoted field open, so that a record may span
   * lines: one parallel pass over the file, stopping at the first such line.
   */
  static boolean anyLineOpensQuote(SparkSession spark, Path file) {
    return !JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(file.toString())
        .filter(LogicalRecords::opensQuote).isEmpty();
  }

  /** A line without the UTF-8 byte-order mark it may start with. */
  static String withoutByteOrderMark(String line) {
    return line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line;
  }
}
