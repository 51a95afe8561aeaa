package org.clusterscope.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Splits one line of a Eurostat TSV bulk file into its cells. The first cell holds the
 * comma-separated dimensions ({@code A,EMP_LOC_NR,C29,DE11}), the others one value per period of
 * the header ({@code 628 e}, {@code :}, {@code : c}). A record is a cell (series × period): it is
 * what carries a value and a flag. A line that cannot be split into cells is one record.
 */
final class SbsLineParser implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final char REPLACEMENT = '\uFFFD';
  static final List<String> DIMENSIONS = List.of("freq", "indic_sbs", "nace_r2", "geo");
  static final StructType SCHEMA = schema();

  private final String source;
  private final String file;
  private final int[] dimensionPositions;
  private final int dimensionCount;
  private final List<String> periods;
  private final String headerProblem;

  private SbsLineParser(String source, String file, int[] dimensionPositions, int dimensionCount,
      List<String> periods, String headerProblem) {
    this.source = source;
    this.file = file;
    this.dimensionPositions = dimensionPositions;
    this.dimensionCount = dimensionCount;
    this.periods = periods;
    this.headerProblem = headerProblem;
  }

  /** Reads the header {@code freq,indic_sbs,nace_r2,geo\TIME_PERIOD<TAB>2019 <TAB>2020 }. */
  static SbsLineParser forHeader(String source, String file, String header) {
    String[] cells = header.split("\t", -1);
    String first = cells[0];
    int slash = first.indexOf('\\');
    String[] dims = (slash < 0 ? first : first.substring(0, slash)).split(",", -1);
    int[] positions = new int[DIMENSIONS.size()];
    List<String> missing = new ArrayList<>();
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      positions[d] = -1;
      for (int i = 0; i < dims.length; i++) {
        if (dims[i].trim().toLowerCase(Locale.ROOT).equals(DIMENSIONS.get(d))) {
          positions[d] = i;
        }
      }
      if (positions[d] < 0) {
        missing.add(DIMENSIONS.get(d));
      }
    }
    List<String> periods = new ArrayList<>();
    for (int i = 1; i < cells.length; i++) {
      periods.add(cells[i].trim());
    }
    String problem = null;
    if (!missing.isEmpty() || periods.isEmpty()) {
      problem = "the header is not a Eurostat TSV header with dimensions " + String.join(",", DIMENSIONS)
          + " and tab-separated periods (lacks " + (missing.isEmpty() ? "periods" : String.join(", ", missing))
          + "; header starts '" + (header.length() > 80 ? header.substring(0, 80) + "..." : header) + "')";
    }
    return new SbsLineParser(source, file, positions, dims.length, periods, problem);
  }

  /** A row for a file without any line. */
  Row emptyFile() {
    return reject("", 0, QuarantineReason.EMPTY_FILE, "the file is empty (no header, no record)");
  }

  List<Row> cells(String line, long lineNumber) {
    if (headerProblem != null) {
      return List.of(reject(line, lineNumber, QuarantineReason.MISSING_COLUMN, headerProblem));
    }
    int bad = line.indexOf(REPLACEMENT);
    if (bad >= 0) {
      return List.of(reject(line, lineNumber, QuarantineReason.INVALID_ENCODING,
          "the line is not valid UTF-8 (undecodable bytes at character " + (bad + 1) + ")"));
    }
    String[] cells = line.split("\t", -1);
    if (cells.length == 1) {
      return List.of(reject(line, lineNumber, QuarantineReason.MALFORMED_LINE,
          "the line has no tab: a TSV line is the dimensions, then one tab-separated value per period"));
    }
    if (cells.length != periods.size() + 1) {
      return List.of(reject(line, lineNumber, QuarantineReason.WRONG_FIELD_COUNT,
          "the line has " + (cells.length - 1) + " values, the header has " + periods.size() + " periods"));
    }
    String[] dims = cells[0].split(",", -1);
    if (dims.length != dimensionCount) {
      return List.of(reject(line, lineNumber, QuarantineReason.MALFORMED_LINE,
          "the first cell " + QuotedValue.of(cells[0]) + " has " + dims.length + " dimensions, the header has " + dimensionCount));
    }
    List<Row> rows = new ArrayList<>();
    for (int p = 0; p < periods.size(); p++) {
      Object[] values = base(line, lineNumber);
      for (int d = 0; d < DIMENSIONS.size(); d++) {
        values[4 + d] = dims[dimensionPositions[d]].trim();
      }
      values[8] = periods.get(p);
      values[9] = cells[p + 1].trim();
      rows.add(RowFactory.create(values));
    }
    return rows;
  }

  private Object[] base(String line, long lineNumber) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = source;
    values[1] = file;
    values[2] = lineNumber;
    values[3] = line;
    return values;
  }

  private Row reject(String line, long lineNumber, QuarantineReason reason, String detail) {
    Object[] values = base(line, lineNumber);
    values[10] = reason.code();
    values[11] = detail;
    return RowFactory.create(values);
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("source", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("source_file", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("line_number", DataTypes.LongType, false));
    fields.add(DataTypes.createStructField("raw_record", DataTypes.StringType, false));
    for (String name : List.of("freq", "indicator", "nace_r2", "geo", "reference_year_raw", "value", "reason_code", "reason_detail")) {
      fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }
}
