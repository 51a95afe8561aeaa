package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.clusterscope.indicators.Formulas;

/**
 * The formulas of the cross-clustering tables (docs/design.md 4.5 to 4.7, docs/indicators.md):
 * pair weights of {@code region_links} and {@code region_openness}, openness, and the
 * normalisations of {@code sector_links}. The co-location proximity of {@code sector_links} is
 * the one of relatedness density, {@link org.clusterscope.indicators.CellFormulas#proximity}.
 *
 * <p>Pair weights: an activity has n distinct participants, participant p counting in region r
 * with weight w_pr (normalised to sum to 1 per participant), n_r = Σ_p w_pr and q_r = Σ_p w_pr².
 * Every unordered pair of distinct participants weighs 1 / C(n, 2), so an activity sums to 1.
 * Inside r the pairs weigh (n_r² − q_r) / 2 and between a ≠ b n_a n_b − Σ_p w_pa w_pb: the second
 * terms drop the "pair" of a participant with itself, so a participant with two addresses links
 * nobody and no weight is negative. {@link ActivityRegions} gathers n_r, q_r and the weights
 * participants have elsewhere; {@link RegionLinks} and {@link RegionOpenness} sum these.
 */
final class LinkFormulas {
  /** A pair numerator at or below this is rounding noise, not a pair. */
  private static final double EPSILON = 1e-12;

  private LinkFormulas() {}

  /** C(n, 2) = n (n − 1) / 2: the pairs of an activity's n distinct participants. */
  static Column pairs(Column n) {
    return n.multiply(n.minus(1)).divide(2);
  }

  /** numerator / C(n, 2), 0 for an activity with fewer than two participants (it has no pairs). */
  static Column perPair(Column numerator, Column n) {
    return when(pairs(n).gt(EPSILON), numerator.divide(pairs(n))).otherwise(lit(0.0));
  }

  /** True where a pair numerator is positive: the two places share a pair of distinct participants. */
  static Column linked(Column numerator) {
    return numerator.gt(EPSILON);
  }

  /** The pairs of distinct participants inside a place (n_r, q_r): (n_r² − q_r) / 2. */
  static Column pairsInside(Column nr, Column qr) {
    return nr.multiply(nr).minus(qr).divide(2);
  }

  /**
   * The pairs of distinct participants between place {@code a} and another place {@code b} of
   * the same activity: n_a n_b − Σ_p w_pa w_pb, the sum over the participants at both places.
   * Both are structs with n_r and {@value ActivityRegions#SPLITS} (id, w), the participants that
   * also have another place.
   */
  static Column pairsBetween(Column a, Column b) {
    Column shared = aggregate(a.getField(ActivityRegions.SPLITS), lit(0.0), (total, s) -> total.plus(s.getField("w").multiply(
        aggregate(filter(b.getField(ActivityRegions.SPLITS), t -> t.getField("id").equalTo(s.getField("id"))), lit(0.0),
            (w, t) -> w.plus(t.getField("w"))))));
    return a.getField("n_r").multiply(b.getField("n_r")).minus(shared);
  }

  /**
   * The pairs of distinct participants between a region and the activity's other located
   * places: n_r (n_located − n_r) − Σ_p w_pr (W_p,located − w_pr).
   *
   * @param elsewhere Σ_p w_pr (W_p,located − w_pr): the weight the region's participants have at
   *     the other located places
   */
  static Column pairsOutside(Column nr, Column nLocated, Column elsewhere) {
    return nr.multiply(nLocated.minus(nr)).minus(elsewhere);
  }

  /**
   * The pairs of distinct participants between a region and participants in other countries:
   * n_r (n − n_country) − Σ_p w_pr W_p,abroad.
   *
   * @param nOwn the activity's participants from the region's country, located or not
   * @param abroad Σ_p w_pr W_p,abroad: the weight the region's participants have abroad
   */
  static Column pairsAbroad(Column nr, Column n, Column nOwn, Column abroad) {
    return nr.multiply(n.minus(nOwn)).minus(abroad);
  }

  /**
   * Openness external / (internal + external) of a region's collaboration (docs/design.md 4.6): 0
   * when the region only works with itself, 1 when only with others; 1 − openness is the
   * cluster's self-sufficiency.
   */
  static Column openness(Column internalWeight, Column externalWeight) {
    return Formulas.ratio(externalWeight, internalWeight.plus(externalWeight));
  }

  /**
   * Association strength c T / (s_i s_j): observed over expected co-occurrence (van Eck and
   * Waltman 2009; EconGeo {@code relatedness(method = "association")}). Here c is the pair's
   * co-occurrences, s_i and s_j the row sums of the co-occurrence matrix without its diagonal and
   * T = Σ s_i; all four as doubles.
   */
  static Column association(Column c, Column si, Column sj, Column t) {
    return Formulas.ratio(c.multiply(t), si.multiply(sj));
  }

  /** Cosine c / √(s_i s_j) (van Eck and Waltman 2009; EconGeo {@code "cosine"}). */
  static Column cosine(Column c, Column si, Column sj) {
    return Formulas.ratio(c, sqrt(si.multiply(sj)));
  }

  /** Jaccard index c / (s_i + s_j − c) (van Eck and Waltman 2009; EconGeo {@code "Jaccard"}). */
  static Column jaccard(Column c, Column si, Column sj) {
    return Formulas.ratio(c, si.plus(sj).minus(c));
  }

  /**
   * Probability index c / ([s_i/T · s_j/(T − s_i) + s_j/T · s_i/(T − s_j)] · T/2) (Steijn 2017;
   * EconGeo's default {@code "prob"}): observed over the co-occurrences expected when each
   * occurrence pairs with another at random.
   */
  static Column probabilistic(Column c, Column si, Column sj, Column t) {
    Column expected = Formulas.ratio(si, t).multiply(Formulas.ratio(sj, t.minus(si)))
        .plus(Formulas.ratio(sj, t).multiply(Formulas.ratio(si, t.minus(sj))))
        .multiply(t.divide(2));
    return Formulas.ratio(c, expected);
  }
}
