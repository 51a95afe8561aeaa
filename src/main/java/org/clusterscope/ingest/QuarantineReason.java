package org.clusterscope.ingest;

/**
 * Reason codes of quarantined records ({@code cs_ops.quarantine.reason_code}). The codes are
 * stable: statisticians filter and count by them.
 */
public enum QuarantineReason {
  /** The header lacks a required column (often: wrong delimiter); every record of the file. */
  MISSING_COLUMN,
  /** The header names a column that is read twice (e.g. trancheEffectifsEtablissement); every record of the file. */
  DUPLICATE_COLUMN,
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
  /** An identifier not in its documented format (SIRENE: siret 14 digits, siren 9, siret beginning with siren). */
  INVALID_ID,
  /** The region code is not a NUTS code of level 0 to 3. */
  INVALID_REGION,
  /** The region code has a valid shape but is not in the configured NUTS list. */
  UNKNOWN_REGION,
  /** The activity code is not a NACE Rev.2 class. */
  INVALID_NACE,
  /** employees is not a non-negative number, or more than clusterscope.conform.max-employees. */
  INVALID_EMPLOYEES,
  /** The size band is not one of the accepted bands. */
  INVALID_SIZE_BAND,
  /** Neither employees nor a size band is given. */
  MISSING_EMPLOYMENT,
  /** The status is neither active nor closed. */
  INVALID_STATUS,
  /** The record's id (establishment, application and code, project and organisation) appears earlier. */
  DUPLICATE_ID,
  /** A file without header or records (line 0 stands for the file). */
  EMPTY_FILE,
  /** A statistical value (SBS cell) is neither a number with optional flags nor ':'. */
  INVALID_VALUE,
  /** A REGPAT share is not a number greater than 0 and at most 1. */
  INVALID_SHARE,
  /**
   * The weights (inv_share or app_share times reg_share) of a REGPAT application's accepted rows
   * do not sum to 1 within {@code 0.01}: the application would count more (or less) than once.
   */
  INVALID_SHARE_SUM,
  /** The region code belongs to another country than the record's country code. */
  REGION_COUNTRY_MISMATCH,
  /** A REGPAT person row whose application has no valid row in the IPC file (so no year). */
  UNKNOWN_APPLICATION,
  /** An IPC code that is not a well-formed IPC symbol. */
  INVALID_IPC,
  /** SIRENE activity in another nomenclature than NAF rev. 2 (NAFRev1, NAF1993, NAP). */
  WRONG_NOMENCLATURE,
  /** A SIRENE commune code absent from the commune-to-NUTS 3 correspondence. */
  UNKNOWN_COMMUNE,
  /** A CORDIS activity type other than PRC, HES, REC, PUB, OTH. */
  INVALID_ACTIVITY_TYPE,
  /**
   * A CORDIS amount that is not a decimal number with a decimal comma (a point is ambiguous in a
   * comma-decimal file), or is above a plausible bound.
   */
  INVALID_AMOUNT,
  /** A CORDIS true/false field (SME) holding something else. */
  INVALID_FLAG,
  /** A CORDIS participation whose project has no valid row in the project file (so no year). */
  UNKNOWN_PROJECT,
  /** A CORDIS date that is not a valid yyyy-mm-dd date. */
  INVALID_DATE;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
