package org.clusterscope.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header of one register-csv file: where each canonical field sits. Column names are matched
 * case-insensitively after trimming and removing a UTF-8 byte-order mark; extra columns are
 * ignored. A header that lacks a required column makes every record of the file a
 * {@link QuarantineReason#MISSING_COLUMN} record, with {@link #problem()} as detail.
 */
final class RegisterHeader implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Canonical fields of DESIGN 3.1, in output order. */
  static final List<String> FIELDS = List.of(
      "establishment_id", "enterprise_id", "region_code", "nace", "employees", "size_band",
      "reference_year", "status");

  private static final List<String> REQUIRED = List.of("establishment_id", "region_code", "nace", "reference_year");

  private final int[] positions;
  private final int fieldCount;
  private final String problem;

  private RegisterHeader(int[] positions, int fieldCount, String problem) {
    this.positions = positions;
    this.fieldCount = fieldCount;
    this.problem = problem;
  }

  static RegisterHeader parse(List<String> names, char delimiter) {
    int[] positions = new int[FIELDS.size()];
    Arrays.fill(positions, -1);
    List<String> normalised = new ArrayList<>();
    for (String name : names) {
      normalised.add(name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
    }
    for (int f = 0; f < FIELDS.size(); f++) {
      positions[f] = normalised.indexOf(FIELDS.get(f));
    }
    List<String> missing = new ArrayList<>();
    for (String required : REQUIRED) {
      if (positions[FIELDS.indexOf(required)] < 0) {
        missing.add(required);
      }
    }
    if (positions[FIELDS.indexOf("employees")] < 0 && positions[FIELDS.indexOf("size_band")] < 0) {
      missing.add("employees or size_band");
    }
    String problem = null;
    if (!missing.isEmpty()) {
      problem = "the file header lacks column(s) " + String.join(", ", missing) + " (header: "
          + String.join(String.valueOf(delimiter), names) + "; configured delimiter '" + delimiter
          + "'). Fix the header or the source's delimiter option";
    }
    return new RegisterHeader(positions, names.size(), problem);
  }

  static RegisterHeader empty() {
    return new RegisterHeader(new int[FIELDS.size()], 0, "the file has no header line");
  }

  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  int fieldCount() {
    return fieldCount;
  }

  /** Position of canonical field {@code f} in a record, or -1 when the file lacks it. */
  int position(int f) {
    return positions[f];
  }
}
