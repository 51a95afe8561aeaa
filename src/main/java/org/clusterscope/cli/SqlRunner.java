package org.clusterscope.cli;

import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.Errors;

/**
 * Runs statements on a session and prints their results; a failure becomes one
 * {@link ClusterscopeException} whose exit code is 2 when Spark rejects the statement (syntax,
 * unknown table or column) and 1 when it fails while running. Shared by {@code -e}, {@code -f}
 * and the shell, so all three word a failure the same way.
 */
final class SqlRunner {
  private final SparkSession spark;
  private final ResultPrinter printer;
  private final ResultPrinter.Format format;
  private final int maxRows;

  SqlRunner(SparkSession spark, ResultPrinter printer, ResultPrinter.Format format, int maxRows) {
    this.spark = spark;
    this.printer = printer;
    this.format = format;
    this.maxRows = maxRows;
  }

  /** Runs every statement in order and stops at the first that fails, naming it by number and line. */
  void runScript(List<SqlScript.Statement> statements, String source) {
    for (int i = 0; i < statements.size(); i++) {
      SqlScript.Statement statement = statements.get(i);
      try {
        run(statement.text());
      } catch (ClusterscopeException e) {
        if (statements.size() == 1) {
          throw e;
        }
        throw Errors.sqlScriptStopped(i + 1, statements.size(), source, statement.line(), e);
      }
    }
  }

  void run(String statement) {
    try {
      printer.print(spark.sql(statement), format, maxRows);
    } catch (Exception e) { // AnalysisException is checked, but thrown undeclared from Scala
      if (e instanceof ClusterscopeException known) {
        throw known;
      }
      if (!(e instanceof AnalysisException analysis)) {
        throw Errors.sqlExecutionFailed(e);
      }
      String hint = e.getMessage().contains("TABLE_OR_VIEW_NOT_FOUND") || e.getMessage().contains("SCHEMA_NOT_FOUND")
          ? " If the table should exist, run the pipeline first: jobs/clusterscope run --config <file>."
          : " Correct the statement and rerun.";
      throw Errors.sqlFailed(analysis.getSimpleMessage() + "." + hint, e);
    }
  }

  /** Stops the jobs of the running statement (the shell's Ctrl-C); the statement then fails. */
  void cancel() {
    spark.sparkContext().cancelAllJobs();
  }
}
