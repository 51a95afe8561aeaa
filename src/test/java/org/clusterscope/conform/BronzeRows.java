package org.clusterscope.conform;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Bronze-shaped rows for a rule test, written as '|'-separated text (an empty value is NULL, as
 * ingest stores it): lineage (source, source_file, line_number from 2, raw_record) and the given
 * columns, all text but {@code reference_year}, an INT as in bronze.
 */
final class BronzeRows {
  private BronzeRows() {}

  static Dataset<Row> of(SparkSession spark, String header, String... records) {
    String[] names = header.split("\\|", -1);
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField("source", DataTypes.StringType, false),
        DataTypes.createStructField("source_file", DataTypes.StringType, false),
        DataTypes.createStructField("line_number", DataTypes.LongType, false),
        DataTypes.createStructField("raw_record", DataTypes.StringType, false)));
    for (String name : names) {
      fields.add(DataTypes.createStructField(name,
          name.equals("reference_year") ? DataTypes.IntegerType : DataTypes.StringType, true));
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < records.length; r++) {
      String[] values = records[r].split("\\|", -1);
      if (values.length != names.length) {
        throw new IllegalArgumentException("record " + r + " has " + values.length + " values: " + records[r]);
      }
      Object[] row = new Object[4 + names.length];
      row[0] = "test";
      row[1] = "file:/test/input.csv";
      row[2] = (long) r + 2;
      row[3] = records[r];
      for (int i = 0; i < names.length; i++) {
        String value = values[i].isEmpty() ? null : values[i];
        row[4 + i] = value == null || !names[i].equals("reference_year") ? value : Integer.valueOf(value);
      }
      rows.add(RowFactory.create(row));
    }
    return spark.createDataFrame(rows, DataTypes.createStructType(fields));
  }
}
