package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.indicators.PatentCounts;
import org.clusterscope.reference.CustomScheme;

/**
 * The sectors of each patent application for sector-level openness: equal shares over the
 * distinct NACE divisions its IPC codes give (the same attribution as region_sector.patents), and
 * their sums per section. Research projects have no sector: CORDIS does not classify participants.
 *
 * <p>One row per application with its sectors as an array, so that the linkage stage attaches them
 * to each activity with one join and expands them where needed, instead of joining every region
 * row of an activity with every sector row.
 */
final class ActivitySectors {
  static final String SECTORS = "sectors";

  private ActivitySectors() {}

  /**
   * source (co_invention), reference_year, activity, and {@value #SECTORS}: an array of
   * (sector_scheme, sector_code, share) with the application's divisions and their sections.
   */
  static Dataset<Row> ofPatents(Dataset<Row> classes, Map<String, String> divisionSections) {
    Column divisions = col("divisions");
    Column share = lit(1.0).divide(size(divisions));
    Column byDivision = transform(divisions, division -> sector("nace_division", division, share));
    // A section's share is its divisions' shares summed: their count times the equal share.
    Column bySection = transform(array_distinct(transform(divisions, d -> CustomScheme.lookup(divisionSections, d))),
        section -> sector("nace_section", section,
            size(filter(divisions, d -> CustomScheme.lookup(divisionSections, d).eqNullSafe(section))).multiply(share)));
    return PatentCounts.applicationDivisions(classes)
        .select(lit(Participants.CO_INVENTION).as("source"), col("reference_year"),
            concat(col("source"), lit(":"), col("appln_id")).as("activity"),
            concat(byDivision, bySection).as(SECTORS));
  }

  private static Column sector(String scheme, Column code, Column share) {
    return struct(lit(scheme).as("sector_scheme"), code.as("sector_code"), share.as("share"));
  }
}
