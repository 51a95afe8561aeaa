package org.clusterscope.conform;

import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The NUTS hierarchy of a region code, from the code's structure (two-letter country, then one
 * character per level): a record counts at the level of its code and at every coarser level, never
 * at a finer one. Extra-regio codes (ZZ / Z) are flagged: counted, but left out of indicators.
 */
final class RegionColumns {
  /** Shape of a NUTS code of level 0 to 3. */
  static final String NUTS_SHAPE = "^[A-Z]{2}[0-9A-Z]{0,3}$";

  private RegionColumns() {}

  static Column extraRegio(Column region) {
    return length(region).gt(2).and(substring(region, 3, 3).rlike("^Z+$"));
  }

  /**
   * Adds country_code, region_level, nuts1, nuts2, nuts3 and extra_regio for the (upper-case)
   * region code in {@code region}, and stores it as {@code region_code}.
   */
  static Dataset<Row> add(Dataset<Row> rows, Column region) {
    return rows
        .withColumn("country_code", substring(region, 1, 2))
        .withColumn("region_level", length(region).minus(2))
        .withColumn("nuts1", when(length(region).geq(3), substring(region, 1, 3)))
        .withColumn("nuts2", when(length(region).geq(4), substring(region, 1, 4)))
        .withColumn("nuts3", when(length(region).geq(5), substring(region, 1, 5)))
        .withColumn("extra_regio", extraRegio(region))
        .withColumn("region_code", region);
  }

  /** The NUTS country of a country code: Greece is EL and the United Kingdom UK in NUTS. */
  static Column nutsCountry(Column iso) {
    return when(iso.equalTo("GR"), lit("EL")).when(iso.equalTo("GB"), lit("UK")).otherwise(iso);
  }
}
