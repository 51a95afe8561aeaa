package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.LoggerFactory;

/**
 * ECI per region and PCI per sector, one {@link ComplexityIndex} per (year, NUTS level, scheme).
 * Each group is solved where it lies (its edges are bounded by regions × sectors of one level
 * and scheme), so nothing is collected to the driver.
 */
final class Complexity {
  /** kind is "region" (value = ECI) or "sector" (value = PCI). */
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("reference_year", DataTypes.IntegerType, false),
      DataTypes.createStructField("nuts_level", DataTypes.IntegerType, false),
      DataTypes.createStructField("sector_scheme", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("code", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.DoubleType, false)));

  private Complexity() {}

  static Dataset<Row> compute(Dataset<Row> regionSector) {
    return regionSector
        .filter(col("lq").geq(1))
        .select(concat_ws("|", col("reference_year"), col("nuts_level"), col("sector_scheme")).as("group"),
            col("region_code"), col("sector_code"))
        .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) Complexity::solve, Encoders.row(SCHEMA));
  }

  private static Iterator<Row> solve(String group, Iterator<Row> rows) {
    List<String[]> edges = new ArrayList<>();
    rows.forEachRemaining(row -> edges.add(new String[] {row.getString(1), row.getString(2)}));
    ComplexityIndex.Result result = ComplexityIndex.compute(edges);
    String[] key = group.split("\\|", 3);
    int year = Integer.parseInt(key[0]);
    int level = Integer.parseInt(key[1]);
    result.undefinedBecause().ifPresent(reason -> LoggerFactory.getLogger(Complexity.class)
        .info("ECI and PCI are NULL for year {}, NUTS level {}, scheme {}: {}", year, level, key[2], reason));
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : result.eci().entrySet()) {
      out.add(RowFactory.create(year, level, key[2], "region", e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, Double> e : result.pci().entrySet()) {
      out.add(RowFactory.create(year, level, key[2], "sector", e.getKey(), e.getValue()));
    }
    return out.iterator();
  }

  /** ECI by (year, level, scheme, region_code). */
  static Dataset<Row> eci(Dataset<Row> complexity) {
    return complexity.filter(col("kind").equalTo("region"))
        .select(col("reference_year"), col("nuts_level"), col("sector_scheme"),
            col("code").as("region_code"), col("value").as("eci"));
  }

  /** PCI by (year, level, scheme, sector_code). */
  static Dataset<Row> pci(Dataset<Row> complexity) {
    return complexity.filter(col("kind").equalTo("sector"))
        .select(col("reference_year"), col("nuts_level"), col("sector_scheme"),
            col("code").as("sector_code"), col("value").as("pci"));
  }
}
