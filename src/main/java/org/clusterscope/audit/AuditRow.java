package org.clusterscope.audit;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row of cs_ops.disclosure_audit: the audit of one released table for one (year, NUTS level,
 * sector scheme). Columns as in {@link org.clusterscope.publish.OpsTables#DISCLOSURE_AUDIT}.
 *
 * @param minProtectionRatio NULL when no primary cell has a finite ratio
 * @param note NULL when there is nothing to add
 */
public record AuditRow(String runId, String table, int referenceYear, int nutsLevel, String sectorScheme,
    long cells, long primary, long secondary, long exactlyDisclosed, Double minProtectionRatio,
    Double minProtectionRatioEstablishments, long intervalChecked, long intervalUnchecked,
    long sourceConstants, long unmatchedCells, String note) {

  Row toRow() {
    return RowFactory.create(runId, table, referenceYear, nutsLevel, sectorScheme, cells, primary, secondary,
        exactlyDisclosed, minProtectionRatio, minProtectionRatioEstablishments, intervalChecked,
        intervalUnchecked, sourceConstants, unmatchedCells, note);
  }
}
