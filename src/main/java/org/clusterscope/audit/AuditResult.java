package org.clusterscope.audit;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.errors.Errors;
import org.clusterscope.publish.OpsTables;

/** The audit of one run: its cs_ops.disclosure_audit rows, and the verdict. */
public record AuditResult(String runId, List<AuditRow> rows) {

  public AuditResult {
    rows = List.copyOf(rows);
  }

  /** Suppressed cells whose value the released tables determine, over every row. */
  public long exactlyDisclosed() {
    return rows.stream().mapToLong(AuditRow::exactlyDisclosed).sum();
  }

  /**
   * @throws org.clusterscope.errors.ClusterscopeException (exit 3) when any suppressed cell is
   *     exactly disclosed, naming the tables, years, levels and schemes
   */
  public void failOnDisclosure() {
    if (exactlyDisclosed() == 0) {
      return;
    }
    String where = rows.stream().filter(r -> r.exactlyDisclosed() > 0)
        .map(r -> r.table() + " " + r.referenceYear() + " level " + r.nutsLevel() + " " + r.sectorScheme()
            + ": " + r.exactlyDisclosed())
        .collect(Collectors.joining("; "));
    throw Errors.exactDisclosure(runId, exactlyDisclosed(), where);
  }

  /** The rows in the layout of cs_ops.disclosure_audit. */
  public Dataset<Row> frame(SparkSession spark) {
    String ddl = OpsTables.DISCLOSURE_AUDIT.columns().stream()
        .map(c -> "`" + c.name() + "` " + c.type())
        .collect(Collectors.joining(", "));
    return spark.createDataFrame(rows.stream().map(AuditRow::toRow).toList(), StructType.fromDDL(ddl));
  }
}
