package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * The indicator formulas of docs/design.md section 4, each in one place and written once for every
 * source, NUTS level and sector scheme. Every ratio goes through {@link #ratio}, which yields NULL
 * when the denominator is 0 or NULL, also under {@code spark.sql.ansi.enabled=true}: an
 * undefined indicator is unknown, not zero.
 */
public final class Formulas {
  private Formulas() {}

  /** numerator / denominator, NULL when the denominator is 0 (Spark {@code try_divide}). */
  public static Column ratio(Column numerator, Column denominator) {
    return functions.try_divide(numerator.cast("double"), denominator.cast("double"));
  }

  /** Size share E_rs / E_s: the region's share of the sector. */
  public static Column sizeShare(Column eRs, Column eS) {
    return ratio(eRs, eS);
  }

  /** Focus E_rs / E_r: the sector's share of the region. */
  public static Column focus(Column eRs, Column eR) {
    return ratio(eRs, eR);
  }

  /**
   * Revealed technological advantage (P_rt / P_r) / (P_t / P) (Balassa 1965 applied to patents;
   * OECD Patent Statistics Manual 2009, 7.3): the location quotient of patents.
   */
  public static Column revealedTechnologicalAdvantage(Column pRt, Column pR, Column pT, Column p) {
    return locationQuotient(pRt, pR, pT, p);
  }

  /** (x − 1) / (x + 1): maps a quotient from [0, ∞) to [−1, 1), 0 where x = 1 (Laursen 2015). */
  public static Column symmetric(Column x) {
    return ratio(x.minus(1), x.plus(1));
  }

  /** Count per 10,000: numerator / denominator × 10,000 (patents per 10k employees). */
  public static Column per10k(Column numerator, Column denominator) {
    return ratio(numerator, denominator).multiply(10_000);
  }

  /**
   * Patent intensity: patents per 10,000 employees, NULL below {@code minEmployment} employees,
   * where a single patent makes thousands per 10k and the ratio is noise.
   */
  public static Column patentsPer10k(Column patents, Column employment, double minEmployment) {
    return when(employment.geq(minEmployment), per10k(patents, employment));
  }

  /**
   * Location quotient (E_rs / E_r) / (E_s / E) (Florence 1939; REAT {@code locq}). With the
   * country's totals in place of E_s and E it is the national location quotient.
   */
  public static Column locationQuotient(Column eRs, Column eR, Column eS, Column e) {
    return ratio(ratio(eRs, eR), ratio(eS, e));
  }

  /** Growth over one period: E_t / E_(t-1) − 1. */
  public static Column growth(Column now, Column before) {
    return ratio(now, before).minus(lit(1.0));
  }

  /** Compound annual growth over {@code years}: (E_t / E_(t-years))^(1/years) − 1. */
  public static Column compoundAnnualGrowth(Column now, Column before, int years) {
    return pow(ratio(now, before), lit(1.0 / years)).minus(lit(1.0));
  }

  /**
   * Exact quantile with linear interpolation between order statistics (R type 7, Spark
   * {@code percentile}), of the non-null values of {@code column}, as an aggregate expression.
   */
  public static Column quantile(String column, double probability) {
    return functions.expr("percentile(" + column + ", " + probability + ")");
  }

  /**
   * A measure that cannot be negative, computed as a difference of sums (Krugman's closed form
   * for absent sectors, related variety as entropy minus unrelated variety), can come out as
   * −4e-16 from floating-point rounding: such noise (above −{@value #ROUNDING_NOISE}) is 0. A
   * value further below 0 is left as it is, so that a wrong formula still shows in the range
   * checks instead of being hidden.
   */
  public static Column nonNegative(Column x) {
    return when(x.lt(0).and(x.gt(-ROUNDING_NOISE)), lit(0.0)).otherwise(x);
  }

  static final double ROUNDING_NOISE = 1e-9;

  /** One term −p·log2(p) of the Shannon entropy, with 0·log 0 = 0. */
  public static Column entropyTerm(Column p) {
    return functions.when(p.gt(0), p.multiply(functions.log2(p)).multiply(-1.0)).otherwise(lit(0.0));
  }

  /** Hachman index 1 / lq_avg (Hachman 1978; REAT {@code hachman}). */
  public static Column hachman(Column lqAverage) {
    return ratio(lit(1.0), lqAverage);
  }

  /**
   * Ellison–Glaeser index (Ellison and Glaeser 1997; REAT {@code ellison.a}):
   * [G − (1 − Σx²) H] / [(1 − Σx²)(1 − H)], with G = Σ_r (s_r − x_r)², x_r the regions' shares of
   * all employment, s_r the sector's shares and H the plant Herfindahl.
   */
  public static Column ellisonGlaeser(Column g, Column sumX2, Column plantHerfindahl) {
    Column oneMinusX2 = lit(1.0).minus(sumX2);
    return ratio(g.minus(oneMinusX2.multiply(plantHerfindahl)),
        oneMinusX2.multiply(lit(1.0).minus(plantHerfindahl)));
  }

  /**
   * Maurel–Sédillot index (Maurel and Sédillot 1999): (G_MS − H)/(1 − H), with
   * G_MS = (Σ s_r² − Σ x_r²)/(1 − Σ x_r²).
   */
  public static Column maurelSedillot(Column sumS2, Column sumX2, Column plantHerfindahl) {
    Column gMs = ratio(sumS2.minus(sumX2), lit(1.0).minus(sumX2));
    return ratio(gMs.minus(plantHerfindahl), lit(1.0).minus(plantHerfindahl));
  }
}
