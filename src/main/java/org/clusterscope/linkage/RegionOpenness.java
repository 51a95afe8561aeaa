package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.indicators.Formulas;
import org.clusterscope.publish.Grain;

/**
 * {@code region_openness} (docs/design.md 4.6): for each region, its activities and how many reach other
 * regions and other countries, and its participant pairs split into internal (both ends in the
 * region), external (one end) and foreign (the other end abroad). Openness = external / (internal
 * + external); 1 − openness is the cluster's self-sufficiency. Sector rows weigh each activity by
 * its share of the sector (patents: equal shares over the application's NACE divisions), and
 * count the partners of the activities that touch the sector.
 */
final class RegionOpenness {
  /** The key of {@link Grain#REGION_OPENNESS}, its region column named region until the end. */
  private static final String[] KEY = {"reference_year", "nuts_level", "source", "region", "sector_scheme", "sector_code"};

  private RegionOpenness() {}

  /**
   * @param regions {@link ActivityRegions#regions}: per activity and region, with the activity's
   *     totals, places and sector set; region totals (scheme and code 'all', share 1) are added here
   * @param sets {@link ActivitySectors#sets}: the sectors of each sector set
   */
  static Dataset<Row> compute(Dataset<Row> regions, Dataset<Row> sets) {
    Column n = col("n");
    // Pairs of distinct participants with one end in the region (docs/design.md 4.5): inside it, with the
    // activity's other located places, and with participants abroad (located or not). Pairs whose
    // other end has no region at this level (a coarser NUTS code) are neither internal nor
    // external here: where they lie is not known.
    Column inside = LinkFormulas.pairsInside(col("n_r"), col("q_r"));
    Column outside = LinkFormulas.pairsOutside(col("n_r"), col("n_located"), col("elsewhere"));
    Column foreign = LinkFormulas.pairsAbroad(col("n_r"), n, col("n_own"), col("abroad"));
    // Each measure is a sum over the region's activities of the activity's value times its share
    // of the sector. Applications with the same divisions have the same sectors and shares, so the
    // values are summed per region and set of sectors first (a few per region and level where
    // there are thousands of applications), and only those sums are spread over the sectors. The
    // sets are grouped by their number, and their sectors looked up after the grouping.
    Dataset<Row> perSectorSet = regions
        .select(col("reference_year"), col("nuts_level"), col("source"), col("region"), col("country_code"),
            col(ActivitySectors.SET),
            lit(1.0).as("act"),
            when(col("collaborative"), 1.0).otherwise(0.0).as("collab"),
            when(LinkFormulas.linked(outside).or(LinkFormulas.linked(foreign)), 1.0).otherwise(0.0)
                .as("other_region"),
            when(LinkFormulas.linked(foreign), 1.0).otherwise(0.0).as("foreign"),
            LinkFormulas.perPair(inside, n).as("internal"),
            LinkFormulas.perPair(outside, n).as("external"),
            LinkFormulas.perPair(foreign, n).as("foreign_w"),
            col("companies"), when(col("has_academic"), col("companies")).otherwise(0).as("companies_with_academic"))
        .groupBy(col("reference_year"), col("nuts_level"), col("source"), col("region"), col("country_code"),
            col(ActivitySectors.SET))
        .agg(sum("act").as("act"), sum("collab").as("collab"), sum("other_region").as("other_region"),
            sum("foreign").as("foreign"), sum("internal").as("internal"), sum("external").as("external"),
            sum("foreign_w").as("foreign_w"), sum("companies").as("companies"),
            sum("companies_with_academic").as("companies_with_academic"));
    Column share = col("share");
    Dataset<Row> measures = bySector(perSectorSet, sets, false)
        .groupBy(col("reference_year"), col("nuts_level"), col("source"), col("region"), col("country_code"),
            col("sector_scheme"), col("sector_code"))
        .agg(sum(col("act").multiply(share)).as("activities"), sum(col("collab").multiply(share)).as("collaborative"),
            sum(col("other_region").multiply(share)).as("with_other_region"),
            sum(col("foreign").multiply(share)).as("with_foreign"),
            sum(col("internal").multiply(share)).as("internal_weight"),
            sum(col("external").multiply(share)).as("external_weight"),
            sum(col("foreign_w").multiply(share)).as("foreign_weight"),
            // Companies are research participations, which have no sectors: not weighted.
            sum("companies").as("companies"), sum("companies_with_academic").as("companies_with_academic"))
        .withColumn("cross_region_share", Formulas.ratio(col("with_other_region"), col("activities")))
        .withColumn("cross_border_share", Formulas.ratio(col("with_foreign"), col("activities")))
        .withColumn("openness", LinkFormulas.openness(col("internal_weight"), col("external_weight")))
        // Research only (co-invention has no companies): the share of the region's company (PRC)
        // participations in projects with a university (HES) or research organisation (REC).
        .withColumn("research_partner_share", Formulas.ratio(col("companies_with_academic"), col("companies")))
        .drop("companies", "companies_with_academic");
    // The three parts are stacked and grouped by the key (one aggregate of their few rows)
    // rather than joined (two sort-merge joins). Each key has one measures row; a partner part
    // has no key the measures lack (it counts the sectors an activity touches, a subset).
    List<Column> values = new ArrayList<>();
    for (String column : measures.columns()) {
      if (!Arrays.asList(KEY).contains(column)) {
        values.add(max(column).as(column));
      }
    }
    values.add(coalesce(max("partner_regions"), lit(0L)).as("partner_regions"));
    values.add(coalesce(max("partner_countries"), lit(0L)).as("partner_countries"));
    return measures
        .unionByName(partnerRegions(regions, sets), true)
        .unionByName(partnerCountries(regions, sets), true)
        .groupBy(ActivityRegions.cols(KEY))
        .agg(values.get(0), values.subList(1, values.size()).toArray(Column[]::new))
        .filter(col("activities").isNotNull())
        .withColumnRenamed("region", "region_code");
  }

