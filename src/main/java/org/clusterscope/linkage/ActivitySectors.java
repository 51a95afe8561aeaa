package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.indicators.PatentCounts;
import org.clusterscope.reference.CustomScheme;

/**
 * The sectors of each patent application for sector-level openness: equal shares over the
 * distinct NACE divisions its IPC codes give (the same attribution as region_sector.patents), and
 * their sums per section. Research projects have no sector: CORDIS does not classify participants.
 */
final class ActivitySectors {
  private ActivitySectors() {}

  /** source (co_invention), reference_year, activity, sector_scheme, sector_code, share. */
  static Dataset<Row> ofPatents(Dataset<Row> classes, Map<String, String> divisionSections) {
    Dataset<Row> divisions = PatentCounts.divisionShares(classes)
        .select(col("reference_year"), concat(col("source"), lit(":"), col("appln_id")).as("activity"),
            col("share"), col("division"));
    Dataset<Row> byDivision = divisions.select(lit(Participants.CO_INVENTION).as("source"), col("reference_year"),
        col("activity"), lit("nace_division").as("sector_scheme"), col("division").as("sector_code"), col("share"));
    Dataset<Row> bySection = divisions
        .groupBy(lit(Participants.CO_INVENTION).as("source"), col("reference_year"), col("activity"),
            lit("nace_section").as("sector_scheme"), CustomScheme.lookup(divisionSections, col("division")).as("sector_code"))
        .agg(sum("share").as("share"));
    return byDivision.unionByName(bySection);
  }
}
