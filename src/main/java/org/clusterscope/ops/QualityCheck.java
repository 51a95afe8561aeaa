package org.clusterscope.ops;

/**
 * The outcome of one data-quality check (a row of {@code cs_ops.data_quality}).
 *
 * @param table table or source checked
 * @param check check name
 * @param severity {@code error} stops the run, {@code warn} is recorded only
 */
public record QualityCheck(
    String table, String check, String severity, double observed, double threshold,
    boolean passed, String detail) {

  public boolean failsRun() {
    return !passed && "error".equals(severity);
  }

  public String summary() {
    return table + " " + check + ": " + detail;
  }
}