  /**
   * Each row once as a region total (scheme and code 'all', share 1) and once per sector of its
   * activity, with the sector's share (only the sectors with a positive share if {@code touching}).
   * Activities without sectors (research) give totals only.
   *
   * @param rows rows with {@value ActivitySectors#SET}, whose sectors are looked up in {@code sets}
   */
  private static Dataset<Row> bySector(Dataset<Row> rows, Dataset<Row> sets, boolean touching) {
    Column total = array(struct(lit("all").as("sector_scheme"), lit("all").as("sector_code"), lit(1.0).as("share")));
    Column sectors = col(ActivitySectors.SECTORS);
    if (touching) {
      sectors = filter(sectors, s -> s.getField("share").gt(0));
    }
    return rows.join(sets, new String[] {ActivitySectors.SET}, "left")
        .select(col("*"), explode(when(sectors.isNull(), total).otherwise(concat(total, sectors))).as("s"))
        .drop(ActivitySectors.SECTORS, ActivitySectors.SET)
        .select(col("*"), col("s.sector_scheme").as("sector_scheme"), col("s.sector_code").as("sector_code"),
            col("s.share").as("share"))
        .drop("s");
  }

  /** Distinct other regions that share an activity (touching the sector) with the region. */
  private static Dataset<Row> partnerRegions(Dataset<Row> regions, Dataset<Row> sets) {
    Dataset<Row> partners = regions.select(col("source"), col("reference_year"), col("nuts_level"), col("region"),
        col(ActivitySectors.SET), explode(ActivityRegions.partnerPlaces(true)).as("p"))
        .select(col("source"), col("reference_year"), col("nuts_level"), col("region"),
            col(ActivitySectors.SET), col("p.region").as("partner"))
        .distinct();
    return bySector(partners, sets, true)
        .groupBy(ActivityRegions.cols(KEY)).agg(countDistinct("partner").as("partner_regions"));
  }

  /** Distinct foreign countries of the participants of the region's activities (touching the sector). */
  private static Dataset<Row> partnerCountries(Dataset<Row> regions, Dataset<Row> sets) {
    Column own = col("country_code");
    Column foreign = array_distinct(transform(
        filter(ActivityRegions.partnerPlaces(false), p -> p.getField("country_code").notEqual(own)),
        p -> p.getField("country_code")));
    Dataset<Row> partners = regions.select(col("source"), col("reference_year"), col("nuts_level"), col("region"),
        col(ActivitySectors.SET), explode(foreign).as("partner_country"))
        .distinct();
    return bySector(partners, sets, true)
        .groupBy(ActivityRegions.cols(KEY)).agg(countDistinct("partner_country").as("partner_countries"));
  }
}
