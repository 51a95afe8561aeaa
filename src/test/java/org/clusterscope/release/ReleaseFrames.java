package org.clusterscope.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.testing.TestSpark;

/**
 * Hand-made rows of a table in its spec's layout: a test names the values it sets, every other
 * column is NULL. Gold gains columns over time; a row written this way keeps fitting.
 */
public final class ReleaseFrames {
  private ReleaseFrames() {}

  /** Column values of one row, in the order given. */
  public static final class Values {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Values set(String column, Object value) {
      values.put(column, value);
      return this;
    }
  }

  /** A region_sector cell's key. */
  public static Values cell(int year, int level, String region, String scheme, String sector) {
    return new Values().set("reference_year", year).set("nuts_level", level).set("region_code", region)
        .set("country_code", region.substring(0, 2)).set("sector_scheme", scheme).set("sector_code", sector);
  }

  /** A row of the cell status of the publish contract. */
  static Object[] status(int year, int level, String region, String scheme, String sector, String code) {
    return new Object[] {year, level, region, scheme, sector, code};
  }

  static Dataset<Row> statuses(TestSpark spark, Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] row : rows) {
      list.add(RowFactory.create(row));
    }
    return spark.spark().createDataFrame(list, StructType.fromDDL("reference_year INT, nuts_level INT,"
        + " region_code STRING, sector_scheme STRING, sector_code STRING, conf_status STRING"));
  }

  /** The rows in the layout of {@code spec}; a column a row does not set is NULL. */
  public static Dataset<Row> frame(TestSpark spark, TableSpec spec, Values... rows) {
    StructType schema = StructType.fromDDL(spec.columns().stream().map(c -> "`" + c.name() + "` " + c.type())
        .collect(Collectors.joining(", ")));
    List<Row> list = new ArrayList<>();
    for (Values row : rows) {
      for (String column : row.values.keySet()) {
        if (!spec.columnNames().contains(column)) {
          throw new IllegalArgumentException(spec.name() + " has no column " + column);
        }
      }
      list.add(RowFactory.create(spec.columnNames().stream().map(row.values::get).toArray()));
    }
    return spark.spark().createDataFrame(list, schema);
  }
}
