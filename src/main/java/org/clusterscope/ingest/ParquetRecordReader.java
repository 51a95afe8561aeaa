package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.errors.Errors;

/**
 * Reads a Parquet file of the canonical register layout into the same rows as the CSV reader:
 * every value as text (conform interprets it), the record as JSON for quarantine, and the row's
 * position in the file as its "line" (1-based, counting no header) so that a record can be found.
 */
final class ParquetRecordReader {
  private final SparkSession spark;

  ParquetRecordReader(SparkSession spark) {
    this.spark = spark;
  }

  JavaRDD<Row> read(String source, org.apache.hadoop.fs.Path file, RecordLayout layout) {
    Dataset<Row> data;
    List<String> names;
    try {
      data = spark.read().parquet(file.toString());
      names = Arrays.asList(data.columns());
    } catch (Exception e) { // Spark throws its checked SparkException undeclared
      throw Errors.inputFileCorrupt(InputFiles.display(file), "Parquet", e);
    }
    RecordHeader header = RecordHeader.parse(layout, names);
    List<Column> columns = new ArrayList<>();
    columns.add(to_json(struct(names.stream().map(n -> col("`" + n + "`")).toArray(Column[]::new))).as("raw"));
    for (int f = 0; f < layout.fields().size(); f++) {
      int position = header.position(f);
      columns.add(position < 0 ? lit(null).cast("string") : col("`" + names.get(position) + "`").cast("string"));
    }
    String display = InputFiles.display(file);
    String problem = header.problem().orElse(null);
    String problemCode = problem == null ? null : header.problemReason().code();
    int fields = layout.fields().size();
    return data.select(columns.toArray(Column[]::new)).javaRDD().zipWithIndex().map(t -> {
      Object[] values = new Object[4 + fields + 2];
      values[0] = source;
      values[1] = display;
      values[2] = t._2() + 1;
      values[3] = t._1().getString(0);
      if (problem != null) {
        values[values.length - 2] = problemCode;
        values[values.length - 1] = problem;
      } else {
        for (int f = 0; f < fields; f++) {
          String value = t._1().getString(f + 1);
          values[4 + f] = value == null || value.isBlank() ? null : value.trim();
        }
      }
      return RowFactory.create(values);
    });
  }
}
