package org.clusterscope.reference;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import java.util.function.IntFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A record's region at each configured NUTS level, from the silver columns country_code, nuts1,
 * nuts2 and nuts3. Every aggregate by region (establishments, inventors, participants) counts a
 * record at its own level and every coarser one by exploding one small array, rather than by one
 * query per level.
 */
public final class NutsLevels {
  private NutsLevels() {}

  /** The silver column holding the region at {@code level}: NULL where the record's code is coarser. */
  public static Column regionAt(int level) {
    return switch (level) {
      case 0 -> col("country_code");
      case 1 -> col("nuts1");
      case 2 -> col("nuts2");
      case 3 -> col("nuts3");
      default -> throw new IllegalArgumentException("Invalid NUTS level: " + level + " (must be 0 to 3)");
    };
  }

  /**
   * The rows once per configured level at which they have a region (their own and every coarser
   * one), with nuts_level and region_code; nuts1, nuts2 and nuts3 are dropped, as the region at
   * the row's level replaces them.
   */
  public static Dataset<Row> atLevels(Dataset<Row> rows, List<Integer> levels) {
    return rows
        .select(col("*"), explodeLevels(levels, NutsLevels::regionAt).as("r"))
        .filter(col("r.code").isNotNull())
        .withColumn("nuts_level", col("r.level"))
        .withColumn("region_code", col("r.code"))
        .drop("r", "nuts1", "nuts2", "nuts3");
  }

  /** One struct (level, code) per level, exploded: select it as "r" and read r.level, r.code. */
  public static Column explodeLevels(List<Integer> levels, IntFunction<Column> regionAt) {
    return explode(array(levels.stream()
        .map(level -> struct(lit(level).as("level"), regionAt.apply(level).as("code")))
        .toArray(Column[]::new)));
  }
}
