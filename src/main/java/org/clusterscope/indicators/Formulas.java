package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * The arithmetic every indicator formula shares: ratios, quantiles, entropy terms and rounding
 * noise. The formulas themselves live in one class per kind of table, each with the method and
 * the reference it follows:
 *
 * <ul>
 *   <li>{@link CellFormulas}: one region × sector cell ({@code region_sector}, docs/design.md 4.1),
 *       relatedness density and co-location proximity included;
 *   <li>{@link RegionFormulas}: a region's cells aggregated ({@code region_profile}, 4.2);
 *   <li>{@link SectorFormulas}: a sector's cells aggregated ({@code sector_profile}, 4.3);
 *   <li>{@link TechnologyFormulas}: patents ({@code region_technology} and the patent columns);
 *   <li>{@code linkage.LinkFormulas}: pair weights, openness and sector-link normalisations (4.5
 *       to 4.7);
 *   <li>{@link ComplexityIndex}: ECI and PCI, an eigenvector rather than a column expression.
 * </ul>
 *
 * <p>Every ratio goes through {@link #ratio}, which yields NULL when the denominator is 0 or NULL,
 * also under {@code spark.sql.ansi.enabled=true}: an undefined indicator is unknown, not zero.
 */
public final class Formulas {
  private Formulas() {}

  /** numerator / denominator, NULL when the denominator is 0 (Spark {@code try_divide}). */
  public static Column ratio(Column numerator, Column denominator) {
    return functions.try_divide(numerator.cast("double"), denominator.cast("double"));
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
}
