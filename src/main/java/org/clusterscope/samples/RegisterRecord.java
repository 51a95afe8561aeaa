package org.clusterscope.samples;

import java.util.List;

/**
 * One data line of a canonical {@code register-csv} file, as text fields. {@code quoted} lists
 * the fields written inside double quotes even though they need none (readers must accept that).
 */
record RegisterRecord(String establishmentId, String enterpriseId, String regionCode, String nace,
                      String employees, String sizeBand, String referenceYear, String status,
                      List<Integer> quoted) {

    static final String HEADER =
            "establishment_id,enterprise_id,region_code,nace,employees,size_band,reference_year,status";

    static final int ESTABLISHMENT_ID = 0;
    static final int SIZE_BAND = 5;

    List<String> fields() {
        return List.of(establishmentId, enterpriseId, regionCode, nace, employees, sizeBand, referenceYear, status);
    }

    /** The line as RFC 4180 text without line terminator. */
    String toLine() {
        StringBuilder line = new StringBuilder();
        List<String> fields = fields();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields.get(i);
            boolean needsQuotes = field.contains(",") || field.contains("\"") || field.contains("\n")
                    || field.contains("\r");
            if (needsQuotes || quoted.contains(i)) {
                line.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                line.append(field);
            }
        }
        return line.toString();
    }
}
