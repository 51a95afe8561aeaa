package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.CustomScheme;
import org.clusterscope.reference.NutsLevels;

/**
 * Patent counts by region (OECD Patent Statistics Manual 2009, fractional counting): an inventor
 * row contributes its weight {@code inv_share * reg_share} to its region at its NUTS level and
 * every coarser one; an application's weight is split equally over its distinct technology fields,
 * or over its distinct NACE divisions. Only inventors count (not applicants), in NUTS countries,
 * not extra-regio. Each application sums to at most 1 per level.
 */
public final class PatentCounts {
  /** An application is identified within its source (two REGPAT deliveries may reuse ids). */
  private static final String[] APPLICATION = {"source", "appln_id"};
  private static final Column[] APPLICATION_COLUMNS = {col("source"), col("appln_id")};

  private PatentCounts() {}

  /**
   * reference_year, nuts_level, region_code, country_code, source, appln_id, weight: one row per
   * inventor row and level.
   */
  static Dataset<Row> inventorsByRegion(Dataset<Row> inventors, List<Integer> levels) {
    return inventors
        .filter(col("role").equalTo("inventor").and(col("extra_regio").equalTo(false))
            .and(col("country_code").isin(org.clusterscope.reference.NutsCountries.CODES.toArray())))
        .select(col("reference_year"), col("country_code"), col("source"), col("appln_id"), col("weight"),
            NutsLevels.explodeLevels(levels, NutsLevels::regionAt).as("r"))
        .filter(col("r.code").isNotNull())
        .select(col("reference_year"), col("r.level").as("nuts_level"), col("r.code").as("region_code"),
            col("country_code"), col("source"), col("appln_id"), col("weight"));
  }

  /**
   * Each application's equal shares of the distinct NACE divisions its IPC codes give (after the
   * concordance's not_with / unless_with): source, appln_id, reference_year, division, share.
   * The one attribution of patents to sectors, for region_sector and region_openness alike.
   */
  public static Dataset<Row> divisionShares(Dataset<Row> classes) {
    return applicationDivisions(classes)
        .select(col("source"), col("appln_id"), col("reference_year"),
            lit(1.0).divide(size(col("divisions"))).as("share"), explode(col("divisions")).as("division"));
  }

  /**
   * The distinct NACE divisions of each application with at least one: source, appln_id,
   * reference_year, divisions (an array); each division's share is 1 / size(divisions).
   */
  public static Dataset<Row> applicationDivisions(Dataset<Row> classes) {
    return classes
        .groupBy(col("source"), col("appln_id"), col("reference_year"))
        .agg(array_distinct(flatten(collect_set("nace_divisions"))).as("divisions"))
        .filter(size(col("divisions")).gt(0));
  }

  /** Fractional applications per region: reference_year, nuts_level, region_code, patents. */
  static Dataset<Row> byRegion(Dataset<Row> inventorsByRegion) {
    return inventorsByRegion.groupBy("reference_year", "nuts_level", "region_code")
        .agg(sum("weight").as("patents"));
  }

  /**
   * Fractional applications per region and sector for the division-based schemes:
   * reference_year, nuts_level, region_code, sector_scheme, sector_code, patents.
   */
  static Dataset<Row> bySector(Dataset<Row> inventorsByRegion, Dataset<Row> classes, Map<String, String> divisionSections,
      List<String> schemes) {
    // Counted once by division; a section's count is the sum of its divisions' (each application's
    // division shares add up), so coarser schemes roll up from these few rows, not from the inventors.
    Dataset<Row> byDivision = inventorsByRegion.join(divisionShares(classes).drop("reference_year"), APPLICATION)
        .groupBy(col("reference_year"), col("nuts_level"), col("region_code"), col("division"))
        .agg(sum(col("weight").multiply(col("share"))).as("patents"));
    Dataset<Row> result = null;
    for (String scheme : schemes) {
      Column sector = switch (scheme) {
        case "nace_division" -> col("division");
        case "nace_section" -> CustomScheme.lookup(divisionSections, col("division"));
        default -> null;
      };
      if (sector == null) {
        continue;
      }
      Dataset<Row> counts = byDivision
          .groupBy(col("reference_year"), col("nuts_level"), col("region_code"), lit(scheme).as("sector_scheme"),
              sector.as("sector_code"))
          .agg(sum("patents").as("patents"));
      result = result == null ? counts : result.unionByName(counts);
    }
    return result;
  }

  /**
   * Per region and technology field: patents (fractional) and patents_whole; applications without
   * a mapped field do not count.
   */
  static Dataset<Row> byTechnology(Dataset<Row> inventorsByRegion, Dataset<Row> classes) {
    Dataset<Row> fields = classes.filter(col("tech_field").isNotNull())
        .groupBy(APPLICATION_COLUMNS)
        .agg(collect_set("tech_field").as("fields"))
        .select(col("source"), col("appln_id"), lit(1.0).divide(size(col("fields"))).as("share"),
            explode(col("fields")).as("tech_field"));
    return inventorsByRegion.join(fields, APPLICATION)
        .groupBy("reference_year", "nuts_level", "region_code", "country_code", "tech_field")
        .agg(sum(col("weight").multiply(col("share"))).as("patents"), countDistinct("appln_id").as("patents_whole"));
  }

  static Dataset<Row> labelled(Dataset<Row> counts, Dataset<Row> labels) {
    return counts.join(broadcast(labels), "tech_field");
  }
}
