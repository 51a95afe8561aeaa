package org.clusterscope.ops;

import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;


import org.clusterscope.publish.TableWriter;

/** What every stage of one run shares: the session, the settings, the writers and the audit. */
public record StageContext(
    SparkSession spark, Settings settings, TableWriter tables, OpsWriter ops, RunAudit audit) {

  public static StageContext create(SparkSession spark, Settings settings, RunAudit audit) {
    TableWriter tables = new TableWriter(spark, settings.catalog());
    return new StageContext(spark, settings, tables, new OpsWriter(spark, settings.catalog(), tables), audit);
  }

  public String table(org.clusterscope.publish.TableSpec spec) {
    return spec.qualifiedName(settings.catalog());
  }

  /**
   * Runs {@code work} under a Spark job group, so the Spark UI names the stage ("conform:
   * register"), and logs how long it took. Calls may nest (a stage and its table writes): the
   * enclosing description is restored afterwards, not cleared.
   */
  public <T> T describe(String description, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    org.apache.spark.SparkContext sc = spark.sparkContext();
    String enclosing = sc.getLocalProperty("spark.job.description");
    sc.setJobGroup(audit.runId(), description, false);
    try {
      return work.get();
    } finally {
      if (enclosing == null) {
        sc.clearJobGroup();
      } else {
        sc.setJobGroup(audit.runId(), enclosing, false);
      }
      LOG.info("Run {}: {} took {} s", audit.runId(), description,
          String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StageContext.class);
}
