package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.indicators.PatentCounts;
import org.clusterscope.reference.CustomScheme;
import org.clusterscope.reference.NaceReference;
import org.clusterscope.spark.SmallTables;

/**
 * The sectors of each patent application for sector-level openness: equal shares over the
 * distinct NACE divisions its IPC codes give (the same attribution as region_sector.patents),
 * their sums per section, and per category of each custom scheme (through the divisions, {@link
 * CustomScheme#divisionShares}). Research projects have no sector: CORDIS does not classify participants.
 *
 * <p>One row per application with its sectors as an array, so that the linkage stage attaches them
 * to each activity with one join and expands them where needed, instead of joining every region
 * row of an activity with every sector row. Applications with the same divisions have the same
 * array, and there are few distinct ones ({@link #sets}): activities carry the number of their
 * set ({@value #SET}) and the measures group by it, not by the array.
 */
final class ActivitySectors {
  static final String SECTORS = "sectors";
  static final String SET = "sector_set";
  /** Distinct sector sets up to this many are broadcast (a few thousand in an EU year). */
  private static final long BROADCAST_SETS = 1_000_000;

  private ActivitySectors() {}

  /**
   * source (co_invention), reference_year, activity, and {@value #SECTORS}: an array of
   * (sector_scheme, sector_code, share) with the application's divisions and their sections.
   *
   * @param applicationDivisions {@link PatentCounts#applicationDivisions} of the activity years
   */
  static Dataset<Row> ofPatents(Dataset<Row> applicationDivisions, Map<String, String> divisionSections,
      List<CustomScheme> customSchemes) {
    Column divisions = col("divisions");
    Column share = lit(1.0).divide(size(divisions));
    List<Column> bySchemes = new ArrayList<>();
    bySchemes.add(transform(divisions, division -> sector("nace_division", division, share)));
    // A section's share is its divisions' shares summed: their count times the equal share.
    bySchemes.add(transform(sections(divisions, divisionSections),
        section -> sector("nace_section", section,
            size(filter(divisions, d -> NaceReference.sectionOf(divisionSections, d).eqNullSafe(section))).multiply(share))));
    for (CustomScheme scheme : customSchemes) {
      bySchemes.add(categories(scheme, divisions, share));
    }
    return applicationDivisions
        .select(lit(Participants.CO_INVENTION).as("source"), col("reference_year"),
            concat(col("source"), lit(":"), col("appln_id")).as("activity"),
            concat(bySchemes.toArray(Column[]::new)).as(SECTORS));
  }

  /**
   * A custom scheme's categories of an application: each division's equal share spread over the
   * categories by {@link CustomScheme#divisionShares}, summed per category.
   */
  private static Column categories(CustomScheme scheme, Column divisions, Column share) {
    Column parts = flatten(filter(transform(divisions, scheme::divisionCategories), p -> p.isNotNull()));
    return transform(array_distinct(transform(parts, p -> p.getField("category"))),
        category -> sector(scheme.name(), category, aggregate(filter(parts, p -> p.getField("category").equalTo(category)),
            lit(0.0), (total, p) -> total.plus(p.getField("fraction"))).multiply(share)));
  }

  /**
   * The distinct {@value #SECTORS} arrays of {@link #ofPatents}, each with a number
   * ({@value #SET}), materialised so that the numbers stay fixed for every reader.
   */
  static Dataset<Row> sets(Dataset<Row> sectors) {
    return SmallTables.broadcastIfSmall(
        sectors.select(col(SECTORS)).distinct().withColumn(SET, monotonically_increasing_id()), BROADCAST_SETS);
  }

  /** The activities of {@link #ofPatents} with their set's number instead of the array. */
  static Dataset<Row> numbered(Dataset<Row> sectors, Dataset<Row> sets) {
    return sectors.join(sets, SECTORS).drop(SECTORS);
  }

  /** The distinct sections of an array of divisions (NULL for a division the map lacks). */
  static Column sections(Column divisions, Map<String, String> divisionSections) {
    return array_distinct(transform(divisions, d -> NaceReference.sectionOf(divisionSections, d)));
  }

  private static Column sector(String scheme, Column code, Column share) {
    return struct(lit(scheme).as("sector_scheme"), code.as("sector_code"), share.as("share"));
  }
}
