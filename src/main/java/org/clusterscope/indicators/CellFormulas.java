package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.clusterscope.config.IndicatorSettings;

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
   * Primary confidentiality of a cell or total (Hundepool et al. 2012, ch. 4; docs/disclosure.md),
   * the first rule that holds: {@code confidential_in_source} (an SBS cell flagged {@code c}),
   * {@code primary_frequency} (fewer than min-contributors enterprises),
   * {@code primary_dominance} (for some pair (n, k) the n largest enterprises hold more than
   * k % of E: 100 Σ_{i≤n} x_i > k E), {@code primary_p_percent} (E − x1 − x2 < p/100 · x1: the
   * second largest could estimate the largest within p %); else {@code free}. Both sides are
   * scaled by 100 rather than k divided, so integer employment compares exactly and a share of
   * exactly k % is not dominant. A cell with fewer than n enterprises has its n largest holding
   * everything. Where contributors and the largest are unknown (SBS cells) only the source flag
   * applies.
   *
   * @param largest the cell's largest enterprise employments, descending, at least as many as
   *     {@link IndicatorSettings.Confidentiality#largestNeeded()} where the cell has that many
   */
  public static Column confidentiality(Column sourceConfidential, Column contributors, Column largest, Column eRs,
      IndicatorSettings.Confidentiality rule) {
    Column dominant = lit(false);
    for (IndicatorSettings.Dominance pair : rule.dominance()) {
      dominant = dominant.or(coalesce(largestSum(largest, pair.n()).multiply(100).gt(eRs.multiply(pair.k())), lit(false)));
    }
    Column pPercent = lit(false);
    if (rule.pPercent().isPresent()) {
      Column rest = eRs.minus(largestSum(largest, 2));
      pPercent = coalesce(rest.multiply(100).lt(nth(largest, 1).multiply(rule.pPercent().getAsDouble())), lit(false));
    }
    return when(coalesce(sourceConfidential, lit(false)), lit("confidential_in_source"))
        .when(coalesce(contributors.lt(rule.minContributors()), lit(false)), lit("primary_frequency"))
        .when(dominant, lit("primary_dominance"))
        .when(pPercent, lit("primary_p_percent"))
        .otherwise(lit("free"));
  }

  /** x_1 + ... + x_n, with x_i = 0 past the cell's last enterprise; NULL where the list is. */
  private static Column largestSum(Column largest, int n) {
    Column sum = nth(largest, 1);
    for (int i = 2; i <= n; i++) {
      sum = sum.plus(nth(largest, i));
    }
    return sum;
  }

  /**
   * x_i, 0 past the list's end (read only within it: element_at past the end fails under ANSI
   * mode); NULL where the list is.
   */
  private static Column nth(Column largest, int i) {
    return when(largest.isNotNull(), when(size(largest).geq(i), element_at(largest, i)).otherwise(lit(0.0)));
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
