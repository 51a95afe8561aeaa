package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.NutsCountries;
import org.clusterscope.reference.NutsLevels;

/**
 * The participants of collaborative activities, one row per participant: the inventors of a
 * patent application ({@code co_invention}) and the organisations of a research project
 * ({@code research}).
 *
 * <p>{@code n} is what the participant adds to its region's count n_r: an inventor's address
 * share {@code reg_share} (a person with two addresses counts half in each), an organisation 1.
 * {@value #LEVEL_REGIONS} holds the participant's region at each configured NUTS level, in the
 * order of the levels: NULL where its code is coarser than the level or extra-regio (it still
 * counts in the activity's n, so every activity's pairs sum to 1, but joins no region pair at that
 * level). Participants outside NUTS countries (JP, US, the OECD TL codes) are a region only at
 * level 0, as their country, as in region_technology; at levels 1 to 3 they have no region, and
 * count as participants abroad (foreign weight, partner countries), never as a region. The levels are an array rather than one row per level so that the
 * participants are grouped once for all levels ({@link ActivityRegions#activities}).
 */
final class Participants {
  static final String CO_INVENTION = "co_invention";
  static final String RESEARCH = "research";
  static final String LEVEL_REGIONS = "level_regions";

  private Participants() {}

  /**
   * Columns: source, reference_year, activity, participant, country_code, n, company (PRC),
   * academic (HES or REC), {@value #LEVEL_REGIONS}.
   */
  static Dataset<Row> of(Dataset<Row> inventors, Dataset<Row> participations, List<Integer> levels) {
    Dataset<Row> invention = inventors.filter(col("role").equalTo("inventor"))
        .select(lit(CO_INVENTION).as("source"), col("reference_year"), concat(col("source"), lit(":"), col("appln_id")).as("activity"),
            col("person_id").as("participant"), col("country_code"), col("nuts1"), col("nuts2"), col("nuts3"),
            col("extra_regio"), col("reg_share").as("n"), lit(false).as("company"), lit(false).as("academic"));
    Dataset<Row> research = participations
        .select(lit(RESEARCH).as("source"), col("reference_year"), concat(col("source"), lit(":"), col("project_id")).as("activity"),
            col("organisation_id").as("participant"), col("country_code"), col("nuts1"), col("nuts2"), col("nuts3"),
            col("extra_regio"), lit(1.0).as("n"), col("activity_type").equalTo("PRC").as("company"),
            col("activity_type").isin("HES", "REC").as("academic"));
    Column regions = array(levels.stream().map(Participants::regionAt).toArray(Column[]::new));
    return invention.unionByName(research)
        .select(col("source"), col("reference_year"), col("activity"), col("participant"), col("country_code"),
            col("n"), col("company"), col("academic"), regions.as(LEVEL_REGIONS));
  }

  private static Column regionAt(int level) {
    Column outsideNuts = not(col("country_code").isin(NutsCountries.CODES.toArray()));
    Column region = when(not(col("extra_regio")), NutsLevels.regionAt(level));
    return level == 0 ? when(outsideNuts, col("country_code")).otherwise(region) : when(not(outsideNuts), region);
  }
}
