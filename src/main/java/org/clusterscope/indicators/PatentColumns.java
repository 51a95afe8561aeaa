package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.IndicatorSettings;

/** The patent columns of region_sector and region_profile, filled from the patent counts. */
final class PatentColumns {
  private PatentColumns() {}

  /**
   * Replaces the NULL patent columns with the counts where they are defined ({@code applicable}):
   * 0 for a cell without patents in a year with patent data, NULL where patents cannot be counted.
   */
  static Dataset<Row> fill(Dataset<Row> rows, Dataset<Row> counts, String[] keys, Column applicable,
      IndicatorSettings settings) {
    Dataset<Row> renamed = counts.withColumnRenamed("patents", "patent_count");
    Column condition = lit(true);
    for (String key : keys) {
      renamed = renamed.withColumnRenamed(key, "p_" + key);
      condition = condition.and(rows.col(key).equalTo(renamed.col("p_" + key)));
    }
    Dataset<Row> joined = rows.drop("patents", "patents_per_10k_employees").join(renamed, condition, "left");
    for (String key : keys) {
      joined = joined.drop("p_" + key);
    }
    return joined
        .withColumn("patents", when(applicable, coalesce(col("patent_count"), lit(0.0))))
        .withColumn("patents_per_10k_employees", TechnologyFormulas.patentsPer10k(col("patents"), col("employment"),
            settings.patentIntensityMinEmployment()))
        .drop("patent_count");
  }
}
