package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.ArrayUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.publish.Grain;
import org.clusterscope.reference.CustomScheme;
import org.clusterscope.reference.NaceReference;
import org.clusterscope.reference.NutsLevels;
import org.clusterscope.reference.SectorScheme;
import org.clusterscope.spark.FixedPartitions;

/**
 * Patent counts by region (OECD Patent Statistics Manual 2009, fractional counting): an inventor
 * row contributes its weight {@code inv_share * reg_share} to its region at its NUTS level and
 * every coarser one; an application's weight is split equally over its distinct technology fields,
 * or over its distinct NACE divisions. Only inventors count (not applicants), in NUTS countries,
 * not extra-regio. Each application sums to at most 1 per level.
 *
 * <p>Inventor rows are joined with their application's fields or divisions first and counted at
 * every level after: the join then matches one row per inventor, not one per inventor and level
 * (four times as many rows to shuffle and sort), and the level rows go straight into an
 * aggregate in the same task.
 */
public final class PatentCounts {
  /** An application is identified within its source (two REGPAT deliveries may reuse ids). */
  private static final String[] APPLICATION = {"source", "appln_id"};
  private static final Column[] APPLICATION_COLUMNS = {col("source"), col("appln_id")};

  private PatentCounts() {}

  /**
   * The inventor rows that count: reference_year, country_code, nuts1, nuts2, nuts3, source,
   * appln_id, weight.
   */
  static Dataset<Row> countedInventors(Dataset<Row> inventors) {
    return inventors
        .filter(col("role").equalTo("inventor").and(col("extra_regio").equalTo(false))
            .and(col("country_code").isin(org.clusterscope.reference.NutsCountries.CODES.toArray())))
        .select(col("reference_year"), col("country_code"), col("nuts1"), col("nuts2"), col("nuts3"), col("source"),
            col("appln_id"), col("weight"));
  }

  /**
   * Each application's equal shares of the distinct NACE divisions its IPC codes give (after the
   * concordance's not_with / unless_with): source, appln_id, reference_year, division, share.
   * The one attribution of patents to sectors, for region_sector and region_openness alike.
   */
  public static Dataset<Row> divisionShares(Dataset<Row> classes) {
    return applicationDivisions(classes)
        .select(col("source"), col("appln_id"), col("reference_year"),
            TechnologyFormulas.equalShare(col("divisions")).as("share"), explode(col("divisions")).as("division"));
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

  /**
   * Fractional applications per region: reference_year, nuts_level, region_code, patents.
   *
   * @param inventors {@link #countedInventors}
   */
  static Dataset<Row> byRegion(Dataset<Row> inventors, List<Integer> levels) {
    return NutsLevels.atLevels(inventors, levels).groupBy(Grain.REGION.cols())
        .agg(sum("weight").as("patents"));
  }

  /**
   * Fractional applications per region and sector for the schemes patents can be attributed to:
   * reference_year, nuts_level, region_code, sector_scheme, sector_code, patents. nace_division
   * and nace_section directly; a custom scheme's categories through the divisions ({@link
   * CustomScheme#divisionShares}); not nace_class (the IPC–NACE concordance is at division level).
   *
   * @param inventors {@link #countedInventors}
   * @param schemes nace_division, nace_section (by name) and the custom schemes to count
   */
  static Dataset<Row> bySector(Dataset<Row> inventors, List<Integer> levels, Dataset<Row> classes,
      Map<String, String> divisionSections, List<SectorScheme> schemes) {
    // A section's count is the sum of its divisions' (each application's division shares add up),
    // so every scheme is one or more (code, fraction) per weighted division row, summed in one
    // aggregate.
    List<Column> sectors = new ArrayList<>();
    for (SectorScheme scheme : schemes) {
      Column code = switch (scheme.name()) {
        case "nace_division" -> col("division");
        case "nace_section" -> NaceReference.sectionOf(divisionSections, col("division"));
        default -> null;
      };
      if (code != null) {
        sectors.add(array(struct(lit(scheme.name()).as("scheme"), code.as("code"), lit(1.0).as("fraction"))));
      } else if (scheme instanceof CustomScheme custom) {
        sectors.add(transform(coalesce(custom.divisionCategories(col("division")), array()), c -> struct(
            lit(custom.name()).as("scheme"), c.getField("category").as("code"), c.getField("fraction").as("fraction"))));
      }
    }
    if (sectors.isEmpty()) {
      throw new IllegalArgumentException("No scheme patents can be attributed to among " + schemes);
    }
    Dataset<Row> weighted = byApplication(inventors)
        .join(byApplication(divisionShares(classes).drop("reference_year")), APPLICATION)
        .select(col("reference_year"), col("country_code"), col("nuts1"), col("nuts2"), col("nuts3"),
            col("weight").multiply(col("share")).as("weight"),
            explode(concat(sectors.toArray(Column[]::new))).as("s"));
    return NutsLevels.atLevels(weighted, levels)
        .groupBy(col("reference_year"), col("nuts_level"), col("region_code"), col("s.scheme").as("sector_scheme"),
            col("s.code").as("sector_code"))
        .agg(sum(col("weight").multiply(col("s.fraction"))).as("patents"));
  }

  /**
   * Per region and technology field: patents (fractional) and patents_whole (applications, each
   * once per region and field however many of its inventors are there); applications without a
   * mapped field do not count.
   *
   * @param inventors {@link #countedInventors}
   */
  static Dataset<Row> byTechnology(Dataset<Row> inventors, List<Integer> levels, Dataset<Row> classes) {
    Dataset<Row> fields = byApplication(classes.filter(col("tech_field").isNotNull()))
        .groupBy(APPLICATION_COLUMNS)
        .agg(collect_set("tech_field").as("fields"))
        .select(col("source"), col("appln_id"), TechnologyFormulas.equalShare(col("fields")).as("share"),
            explode(col("fields")).as("tech_field"));
    Dataset<Row> weighted = byApplication(inventors).join(fields, APPLICATION)
        .withColumn("weight", col("weight").multiply(col("share")));
    // Per application first, then per cell: patents_whole is then a count of rows, where a count
    // of distinct applications beside a sum made Spark expand every row twice.
    Column[] cell = {col("reference_year"), col("nuts_level"), col("region_code"), col("country_code"), col("tech_field")};
    return NutsLevels.atLevels(weighted, levels)
        .groupBy(ArrayUtils.addAll(cell, APPLICATION_COLUMNS))
        .agg(sum("weight").as("weight"))
        .groupBy(cell)
        .agg(sum("weight").as("patents"), count(lit(1)).as("patents_whole"));
  }

  /** Rows clustered by application for the join of inventors with their fields or divisions. */
  private static Dataset<Row> byApplication(Dataset<Row> rows) {
    return FixedPartitions.clustered(rows, APPLICATION_COLUMNS);
  }

  static Dataset<Row> labelled(Dataset<Row> counts, Dataset<Row> labels) {
    return counts.join(broadcast(labels), "tech_field");
  }
}
