package org.clusterscope.bench;

import java.util.Optional;

/**
 * The core-indicator comparison of a bench run: one scope computed by DuckDB and by Spark from
 * the same Parquet, and Spark's result checked against the gold tables.
 *
 * @param inputRows establishments of the year in the Parquet
 * @param sectorRows region_sector rows of DuckDB's result
 * @param goldComparison Spark against gold; empty when gold cannot be compared, {@code goldSkipped} says why
 */
public record CoreFigures(
    CoreScope scope,
    long inputRows,
    int sectorRows,
    int profileRows,
    double duckDbSeconds,
    double sparkSeconds,
    ResultComparison duckDbComparison,
    Optional<ResultComparison> goldComparison,
    String goldSkipped) {

  /** True when DuckDB and Spark agree, and Spark and gold where gold could be compared. */
  public boolean agrees() {
    return duckDbComparison.agrees() && goldComparison.map(ResultComparison::agrees).orElse(true);
  }

  public double sparkToDuckDbRatio() {
    return duckDbSeconds > 0 ? sparkSeconds / duckDbSeconds : 0;
  }
}
