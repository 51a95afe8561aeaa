package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every link measure is computed from per-activity region counts, never from participant pairs:
 * an application with 150 inventors in 3 regions costs 3 rows here, not 11,175 pairs. For an
 * activity with n participants, n_r of them in region r, the pairs inside r are C(n_r, 2), those
 * between a and b n_a n_b, and each pair weighs 1 / C(n, 2), so the activity sums to 1
 * (Σ_{a<b} n_a n_b + Σ_r C(n_r, 2) = C(n, 2)).
 *
 * <p>The participants are aggregated once, per activity, country and regions at every level
 * ({@link #located}), and those rows once more per activity ({@link #activities}), which keeps them
 * as an array beside the activity's totals; only then is each activity expanded to the configured
 * levels, its places at a level merged from that array. Every measure after that expands an
 * activity's row ({@link #regions}, {@link RegionLinks#activityPairs}), with no further join. The
 * totals are sums, minima and maxima: the distinct participants and regions an activity has are
 * derived from the grouped rows, not counted with {@code countDistinct}, which Spark plans as an
 * expansion of every participant row per distinct column followed by a second aggregation.
 */
final class ActivityRegions {
  static final String PLACES = "places";
  private static final String FINE = "fine_places";

  private ActivityRegions() {}

  /**
   * Per activity, country and {@value Participants#LEVEL_REGIONS}: n_r, companies (participations
   * of companies), academic (a university or research organisation takes part), and the least and
   * greatest 64-bit hash of the participants' ids. An activity has two distinct participants when
   * the least and greatest hash over its rows differ; two ids of one activity sharing a hash (odds
   * about 2^-64 per pair) would count as one participant.
   */
  static Dataset<Row> located(Dataset<Row> participants) {
    Column participant = xxhash64(col("participant"));
    return participants
        .groupBy(col("source"), col("reference_year"), col("activity"), col(Participants.LEVEL_REGIONS), col("country_code"))
        .agg(sum("n").as("n_r"), sum(col("company").cast("int")).as("companies"),
            max(col("academic").cast("int")).as("academic"), min(participant).as("participant_min"),
            max(participant).as("participant_max"));
  }

  /**
   * Per activity and level: n, n_located (participants with a region at the level),
   * collaborative (at least two distinct participants), regions (distinct, at the level: a region
   * code names one country, so each located place is a region of its own), has_academic;
   * {@value #PLACES}, its places at the level (region, country_code, n_r, companies; region NULL
   * for the participants without one at the level); and {@value ActivitySectors#SET}, the number
   * of the activity's set of sectors (NULL for an activity without).
   *
   * <p>Every later measure needs an activity's regions together (pairs, participants from the
   * same country, partner regions and countries), so they are gathered here into one row: each
   * measure is then an expansion of that row, where self-joins of the located rows and joins back
   * to the activity totals each shuffled and sorted all of them again. The grouping and the join
   * with the sectors happen once per activity, not once per activity and level: at 1x that is 2.7
   * million rows instead of 8.1 million through two shuffles and a sort-merge join.
   *
   * @param sectors {@link ActivitySectors#numbered}
   * @param levels the configured NUTS levels, in the order of {@value Participants#LEVEL_REGIONS}
   */
  static Dataset<Row> activities(Dataset<Row> located, Dataset<Row> sectors, List<Integer> levels) {
    Dataset<Row> activities = located.groupBy(col("source"), col("reference_year"), col("activity"))
        .agg(sum("n_r").as("n"), min("participant_min").lt(max("participant_max")).as("collaborative"),
            max("academic").equalTo(1).as("has_academic"),
            collect_list(struct(col(Participants.LEVEL_REGIONS), col("country_code"), col("n_r"), col("companies")))
                .as(FINE))
        .join(sectors, new String[] {"source", "reference_year", "activity"}, "left");
    Column[] byLevel = new Column[levels.size()];
    for (int i = 0; i < levels.size(); i++) {
      byLevel[i] = struct(lit(levels.get(i)).as("level"), placesAt(i + 1).as("places"));
    }
    Column withRegion = filter(col(PLACES), p -> p.getField("region").isNotNull());
    return activities.select(col("*"), explode(array(byLevel)).as("l"))
        .select(col("source"), col("reference_year"), col("l.level").as("nuts_level"), col("activity"), col("n"),
            col("collaborative"), col("has_academic"), col("l.places").as(PLACES), col(ActivitySectors.SET))
        .withColumn("n_located", aggregate(withRegion, lit(0.0), (total, p) -> total.plus(p.getField("n_r"))))
        .withColumn("regions", size(withRegion).cast("long"));
  }

  /**
   * The activity's places at the level with this (1-based) index in the level array: its fine
   * places merged by (region at the level, country), n_r and companies summed.
   */
  private static Column placesAt(int index) {
    Column places = col(FINE);
    Column keys = array_distinct(transform(places, p -> struct(
        element_at(p.getField(Participants.LEVEL_REGIONS), index).as("region"),
        p.getField("country_code").as("country_code"))));
    return transform(keys, k -> {
      Column same = filter(places, p -> element_at(p.getField(Participants.LEVEL_REGIONS), index)
          .eqNullSafe(k.getField("region")).and(p.getField("country_code").eqNullSafe(k.getField("country_code"))));
      return struct(k.getField("region").as("region"), k.getField("country_code").as("country_code"),
          aggregate(same, lit(0.0), (total, p) -> total.plus(p.getField("n_r"))).as("n_r"),
          aggregate(same, lit(0L), (total, p) -> total.plus(p.getField("companies"))).as("companies"));
    });
  }

  /**
   * Per activity and region: the activity's columns ({@link #activities}) with the region's
   * region, country_code, n_r and companies, and n_own, the activity's participants from the
   * region's own country (those without a region at the level included).
   */
  static Dataset<Row> regions(Dataset<Row> activities) {
    Dataset<Row> exploded = activities.select(col("*"),
        explode(filter(col(PLACES), place -> place.getField("region").isNotNull())).as("place"));
    Column country = col("place.country_code");
    return exploded.select(col("*"), col("place.region").as("region"), country.as("country_code"),
            col("place.n_r").as("n_r"), col("place.companies").as("companies"),
            aggregate(filter(col(PLACES), p -> p.getField("country_code").equalTo(country)), lit(0.0),
                (total, p) -> total.plus(p.getField("n_r"))).as("n_own"))
        .drop("place");
  }

  /** The other regions of the row's activity at its level: ({@link #PLACES} elements). */
  static Column otherRegions() {
    return filter(col(PLACES), p -> p.getField("region").isNotNull().and(p.getField("region").notEqual(col("region"))));
  }

  /** C(x, 2) = x (x − 1) / 2, for fractional counts too. */
  static Column pairs(Column x) {
    return x.multiply(x.minus(1)).divide(2);
  }

  /** numerator / C(n, 2), 0 for an activity with fewer than two participants (it has no pairs). */
  static Column perPair(Column numerator, Column n) {
    return when(pairs(n).gt(1e-12), numerator.divide(pairs(n))).otherwise(lit(0.0));
  }

  static Column[] cols(String... names) {
    Column[] columns = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      columns[i] = col(names[i]);
    }
    return columns;
  }
}
