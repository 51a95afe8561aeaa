package org.clusterscope.config;

/**
 * Rules of the conform stage.
 *
 * @param sizeBandEstimator how employment is estimated from a size band
 * @param minReferenceYear oldest accepted reference year
 * @param maxReferenceYear newest accepted reference year (later years are quarantined as future)
 * @param maxEmployees most employees one establishment may report; more is quarantined as
 *     implausible (a number too large for a double would otherwise become Infinity and every
 *     location quotient of its cells NaN)
 */
public record ConformSettings(
    SizeBandEstimator sizeBandEstimator, int minReferenceYear, int maxReferenceYear, long maxEmployees) {

  /** Estimators of employment from a size band {@code lo-hi} or {@code lo+}. */
  public enum SizeBandEstimator {
    /** (lo + hi) / 2; an open band gives lo. */
    MIDPOINT("midpoint", "band_midpoint"),
    /** lo. */
    LOWER_BOUND("lower-bound", "band_lower_bound");

    private final String key;
    private final String method;

    SizeBandEstimator(String key, String method) {
      this.key = key;
      this.method = method;
    }

    public String key() {
      return key;
    }

    /** The value written to {@code employment_method} for rows estimated this way. */
    public String method() {
      return method;
    }
  }
}
