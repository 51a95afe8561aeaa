package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.errors.Errors;

/**
 * Two employment sources for the same country and year (say a register extract and SIRENE, or
 * microdata and SBS cells) would count the same jobs twice and mix definitions. That is refused
 * with a message naming the sources, rather than summed silently; the user picks one with
 * {@code clusterscope.indicators.sources}.
 */
final class SourceOverlap {
  private SourceOverlap() {}

  /**
   * The source that feeds each (reference_year, country_code) with employment: reference_year,
   * country_code, source (a few rows per year and country, collected once, so the check and the
   * growth breaks read the establishments once).
   *
   * @throws org.clusterscope.errors.ClusterscopeException where two sources feed one country and year
   */
  static Dataset<Row> sources(Dataset<Row> establishments, Dataset<Row> sbsCells) {
    List<Row> coverage = establishments.select("reference_year", "country_code", "source")
        .union(sbsCells.filter(col("extra_regio").equalTo(false)).select("reference_year", "country_code", "source"))
        .distinct()
        .orderBy("reference_year", "country_code", "source")
        .collectAsList();
    Row previous = null;
    for (Row row : coverage) {
      if (previous != null && previous.getInt(0) == row.getInt(0) && previous.getString(1).equals(row.getString(1))) {
        throw Errors.overlappingSources(row.getInt(0), row.getString(1), List.<Object>of(previous.getString(2), row.getString(2)));
      }
      previous = row;
    }
    return establishments.sparkSession().createDataFrame(coverage, SCHEMA);
  }

  private static final StructType SCHEMA = new StructType()
      .add("reference_year", DataTypes.IntegerType, false)
      .add("country_code", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false);
}
