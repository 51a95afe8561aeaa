package org.clusterscope.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header of one input file: where each canonical field of a {@link RecordLayout} sits.
 * Column names are matched case-insensitively after trimming and removing a UTF-8 byte-order
 * mark; extra columns are ignored, so a delivery that gains columns still reads. A header that
 * lacks a required column makes every record of the file a {@link QuarantineReason#MISSING_COLUMN}
 * record, with {@link #problem()} as detail; one that names a column read here twice makes them
 * {@link QuarantineReason#DUPLICATE_COLUMN} records, as nothing tells which of the two is meant.
 */
final class RecordHeader implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] positions;
  private final int fieldCount;
  private final String problem;
  private final QuarantineReason reason;

  private RecordHeader(int[] positions, int fieldCount, String problem, QuarantineReason reason) {
    this.positions = positions;
    this.fieldCount = fieldCount;
    this.problem = problem;
    this.reason = reason;
  }

  static RecordHeader parse(RecordLayout layout, List<String> names) {
    List<String> normalised = new ArrayList<>();
    for (String name : names) {
      normalised.add(name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
    }
    int[] positions = new int[layout.fields().size()];
    Arrays.fill(positions, -1);
    for (int f = 0; f < positions.length; f++) {
      for (String candidate : layout.fields().get(f).headerNames()) {
        if (positions[f] < 0) {
          positions[f] = normalised.indexOf(candidate);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (List<String> group : layout.required()) {
      if (group.stream().allMatch(f -> positions[layout.fieldIndex(f)] < 0)) {
        missing.add(String.join(" or ", group.stream()
            .map(f -> layout.fields().get(layout.fieldIndex(f)).headerNames().get(0)).toList()));
      }
    }
    String delimiter = layout.delimiter() == '\t' ? "\\t" : String.valueOf(layout.delimiter());
    if (!missing.isEmpty()) {
      return new RecordHeader(positions, names.size(), "the file header lacks column(s) " + String.join(", ", missing)
          + " of a " + layout.name() + " file (header: " + abbreviate(String.join(delimiter, names)) + "; delimiter '"
          + delimiter + "'). Fix the header, the delimiter, or the source's format", QuarantineReason.MISSING_COLUMN);
    }
    List<String> repeated = new ArrayList<>();
    for (int position : positions) {
      int again = position < 0 ? -1 : normalised.subList(position + 1, normalised.size()).indexOf(normalised.get(position));
      if (again >= 0) {
        repeated.add(names.get(position).replace("\uFEFF", "").trim() + " (columns " + (position + 1) + " and "
            + (position + again + 2) + ")");
      }
    }
    if (!repeated.isEmpty()) {
      return new RecordHeader(positions, names.size(), "the file header names column(s) " + String.join(", ", repeated)
          + " twice, so which value a record holds is ambiguous. Remove or rename the extra column",
          QuarantineReason.DUPLICATE_COLUMN);
    }
    return new RecordHeader(positions, names.size(), null, null);
  }

  private static String abbreviate(String header) {
    return header.length() <= 200 ? header : header.substring(0, 200) + "...";
  }

  /** Why no record of the file can be read, as the detail of every record's quarantine row. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The reason code that goes with {@link #problem()}. */
  QuarantineReason problemReason() {
    return reason;
  }

  int fieldCount() {
    return fieldCount;
  }

  /** Position of canonical field {@code f} in a record, or -1 when the file lacks it. */
  int position(int f) {
    return positions[f];
  }
}
