package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The formulas of one {@code region_sector} cell (docs/design.md 4.1, docs/indicators.md), with
 * E_rs the cell's employment, E_r its region's, E_s its sector's and E the scope's (one year,
 * NUTS level and scheme). {@link RegionSectorIndicators} and {@link Relatedness} compute the
 * totals, thresholds and joins these take.
 */
public final class CellFormulas {
  private CellFormulas() {}

  /** Size share E_rs / E_s: the region's share of the sector (European Cluster Observatory). */
  public static Column sizeShare(Column eRs, Column eS) {
    return Formulas.ratio(eRs, eS);
  }

  /** Focus E_rs / E_r: the sector's share of the region (European Cluster Observatory). */
  public static Column focus(Column eRs, Column eR) {
    return Formulas.ratio(eRs, eR);
  }

  /**
   * Location quotient (E_rs / E_r) / (E_s / E) (Florence 1939; REAT {@code locq}). With the
   * country's totals in place of E_s and E it is the national location quotient.
   */
  public static Column locationQuotient(Column eRs, Column eR, Column eS, Column e) {
    return Formulas.ratio(Formulas.ratio(eRs, eR), Formulas.ratio(eS, e));
  }

  /** Average establishment size E_rs / establishments. */
  public static Column averageEstablishmentSize(Column eRs, Column establishments) {
    return Formulas.ratio(eRs, establishments);
  }

  /** Growth over one period: E_t / E_(t-1) − 1. */
  public static Column growth(Column now, Column before) {
    return Formulas.ratio(now, before).minus(lit(1.0));
  }

  /** Compound annual growth over {@code years}: (E_t / E_(t-years))^(1/years) − 1. */
  public static Column compoundAnnualGrowth(Column now, Column before, int years) {
    return pow(Formulas.ratio(now, before), lit(1.0 / years)).minus(lit(1.0));
  }

  /**
   * One star of the European Cluster Observatory rating (Ketels and Protsiv 2014): the cell has
   * employment and its size share, location quotient or focus is at least the threshold (a
   * quantile over the sector's regions, or a fixed lq); false, never NULL, where either is
   * unknown.
   */
  public static Column star(Column eRs, Column value, Column threshold) {
    return coalesce(eRs.gt(0).and(value.geq(threshold)), lit(false));
  }

  /** The number of stars, 0 to 3: 2 or 3 mark a cluster (European Cluster Observatory). */
  public static Column starCount(Column sizeStar, Column specialisationStar, Column focusStar) {
    return sizeStar.cast("int").plus(specialisationStar.cast("int")).plus(focusStar.cast("int"));
  }

  /**
   * Strong cluster after U.S. Cluster Mapping (Delgado, Porter and Stern 2014): lq ≥ its quantile
   * threshold and ≥ {@code minLq}, employment and establishments above their quantile thresholds;
   * false, never NULL, where a value is unknown.
   */
  public static Column strongCluster(Column eRs, Column establishments, Column lq, Column lqThreshold, double minLq,
      Column employmentThreshold, Column establishmentsThreshold) {
    return coalesce(eRs.gt(0)
        .and(lq.geq(lqThreshold))
        .and(lq.geq(lit(minLq)))
        .and(eRs.gt(employmentThreshold))
        .and(establishments.gt(establishmentsThreshold)), lit(false));
  }

  /**
   * Primary confidentiality (Eurostat / τ-Argus threshold and dominance rules): confidential in
   * the source, fewer than {@code minContributors} enterprises, or one enterprise above
   * {@code dominanceShare} of E_rs; else free.
   */
  public static Column confidentiality(Column sourceConfidential, Column contributors, Column largestContributor,
      Column eRs, int minContributors, double dominanceShare) {
    return when(sourceConfidential, lit("confidential_in_source"))
        .when(contributors.lt(minContributors), lit("primary_frequency"))
        .when(coalesce(Formulas.ratio(largestContributor, eRs).gt(dominanceShare), lit(false)),
            lit("primary_dominance"))
        .otherwise(lit("free"));
  }

  /**
   * Co-location proximity φ_ij = c_ij / max(u_i, u_j), with c_ij the regions specialised (lq ≥ 1)
   * in both sectors and u_i = c_ii the ubiquity, so φ_ii = 1 (Hidalgo et al. 2007; Growth Lab
   * {@code ecomplexity}).
   */
  public static Column proximity(Column cooccurrences, Column ubiquityA, Column ubiquityB) {
    return Formulas.ratio(cooccurrences, greatest(ubiquityA, ubiquityB));
  }

  /**
   * Relatedness density Σ_q M_rq φ_qs / Σ_q φ_qs (Hidalgo et al. 2007; Growth Lab
   * {@code ecomplexity} density): the share of the sector's related sectors in which the region
   * is specialised. The numerator is NULL where the region is specialised in none of them (0);
   * the density is NULL where the sector has no proximities.
   */
  public static Column relatednessDensity(Column proximitySpecialised, Column proximityTotal) {
    return Formulas.ratio(coalesce(proximitySpecialised, lit(0.0)), proximityTotal);
  }
}
