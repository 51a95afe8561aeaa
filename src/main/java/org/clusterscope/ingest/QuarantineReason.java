package org.clusterscope.ingest;

/**
 * Reason codes of quarantined records ({@code cs_ops.quarantine.reason_code}). The codes are
 * stable: statisticians filter and count by them.
 */
public enum QuarantineReason {
  /** The header lacks a required column (often: wrong delimiter); every record of the file. */
  MISSING_COLUMN,
  /** The line is not one CSV record (e.g. an unbalanced quote). */
  MALFORMED_LINE,
  /** The record has more or fewer fields than the header. */
  WRONG_FIELD_COUNT,
  /** The line holds bytes that are not valid UTF-8. */
  INVALID_ENCODING,
  /** The reference year is not a four-digit year, or lies outside the accepted range. */
  INVALID_YEAR,
  /** A required value (establishment_id, region_code, nace) is empty. */
  MISSING_VALUE,
  /** The region code is not a NUTS code of level 0 to 3. */
  INVALID_REGION,
  /** The region code has a valid shape but is not in the configured NUTS list. */
  UNKNOWN_REGION,
  /** The activity code is not a NACE Rev.2 class. */
  INVALID_NACE,
  /** employees is not a non-negative number. */
  INVALID_EMPLOYEES,
  /** The size band is not one of the accepted bands. */
  INVALID_SIZE_BAND,
  /** Neither employees nor a size band is given. */
  MISSING_EMPLOYMENT,
  /** The status is neither active nor closed. */
  INVALID_STATUS,
  /** The establishment id appears earlier in the same source and year. */
  DUPLICATE_ID;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
