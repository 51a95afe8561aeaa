package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The formulas of {@code region_profile} (docs/design.md 4.2, docs/indicators.md): aggregate
 * expressions over the cells of one region in one scheme, with p = E_rs / E_r (focus) per cell.
 * A sector absent from the region has no cell, so a sum "over every sector in scope" adds the
 * absent sectors' part in closed form. {@link RegionProfileIndicators} groups the cells and
 * sets a measure NULL for a region without employment.
 */
public final class RegionFormulas {
  private RegionFormulas() {}

  /**
   * Krugman specialisation index Σ_s |E_rs/E_r − E_s/E| over every sector in scope (Krugman
   * 1991; EconGeo {@code krugman_index}), from the present sectors: an absent sector contributes
   * E_s/E, and Σ_absent E_s/E = 1 − Σ_present E_s/E.
   *
   * @param focus E_rs / E_r of each present sector
   * @param areaShare E_s / E of each present sector
   */
  public static Column krugman(Column focus, Column areaShare) {
    return Formulas.nonNegative(sum(abs(focus.minus(areaShare))).plus(lit(1.0)).minus(sum(areaShare)));
  }

  /** Hoover specialisation: half the Krugman index, 0 to 1 (Hoover 1936). */
  public static Column hoover(Column krugman) {
    return krugman.divide(2);
  }

  /** Herfindahl index Σ_s p² of the sector shares of the region (Herfindahl 1950; REAT {@code herf}). */
  public static Column herfindahl(Column focus) {
    return sum(focus.multiply(focus));
  }

  /** Shannon entropy −Σ p log2 p, 0·log 0 = 0 (Shannon 1948; EconGeo {@code entropy}), rounding noise below 0 removed. */
  public static Column entropy(Column p) {
    return Formulas.nonNegative(shannonSum(p));
  }

  /** −Σ p log2 p as it is summed, noise and all: the term related variety subtracts from. */
  public static Column shannonSum(Column p) {
    return sum(Formulas.entropyTerm(p));
  }

  /** Employment-weighted average location quotient Σ_s lq_rs · E_rs/E_r. */
  public static Column lqAverage(Column lq, Column focus) {
    return sum(lq.multiply(focus));
  }

  /** Hachman index 1 / lq_avg (Hachman 1978; REAT {@code hachman}). */
  public static Column hachman(Column lqAverage) {
    return Formulas.ratio(lit(1.0), lqAverage);
  }

  /** Σ_(s strong) E_rs / E_r: the region's share of jobs in strong clusters (U.S. Cluster Mapping). */
  public static Column strongClusterEmploymentShare(Column strongCluster, Column eRs, Column eR) {
    return Formulas.ratio(sum(when(strongCluster, eRs).otherwise(lit(0.0))), eR);
  }

  /**
   * Unrelated variety (Frenken, Van Oort and Verburg 2007): the entropy of the region's NACE
   * division shares.
   *
   * @param divisionShare each division's share of the region (the sum of its classes' focus)
   */
  public static Column unrelatedVariety(Column divisionShare) {
    return entropy(divisionShare);
  }

  /**
   * Related variety Σ_g P_g H_g (Frenken et al. 2007), the weighted entropy of class shares
   * within divisions, by the decomposition entropy over classes − unrelated variety.
   *
   * @param classEntropy {@link #shannonSum} of the region's NACE class shares
   */
  public static Column relatedVariety(Column classEntropy, Column unrelatedVariety) {
    return Formulas.nonNegative(classEntropy.minus(unrelatedVariety));
  }
}
