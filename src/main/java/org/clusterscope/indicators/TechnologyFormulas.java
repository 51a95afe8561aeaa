package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The patent formulas (docs/indicators.md, Patents): fractional counting after the OECD Patent
 * Statistics Manual (2009), the indicators of {@code region_technology} with P_rt the region's
 * patents in a WIPO field, P_r the region's, P_t the field's and P all, and the patent intensity
 * of {@code region_sector} and {@code region_profile}. {@link PatentCounts} counts and
 * {@link TechnologyIndicators} totals them.
 */
public final class TechnologyFormulas {
  private TechnologyFormulas() {}

  /**
   * An application's equal share of each of its distinct fields or NACE divisions, 1 / their
   * number (OECD 2009, fractional counting; PATSTAT {@code tls230} equal shares).
   */
  public static Column equalShare(Column distinctItems) {
    return lit(1.0).divide(size(distinctItems));
  }

  /** P_rt / P_r: the field's share of the region's patents. */
  public static Column shareOfRegion(Column pRt, Column pR) {
    return Formulas.ratio(pRt, pR);
  }

  /**
   * Revealed technological advantage (P_rt / P_r) / (P_t / P) (Balassa 1965 applied to patents;
   * Soete 1987; OECD Patent Statistics Manual 2009, 7.3): the location quotient of patents.
   */
  public static Column revealedTechnologicalAdvantage(Column pRt, Column pR, Column pT, Column p) {
    return CellFormulas.locationQuotient(pRt, pR, pT, p);
  }

  /** (x − 1) / (x + 1): maps a quotient from [0, ∞) to [−1, 1), 0 where x = 1 (Laursen 2015). */
  public static Column symmetric(Column x) {
    return Formulas.ratio(x.minus(1), x.plus(1));
  }

  /** Count per 10,000: numerator / denominator × 10,000. */
  public static Column per10k(Column numerator, Column denominator) {
    return Formulas.ratio(numerator, denominator).multiply(10_000);
  }

  /**
   * Patent intensity: patents per 10,000 employees, NULL below {@code minEmployment} employees,
   * where a single patent makes thousands per 10k and the ratio is noise.
   */
  public static Column patentsPer10k(Column patents, Column employment, double minEmployment) {
    return when(employment.geq(minEmployment), per10k(patents, employment));
  }
}
