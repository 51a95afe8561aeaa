package org.clusterscope.generate.samples;

/**
 * The kinds of deliberately malformed lines in the sample register, each with the quarantine
 * reason code first suggested for it, the code the pipeline's register reader actually gives, and
 * what the pipeline should conclude.
 */
public enum DefectKind {
  UNKNOWN_NACE("unknown_nace", "invalid_nace",
      "nace is not a NACE Rev.2 class (as NN.NN, NNNN or a French NN.NNX subclass)"),
  INVALID_NUTS_CODE("invalid_region_code", "invalid_region",
      "region_code does not have the shape of a NUTS code (2 letters, then up to 3 characters)"),
  NON_NUMERIC_EMPLOYEES("invalid_employees", "invalid_employees", "employees is not a whole number"),
  NEGATIVE_EMPLOYEES("negative_employees", "invalid_employees", "employees is below zero"),
  MISSING_SIZE("missing_size", "missing_employment", "neither employees nor size_band is given"),
  UNKNOWN_SIZE_BAND("unknown_size_band", "invalid_size_band",
      "size_band is not one of the register's bands"),
  INVALID_REFERENCE_YEAR("invalid_reference_year", "invalid_year",
      "reference_year is not a year, or is not the year of the file"),
  WRONG_FIELD_COUNT("wrong_field_count", "wrong_field_count", "the line does not have the header's 8 fields"),
  UNBALANCED_QUOTE("malformed_quoting", "malformed_line",
      "a double quote is opened and never closed, or stands inside a field"),
  INVALID_STATUS("invalid_status", "invalid_status", "status is neither active nor closed"),
  DUPLICATE_ESTABLISHMENT_ID("duplicate_establishment_id", "duplicate_id",
      "the establishment_id already appears earlier in the same year with other values"),
  INVALID_UTF8("invalid_encoding", "invalid_encoding", "the line is not valid UTF-8 (a Latin-1 byte 0xE9)");

  private final String suggestedReasonCode;
  private final String reasonCode;
  private final String description;

  DefectKind(String suggestedReasonCode, String reasonCode, String description) {
    this.suggestedReasonCode = suggestedReasonCode;
    this.reasonCode = reasonCode;
    this.description = description;
  }

  public String suggestedReasonCode() {
    return suggestedReasonCode;
  }

  /**
   * The reason code clusterscope's register reader gives this kind ({@code QuarantineReason}), as
   * listed in {@code data-samples/DEFECTS.csv}; several suggested codes fold into one there.
   */
  public String reasonCode() {
    return reasonCode;
  }

  public String description() {
    return description;
  }
}
