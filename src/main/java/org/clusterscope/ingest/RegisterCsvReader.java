package org.clusterscope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;

/**
 * Reads the files of a {@code register-csv} source into one row per record with its file and
 * line number. Lines are numbered through the file's own order (Spark's text reader keeps it per
 * file), so a quarantined record can be found in the file it came from.
 *
 * <p>Tolerated: a UTF-8 byte-order mark, CRLF line ends, quoted fields, extra columns, columns
 * in any order and case. Blank lines carry no record and are skipped.
 */
public final class RegisterCsvReader {
  /** Output schema: lineage, the canonical fields as text, and a parse-level reason. */
  public static final StructType PARSED = schema();

  private final SparkSession spark;

  public RegisterCsvReader(SparkSession spark) {
    this.spark = spark;
  }

  public Dataset<Row> read(SourceSettings source) {
    char delimiter = delimiter(source);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<Row>> parts = new ArrayList<>();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    for (Path file : InputFiles.list(source, hadoop)) {
      List<String> headerNames = headerOf(file, hadoop, delimiter);
      if (headerNames == null) {
        continue; // an empty file holds no record; the quality check reports sources without any
      }
      RegisterLineParser parser = new RegisterLineParser(
          source.name(), InputFiles.display(file), RegisterHeader.parse(headerNames, delimiter), delimiter);
      parts.add(jsc.textFile(file.toString())
          .zipWithIndex()
          .filter(t -> t._2() > 0 && !t._1().isBlank())
          .map(t -> parser.parse(t._1(), t._2() + 1)));
    }
    JavaRDD<Row> all = parts.isEmpty() ? jsc.emptyRDD() : jsc.union(parts.toArray(JavaRDD[]::new));
    return spark.createDataFrame(all, PARSED);
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

  /** The header fields of a file, or null when the file is empty. */
  private static List<String> headerOf(Path file, Configuration hadoop, char delimiter) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getFileSystem(hadoop).open(file), decoder))) {
      String line = reader.readLine();
      if (line == null || line.replace("\uFEFF", "").isBlank()) {
        return null;
      }
      try (CSVParser parser = CSVParser.parse(line, CSVFormat.RFC4180.builder().setDelimiter(delimiter).build())) {
        List<CSVRecord> records = parser.getRecords();
        return records.isEmpty() ? List.of(line) : records.get(0).toList();
      } catch (UncheckedIOException e) {
        return List.of(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read input file " + file, e);
    }
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("source", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("source_file", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("line_number", DataTypes.LongType, false));
    fields.add(DataTypes.createStructField("raw_record", DataTypes.StringType, false));
    for (String field : RegisterHeader.FIELDS) {
      String name = field.equals("reference_year") ? "reference_year_raw" : field;
      fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField("reason_code", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("reason_detail", DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }
}
