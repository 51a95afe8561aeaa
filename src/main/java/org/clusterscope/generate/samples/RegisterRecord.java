package org.clusterscope.generate.samples;

import java.util.List;
import org.clusterscope.generate.formats.CsvText;

/**
 * One data line of a canonical {@code register-csv} file, as text fields. {@code quoted} lists
 * the fields written inside double quotes even though they need none (readers must accept that).
 */
record RegisterRecord(String establishmentId, String enterpriseId, String regionCode, String nace,
    String employees, String sizeBand, String referenceYear, String status,
    List<Integer> quoted) {

  static final int ESTABLISHMENT_ID = 0;
  static final int SIZE_BAND = 5;

  List<String> fields() {
    return List.of(establishmentId, enterpriseId, regionCode, nace, employees, sizeBand, referenceYear, status);
  }

  /** The line as RFC 4180 text without line terminator. */
  String toLine() {
    return CsvText.joinQuotingWhereNeeded(fields(), ',', quoted);
  }
}
