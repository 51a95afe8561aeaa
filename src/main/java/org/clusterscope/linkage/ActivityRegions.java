package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.commons.lang3.ArrayUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.spark.FixedPartitions;

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
 * <p>The participants are clustered by activity once, and every step up to the activity's places
 * groups by keys that begin with the activity, so none of them shuffles again: per participant
 * ({@link #activities}: its addresses, normalised), per participant and level (its places at the
 * level, one row each), per place (n_r, q_r and the other sums, hash aggregates of those rows) and
 * per activity and level (its places gathered into an array). Only the last gathers arrays, and
 * only where a participant is split over places does an array expression merge anything: summed
 * in arrays, with every place filtering every participant's places, an activity cost the square
 * of its participants, evaluated row by row. Every measure after that expands an activity's row
 * ({@link #regions}, {@link RegionLinks#activityPairs}), with no further join. The pair formulas
 * are in {@link LinkFormulas}.
 */
final class ActivityRegions {
  static final String PLACES = "places";
  /** Per place: (id, w) of the participants that also have another place at the level. */
  static final String SPLITS = "splits";
  /** In {@link #regions}: the row's own element of {@value #PLACES}. */
  static final String PLACE = "place";
  private static final String ADDRESSES = "addresses";
  /** In a participant's place row: its id where it has another place at the level, else NULL. */
  private static final String SPLIT_ID = "split_id";
  private static final String[] ACTIVITY = {"source", "reference_year", "activity"};
  private static final DataType SPLITS_TYPE = DataTypes.createArrayType(
      new StructType().add("id", DataTypes.LongType).add("w", DataTypes.DoubleType));

  private ActivityRegions() {}

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
   * to the activity totals each shuffled and sorted all of them again. The sectors are joined to
   * the participant rows once they are clustered by activity, so the join shuffles only the
   * sectors; the set number then rides along in the grouping keys (it is the activity's).
   *
   * @param participants {@link Participants#of}
   * @param sectors {@link ActivitySectors#numbered}
   * @param levels the configured NUTS levels, in the order of {@value Participants#LEVEL_REGIONS}
   */
  static Dataset<Row> activities(Dataset<Row> participants, Dataset<Row> sectors, List<Integer> levels) {
    Dataset<Row> placeRows = persons(FixedPartitions.clustered(participants, cols(ACTIVITY))
        .join(sectors, ACTIVITY, "left"))
        .select(col("*"), explode(participantPlaces(levels)).as("e"))
        .select(col("source"), col("reference_year"), col("activity"), col(ActivitySectors.SET),
            col("e.level").as("nuts_level"), col("e.region").as("region"), col("e.country_code").as("country_code"),
            col("e.w").as("w"), col("e.companies").as("companies"), col("e.elsewhere").as("elsewhere"),
            col("e.abroad").as("abroad"), col("e.persons").as("persons"), col("academic"),
            when(col("e.split"), col("id")).as(SPLIT_ID));
    Column[] level = cols("source", "reference_year", "activity", ActivitySectors.SET, "nuts_level");
    Column located = col("region").isNotNull();
    Dataset<Row> perLevel = placeRows
        .groupBy(ArrayUtils.addAll(level, col("region"), col("country_code"), col(SPLIT_ID)))
        .agg(sum("w").as("n_r"), sum(col("w").multiply(col("w"))).as("q_r"), sum("companies").as("companies"),
            sum("elsewhere").as("elsewhere"), sum("abroad").as("abroad"), sum("persons").as("persons"),
            max("academic").as("academic"))
        .groupBy(level)
        .agg(collect_list(struct(col("region"), col("country_code"), col("n_r"), col("q_r"), col("companies"),
                col("elsewhere"), col("abroad"),
                when(col(SPLIT_ID).isNotNull(), array(struct(col(SPLIT_ID).as("id"), col("n_r").as("w"))))
                    .otherwise(array().cast(SPLITS_TYPE)).as(SPLITS))).as("parts"),
            count(col(SPLIT_ID)).as("split_parts"), sum("persons").cast("double").as("n"),
            max("academic").equalTo(1).as("has_academic"),
            coalesce(sum(when(located, col("n_r"))), lit(0.0)).as("n_located"),
            count(when(located, lit(1))).as("located_parts"));
    // Without split participants each part is a place of its own; with them, a place is its
    // unsplit participants' part and one part per split participant, merged here.
    Column merge = col("split_parts").gt(0);
    return perLevel.select(col("source"), col("reference_year"), col("nuts_level"), col("activity"), col("n"),
            col("n").geq(2).as("collaborative"), col("has_academic"),
            when(merge, mergedPlaces(col("parts"))).otherwise(col("parts")).as(PLACES), col(ActivitySectors.SET),
            col("n_located"), col("located_parts"), merge.as("merged"))
        .withColumn("regions", when(col("merged"), size(filter(col(PLACES), p -> p.getField("region").isNotNull()))
            .cast("long")).otherwise(col("located_parts")))
        .drop("located_parts", "merged");
  }

  /**
   * Per activity and participant: id (a 64-bit hash of the participant's id; two ids of one
   * activity sharing a hash, odds about 2^-64 per pair, would count as one participant), academic
   * (a university or research organisation) and {@value #ADDRESSES}, an array of ({@value
   * Participants#LEVEL_REGIONS}, country_code, n, companies) with companies the participations of
   * companies at the address.
   */
  private static Dataset<Row> persons(Dataset<Row> participants) {
    return participants
        .groupBy(col("source"), col("reference_year"), col("activity"), col(ActivitySectors.SET), col("participant"))
        .agg(collect_list(struct(col(Participants.LEVEL_REGIONS), col("country_code"), col("n"),
                col("company").cast("long").as("companies"))).as(ADDRESSES),
            max(col("academic").cast("int")).as("academic"))
        .select(col("source"), col("reference_year"), col("activity"), col(ActivitySectors.SET),
            xxhash64(col("participant")).as("id"), col("academic"), col(ADDRESSES));
  }

  /**
   * A participant's places at every level: (level, region, country_code, w, companies, split,
   * elsewhere, abroad, persons), with w its weights normalised to sum to 1 (equal weights where
   * they sum to 0), split whether it has another place at the level, elsewhere and abroad w times
   * its weight at its other located places and in other countries, and persons 1 on its first
   * place at each level (so that the places' sums count each participant once). A participant with
   * one address, nearly all of them, has one place per level with weight 1, built without array
   * functions.
   */
  private static Column participantPlaces(List<Integer> levels) {
    Column addresses = col(ADDRESSES);
    Column only = element_at(addresses, 1);
    Column n = only.getField("n");
    Column[] single = new Column[levels.size()];
    Column[] several = new Column[levels.size()];
    for (int i = 0; i < levels.size(); i++) {
      single[i] = struct(lit(levels.get(i)).as("level"),
          element_at(only.getField(Participants.LEVEL_REGIONS), i + 1).as("region"),
          only.getField("country_code").as("country_code"),
          when(n.gt(0), n.divide(n)).otherwise(lit(1.0)).as("w"), only.getField("companies").as("companies"),
          lit(false).as("split"), lit(0.0).as("elsewhere"), lit(0.0).as("abroad"), lit(1L).as("persons"));
      several[i] = placesAt(normalised(addresses), i + 1, levels.get(i));
    }
    return when(size(addresses).equalTo(1), array(single)).otherwise(flatten(array(several)));
  }

  /** The addresses with w, the participant's n normalised to sum to 1 (equal where they sum to 0). */
  private static Column normalised(Column addresses) {
    Column total = total(addresses, "n");
    return transform(addresses, a -> struct(a.getField(Participants.LEVEL_REGIONS).as(Participants.LEVEL_REGIONS),
        a.getField("country_code").as("country_code"),
        when(total.gt(0), a.getField("n").divide(total)).otherwise(lit(1.0).divide(size(addresses))).as("w"),
        a.getField("companies").as("companies")));
  }

  /**
   * The places of a participant with several addresses at the level with this (1-based) index in
   * the level array: its addresses merged by (region at the level, country), so that two addresses
   * in one region count once there.
   */
  private static Column placesAt(Column addresses, int index, int level) {
    Column own = mergedAt(addresses, index);
    return transform(own, (e, position) -> struct(lit(level).as("level"), e.getField("region").as("region"),
        e.getField("country_code").as("country_code"), e.getField("w").as("w"), e.getField("companies").as("companies"),
        size(own).gt(1).as("split"),
        e.getField("w").multiply(weight(filter(own, f -> f.getField("region").isNotNull()
            .and(not(samePlace(f, e)))))).as("elsewhere"),
        e.getField("w").multiply(weight(filter(own, f -> f.getField("country_code").notEqual(e.getField("country_code")))))
            .as("abroad"),
        when(position.equalTo(0), lit(1L)).otherwise(lit(0L)).as("persons")));
  }

  /** One participant's addresses merged by (region at the level, country): w and companies summed. */
  private static Column mergedAt(Column addresses, int index) {
    Column located = transform(addresses, a -> struct(
        element_at(a.getField(Participants.LEVEL_REGIONS), index).as("region"),
        a.getField("country_code").as("country_code"), a.getField("w").as("w"), a.getField("companies").as("companies")));
    return transform(distinctPlaces(located), k -> {
      Column same = filter(located, a -> samePlace(a, k));
      return struct(k.getField("region").as("region"), k.getField("country_code").as("country_code"),
          weight(same).as("w"), totalLong(same, "companies").as("companies"));
    });
  }

  /** Parts of places (as {@value #PLACES} elements) merged by place: sums summed, splits joined. */
  private static Column mergedPlaces(Column parts) {
    return transform(distinctPlaces(parts), k -> {
      Column same = filter(parts, p -> samePlace(p, k));
      return struct(k.getField("region").as("region"), k.getField("country_code").as("country_code"),
          total(same, "n_r").as("n_r"), total(same, "q_r").as("q_r"), totalLong(same, "companies").as("companies"),
          total(same, "elsewhere").as("elsewhere"), total(same, "abroad").as("abroad"),
          flatten(transform(same, p -> p.getField(SPLITS))).as(SPLITS));
    });
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
