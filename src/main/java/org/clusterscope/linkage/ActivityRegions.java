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
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every link measure is computed from per-activity region counts, never from participant pairs:
 * an application with 150 inventors in 3 regions costs 3 place rows here, not 11,175 pairs.
 *
 * <p>A participant p may be spread over several places with weights w_pr (REGPAT {@code
 * reg_share}: an inventor whose address straddles regions); each participant's weights are
 * normalised to sum to 1, so an activity of n distinct participants has n_r = Σ_p w_pr in region
 * r. Pairs are pairs of distinct participants, each weighing 1 / C(n, 2), so an activity sums to 1:
 * inside r the pairs weigh (n_r² − Σ_p w_pr²) / 2, between a ≠ b they weigh n_a n_b − Σ_p w_pa
 * w_pb (the second term drops the "pair" of one participant with two addresses, which links
 * nobody). Both are never negative. Each place therefore carries, beside n_r, the sum of squares
 * q_r = Σ_p w_pr², the weight its participants have elsewhere (located and abroad), and the
 * participants it shares with other places ({@value #SPLITS}: rare, as most participants have one
 * place).
 *
 * <p>The participants are grouped once per activity and participant ({@link #persons}) and those
 * rows once more per activity ({@link #activities}), which keeps them as an array beside the
 * activity's totals; only then is each activity expanded to the configured levels, its places at a
 * level merged from that array. Every measure after that expands an activity's row ({@link
 * #regions}, {@link RegionLinks#activityPairs}), with no further join. The pair formulas are in
 * {@link LinkFormulas}.
 */
final class ActivityRegions {
  static final String PLACES = "places";
  /** Per place: (id, w) of the participants that also have another place at the level. */
  static final String SPLITS = "splits";
  /** In {@link #regions}: the row's own element of {@value #PLACES}. */
  static final String PLACE = "place";
  private static final String FINE = "participants";

  private ActivityRegions() {}

  /**
   * Per activity and participant: id (a 64-bit hash of the participant's id; two ids of one
   * activity sharing a hash, odds about 2^-64 per pair, would count as one participant), academic
   * (a university or research organisation) and addresses, an array of ({@value
   * Participants#LEVEL_REGIONS}, country_code, w, companies) with w the participant's weights
   * normalised to sum to 1 (equal weights where they sum to 0) and companies the participations
   * of companies at the address.
   */
  static Dataset<Row> persons(Dataset<Row> participants) {
    Dataset<Row> grouped = participants
        .groupBy(col("source"), col("reference_year"), col("activity"), col("participant"))
        .agg(collect_list(struct(col(Participants.LEVEL_REGIONS), col("country_code"), col("n"),
                col("company").cast("long").as("companies"))).as("addresses"),
            max(col("academic").cast("int")).as("academic"));
    Column addresses = col("addresses");
    Column total = total(addresses, "n");
    Column normalised = transform(addresses, a -> struct(a.getField(Participants.LEVEL_REGIONS).as(Participants.LEVEL_REGIONS),
        a.getField("country_code").as("country_code"),
        when(total.gt(0), a.getField("n").divide(total)).otherwise(lit(1.0).divide(size(addresses))).as("w"),
        a.getField("companies").as("companies")));
    return grouped.select(col("source"), col("reference_year"), col("activity"),
        xxhash64(col("participant")).as("id"), col("academic"), normalised.as("addresses"));
  }

  /**
   * Per activity and level: n (distinct participants), n_located (the weight of participants with
   * a region at the level), collaborative (at least two participants), regions (distinct, at the
   * level: a region code names one country, so each located place is a region of its own),
   * has_academic; {@value #PLACES}, its places at the level (region, country_code, n_r, q_r,
   * companies, elsewhere, abroad, {@value #SPLITS}; region NULL for the participants without one at
   * the level); and {@value ActivitySectors#SET}, the number of the activity's set of sectors
   * (NULL for an activity without).
   *
   * <p>Every later measure needs an activity's regions together (pairs, participants from the
   * same country, partner regions and countries), so they are gathered here into one row: each
   * measure is then an expansion of that row, where self-joins of the located rows and joins back
   * to the activity totals each shuffled and sorted all of them again. The grouping and the join
   * with the sectors happen once per activity, not once per activity and level.
   *
   * @param persons {@link #persons}
   * @param sectors {@link ActivitySectors#numbered}
   * @param levels the configured NUTS levels, in the order of {@value Participants#LEVEL_REGIONS}
   */
  static Dataset<Row> activities(Dataset<Row> persons, Dataset<Row> sectors, List<Integer> levels) {
    Dataset<Row> activities = persons.groupBy(col("source"), col("reference_year"), col("activity"))
        .agg(count(lit(1)).cast("double").as("n"), max("academic").equalTo(1).as("has_academic"),
            collect_list(struct(col("id"), col("addresses"))).as(FINE))
        .withColumn("collaborative", col("n").geq(2))
        .join(sectors, new String[] {"source", "reference_year", "activity"}, "left");
    Column[] byLevel = new Column[levels.size()];
    for (int i = 0; i < levels.size(); i++) {
      byLevel[i] = struct(lit(levels.get(i)).as("level"), placesAt(i + 1).as("places"));
    }
    Column withRegion = filter(col(PLACES), p -> p.getField("region").isNotNull());
    return activities.select(col("*"), explode(array(byLevel)).as("l"))
        .select(col("source"), col("reference_year"), col("l.level").as("nuts_level"), col("activity"), col("n"),
            col("collaborative"), col("has_academic"), col("l.places").as(PLACES), col(ActivitySectors.SET))
        .withColumn("n_located", total(withRegion, "n_r"))
        .withColumn("regions", size(withRegion).cast("long"));
  }

  /**
   * The activity's places at the level with this (1-based) index in the level array: each
   * participant's addresses merged by (region at the level, country) first, so that a participant
   * with two addresses in one region counts once there; then every participant's merged places
   * merged by (region, country).
   */
  private static Column placesAt(int index) {
    Column elements = flatten(transform(col(FINE), p -> {
      Column own = mergedAt(p.getField("addresses"), index);
      return transform(own, e -> struct(e.getField("region").as("region"), e.getField("country_code").as("country_code"),
          e.getField("w").as("w"), e.getField("companies").as("companies"), p.getField("id").as("id"),
          size(own).gt(1).as("split"),
          e.getField("w").multiply(weight(filter(own, f -> f.getField("region").isNotNull()
              .and(not(samePlace(f, e)))))).as("elsewhere"),
          e.getField("w").multiply(weight(filter(own, f -> f.getField("country_code").notEqual(e.getField("country_code")))))
              .as("abroad")));
    }));
    return transform(distinctPlaces(elements), k -> {
      Column same = filter(elements, e -> samePlace(e, k));
      return struct(k.getField("region").as("region"), k.getField("country_code").as("country_code"),
          weight(same).as("n_r"),
          aggregate(same, lit(0.0), (total, e) -> total.plus(e.getField("w").multiply(e.getField("w")))).as("q_r"),
          totalLong(same, "companies").as("companies"),
          total(same, "elsewhere").as("elsewhere"),
          total(same, "abroad").as("abroad"),
          transform(filter(same, e -> e.getField("split")),
              e -> struct(e.getField("id").as("id"), e.getField("w").as("w"))).as(SPLITS));
    });
  }

  /** One participant's addresses merged by (region at the level, country): w and companies summed. */
  private static Column mergedAt(Column addresses, int index) {
    Column located = transform(addresses, a -> struct(
        element_at(a.getField(Participants.LEVEL_REGIONS), index).as("region"),
        a.getField("country_code").as("country_code"), a.getField("w").as("w"), a.getField("companies").as("companies")));
    return when(size(addresses).equalTo(1), located).otherwise(transform(distinctPlaces(located), k -> {
      Column same = filter(located, a -> samePlace(a, k));
      return struct(k.getField("region").as("region"), k.getField("country_code").as("country_code"),
          weight(same).as("w"), totalLong(same, "companies").as("companies"));
    }));
  }

  private static Column distinctPlaces(Column elements) {
    return array_distinct(transform(elements, e -> struct(e.getField("region").as("region"),
        e.getField("country_code").as("country_code"))));
  }

  private static Column samePlace(Column a, Column b) {
    return a.getField("region").eqNullSafe(b.getField("region"))
        .and(a.getField("country_code").eqNullSafe(b.getField("country_code")));
  }

  private static Column weight(Column elements) {
    return total(elements, "w");
  }

  /** The sum of a double field over an array of structs (0 for an empty array). */
  private static Column total(Column elements, String field) {
    return aggregate(elements, lit(0.0), (sum, e) -> sum.plus(e.getField(field)));
  }

  /** The sum of a whole-number field over an array of structs (0 for an empty array). */
  private static Column totalLong(Column elements, String field) {
    return aggregate(elements, lit(0L), (sum, e) -> sum.plus(e.getField(field)));
  }

  /**
   * Per activity and region: the activity's columns ({@link #activities}) with the region's
   * {@value #PLACE} (its element of {@value #PLACES}), region, country_code, n_r, q_r, companies,
   * elsewhere (the weight its participants have at the activity's other located places), abroad
   * (likewise in other countries), and n_own, the activity's participants from the region's own
   * country (those without a region at the level included).
   */
  static Dataset<Row> regions(Dataset<Row> activities) {
    Dataset<Row> exploded = activities.select(col("*"),
        explode(filter(col(PLACES), place -> place.getField("region").isNotNull())).as(PLACE));
    Column place = col(PLACE);
    Column country = place.getField("country_code");
    return exploded.select(col("*"), place.getField("region").as("region"), country.as("country_code"),
        place.getField("n_r").as("n_r"), place.getField("q_r").as("q_r"), place.getField("companies").as("companies"),
        place.getField("elsewhere").as("elsewhere"), place.getField("abroad").as("abroad"),
        total(filter(col(PLACES), p -> p.getField("country_code").equalTo(country)), "n_r").as("n_own"));
  }

  /**
   * The other places of the row's activity at its level ({@link #PLACES} elements) with which the
   * row's region shares a pair of distinct participants, located ones only if {@code located}.
   */
  static Column partnerPlaces(boolean located) {
    return filter(col(PLACES), p -> {
      Column other = not(p.getField("region").eqNullSafe(col("region"))
          .and(p.getField("country_code").eqNullSafe(col("country_code"))));
      Column candidate = located ? p.getField("region").isNotNull().and(other) : other;
      return candidate.and(LinkFormulas.linked(LinkFormulas.pairsBetween(col(PLACE), p)));
    });
  }

  static Column[] cols(String... names) {
    Column[] columns = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      columns[i] = col(names[i]);
    }
    return columns;
  }
}
