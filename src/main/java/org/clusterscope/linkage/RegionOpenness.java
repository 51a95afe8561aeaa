package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.indicators.Formulas;

/**
 * {@code region_openness} (DESIGN 4.6): for each region, its activities and how many reach other
 * regions and other countries, and its participant pairs split into internal (both ends in the
 * region), external (one end) and foreign (the other end abroad). Openness = external / (internal
 * + external); 1 − openness is the cluster's self-sufficiency. Sector rows weigh each activity by
 * its share of the sector (patents: equal shares over the application's NACE divisions), and
 * count the partners of the activities that touch the sector.
 */
final class RegionOpenness {
  private static final double EPSILON = 1e-9;
  private static final String[] SHARE_KEY = {"source", "reference_year", "activity"};
  private static final String[] KEY = {"reference_year", "nuts_level", "source", "region", "sector_scheme", "sector_code"};

  private RegionOpenness() {}

  /**
   * @param sectors per activity: source, reference_year, activity, sector_scheme, sector_code,
   *     share; region totals (scheme and code 'all', share 1) are added here
   */
  static Dataset<Row> compute(Dataset<Row> participants, Dataset<Row> regions, Dataset<Row> totals,
      Dataset<Row> countries, Dataset<Row> activityPairs, Dataset<Row> sectors) {
    Dataset<Row> shares = totals.select(col("source"), col("reference_year"), col("activity"),
        lit("all").as("sector_scheme"), lit("all").as("sector_code"), lit(1.0).as("share")).distinct().unionByName(sectors);

    Dataset<Row> ownCountry = countries.withColumnRenamed("n_c", "n_own");
    Column n = col("n");
    Column foreignParticipants = n.minus(col("n_own"));
    Column share = col("share");
    Dataset<Row> perActivity = regions
        .join(totals, ActivityRegions.ACTIVITY)
        .join(ownCountry, new String[] {"source", "reference_year", "nuts_level", "activity", "country_code"})
        .join(shares, SHARE_KEY)
        .select(col("reference_year"), col("nuts_level"), col("source"), col("region"), col("country_code"),
            col("sector_scheme"), col("sector_code"),
            share.as("act"),
            when(col("participants").geq(2), share).otherwise(0.0).as("collab"),
            when(col("regions").gt(1).or(foreignParticipants.gt(EPSILON)), share).otherwise(0.0).as("other_region"),
            when(foreignParticipants.gt(EPSILON), share).otherwise(0.0).as("foreign"),
            ActivityRegions.perPair(ActivityRegions.pairs(col("n_r")), n).multiply(share).as("internal"),
            // Pairs whose other end has no region at this level (a coarser NUTS code) are neither
            // internal nor external here: where they lie is not known.
            ActivityRegions.perPair(col("n_r").multiply(col("n_located").minus(col("n_r"))), n).multiply(share).as("external"),
            ActivityRegions.perPair(col("n_r").multiply(foreignParticipants), n).multiply(share).as("foreign_w"));
    Dataset<Row> measures = perActivity
        .groupBy(col("reference_year"), col("nuts_level"), col("source"), col("region"), col("country_code"),
            col("sector_scheme"), col("sector_code"))
        .agg(sum("act").as("activities"), sum("collab").as("collaborative"),
            sum("other_region").as("with_other_region"), sum("foreign").as("with_foreign"),
            sum("internal").as("internal_weight"), sum("external").as("external_weight"),
            sum("foreign_w").as("foreign_weight"))
        .withColumn("cross_region_share", Formulas.ratio(col("with_other_region"), col("activities")))
        .withColumn("cross_border_share", Formulas.ratio(col("with_foreign"), col("activities")))
        .withColumn("openness", Formulas.ratio(col("external_weight"),
            col("internal_weight").plus(col("external_weight"))));
    return measures
        .join(partnerRegions(activityPairs, shares), KEY, "left")
        .join(partnerCountries(regions, countries, shares), KEY, "left")
        .join(researchPartnerShare(participants, totals), new String[] {"reference_year", "nuts_level", "source",
            "region", "sector_scheme", "sector_code"}, "left")
        .withColumn("partner_regions", org.apache.spark.sql.functions.coalesce(col("partner_regions"), lit(0L)))
        .withColumn("partner_countries", org.apache.spark.sql.functions.coalesce(col("partner_countries"), lit(0L)))
        .withColumnRenamed("region", "region_code");
  }

  /** Distinct other regions that share an activity (touching the sector) with the region. */
  private static Dataset<Row> partnerRegions(Dataset<Row> activityPairs, Dataset<Row> shares) {
    Dataset<Row> both = activityPairs.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"),
            col("region_a").as("region"), col("region_b").as("partner"))
        .unionByName(activityPairs.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"),
            col("region_b").as("region"), col("region_a").as("partner")));
    return both.join(shares.filter(col("share").gt(0)), SHARE_KEY)
        .groupBy(ActivityRegions.cols(KEY)).agg(countDistinct("partner").as("partner_regions"));
  }

  /** Distinct foreign countries of the participants of the region's activities (touching the sector). */
  private static Dataset<Row> partnerCountries(Dataset<Row> regions, Dataset<Row> countries, Dataset<Row> shares) {
    Dataset<Row> foreign = regions.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"),
            col("region"), col("country_code").as("own_country"))
        .join(countries.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"),
            col("country_code").as("partner_country")), ActivityRegions.ACTIVITY)
        .filter(col("partner_country").notEqual(col("own_country")));
    return foreign.join(shares.filter(col("share").gt(0)), SHARE_KEY)
        .groupBy(ActivityRegions.cols(KEY)).agg(countDistinct("partner_country").as("partner_countries"));
  }

  /**
   * Research only, region totals: the share of the region's company (PRC) participations in
   * projects with a university (HES) or research organisation (REC) partner.
   */
  private static Dataset<Row> researchPartnerShare(Dataset<Row> participants, Dataset<Row> totals) {
    return participants
        .filter(col("source").equalTo(Participants.RESEARCH).and(col("company")).and(col("region").isNotNull()))
        .join(totals.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"), col("has_academic")),
            ActivityRegions.ACTIVITY)
        .groupBy(col("reference_year"), col("nuts_level"), col("source"), col("region"),
            lit("all").as("sector_scheme"), lit("all").as("sector_code"))
        .agg(Formulas.ratio(sum(col("has_academic").cast("int")), org.apache.spark.sql.functions.count(lit(1)))
            .as("research_partner_share"));
  }
}
