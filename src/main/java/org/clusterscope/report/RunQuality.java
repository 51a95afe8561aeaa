package org.clusterscope.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.size;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.publish.OpsTables;

/**
 * The data quality of the last succeeded run that read inputs, from {@code cs_ops}: records read,
 * accepted, quarantined and excluded per source and stage, and the quarantined records by reason.
 * Counts only: the quarantined records themselves stay in the house.
 *
 * @param run the run, or null when none is recorded
 */
record RunQuality(Run run, List<Count> counts, List<Reason> reasons) {

  record Run(String id, String command, String finished) {}

  record Count(String source, String stage, long read, long accepted, long quarantined, long excluded) {}

  record Reason(String source, String stage, String reason, long records) {}

  static RunQuality latest(SparkSession spark, CatalogSettings catalog) {
    String runs = OpsTables.RUNS.qualifiedName(catalog);
    String quarantine = OpsTables.QUARANTINE.qualifiedName(catalog);
    if (!spark.catalog().tableExists(runs)) {
      return new RunQuality(null, List.of(), List.of());
    }
    List<Row> last = spark.table(runs)
        .filter(col("status").equalTo("succeeded").and(size(col("source_counts")).gt(0)))
        .orderBy(col("finished_at").desc(), col("run_id").desc())
        .limit(1)
        .collectAsList();
    if (last.isEmpty()) {
      return new RunQuality(null, List.of(), List.of());
    }
    Row row = last.get(0);
    Timestamp finished = row.getAs("finished_at");
    Run run = new Run(row.getAs("run_id"), row.getAs("command"), finished == null ? "" : finished.toString());
    List<Count> counts = new ArrayList<>();
    for (Row c : row.<Row>getList(row.fieldIndex("source_counts"))) {
      counts.add(new Count(c.getAs("source"), c.getAs("stage"), c.<Long>getAs("records_read"), c.<Long>getAs("accepted"),
          c.<Long>getAs("quarantined"), c.<Long>getAs("excluded")));
    }
    List<Reason> reasons = new ArrayList<>();
    if (spark.catalog().tableExists(quarantine)) {
      Dataset<Row> rejected = spark.table(quarantine).filter(col("run_id").equalTo(run.id()));
      for (Row r : rejected.groupBy("source", "stage", "reason_code").agg(count("*").as("records"))
          .orderBy(col("records").desc(), col("source"), col("stage"), col("reason_code")).collectAsList()) {
        reasons.add(new Reason(r.getAs("source"), r.getAs("stage"), r.getAs("reason_code"), r.<Long>getAs("records")));
      }
    }
    return new RunQuality(run, counts, reasons);
  }

  /** The run in a few words for the page, e.g. "run 20261207T021211Z-7aec2f of 2026-12-07 02:20". */
  String describe() {
    return run == null ? "none recorded" : run.command() + " " + run.id() + ", finished " + run.finished();
  }
}
