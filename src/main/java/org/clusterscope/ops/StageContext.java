package org.clusterscope.ops;

import java.util.Collection;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.clusterscope.config.Settings;
import org.clusterscope.publish.TableSpec;
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
   * Replaces the rows of {@code years} in a gold table, described as "{@code stage}: table years",
   * checks that the written rows hold no NaN or infinity ({@link FiniteValues}; the table is
   * restored to its previous version where they do), and records the version in the audit.
   *
   * @return the Delta version written
   */
  public long writeGold(String stage, TableSpec table, Dataset<Row> data, Collection<Integer> years) {
    return describe(stage + ": " + table.name() + " " + years, () -> {
      long before = tables.version(table);
      long version = tables.replaceYears(table, data, years, null);
      Dataset<Row> written = spark.table(table(table)).where(functions.col("reference_year").isin(years.toArray()));
      FiniteValues.require(this, table(table), written, () -> tables.restore(table, before));
      audit.addVersion(table(table), version);
      return version;
    });
  }

  /**
   * Runs {@code work} under a Spark job group, so the Spark UI names the stage ("conform:
   * register"), and logs how long it took. Calls may nest (a stage and its table writes): the
   * enclosing description is restored afterwards, not cleared. The log line also gives the
   * processor time of the calling thread, the driver's planning: on small inputs it is most of the
   * cost, and unlike the elapsed time it does not grow when other processes load the machine.
   */
  public <T> T describe(String description, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
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
      LOG.info("Run {}: {} took {} s (driver thread {} s CPU)", audit.runId(), description,
          String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
          String.format(java.util.Locale.ROOT, "%.1f", (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9));
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StageContext.class);
}
