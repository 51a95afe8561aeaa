package org.clusterscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;
import org.clusterscope.spark.SessionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ad-hoc Spark SQL on the catalog: one statement with {@code -e}, or an interactive shell reading
 * statements ended by ';' from standard input. Results go to standard output, logs to standard
 * error, so {@code --format csv > file.csv} gives a clean file.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Run Spark SQL on the clusterscope tables (e.g. SELECT * FROM cs_gold.region_sector LIMIT 5).")
final class SqlCommand extends ClusterscopeCommand {

  @Option(names = {"-e", "--execute"}, paramLabel = "<query>", description = "Statement to run; without it, an interactive shell")
  String query;

  @Option(names = "--format", paramLabel = "<format>", description = "table, csv or json (default: ${DEFAULT-VALUE})")
  ResultPrinter.Format format = ResultPrinter.Format.table;

  @Option(names = "--max-rows", paramLabel = "<n>", description = "At most this many rows; 0 for all (default: ${DEFAULT-VALUE})")
  int maxRows = 0;

  @Override
  public Integer call() throws IOException {
    Settings settings = options.settings();
    SparkSession spark = SessionFactory.start(settings);
    try {
      PrintWriter out = spec.commandLine().getOut();
      ResultPrinter printer = new ResultPrinter(out);
      if (query != null) {
        run(spark, printer, query);
        return 0;
      }
      shell(spark, printer, spec.commandLine().getErr());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private void run(SparkSession spark, ResultPrinter printer, String statement) {
    try {
      printer.print(spark.sql(statement), format, maxRows);
    } catch (Exception e) {
      if (!(e instanceof AnalysisException analysis)) {
        throw e;
      }
      String hint = e.getMessage().contains("TABLE_OR_VIEW_NOT_FOUND") || e.getMessage().contains("SCHEMA_NOT_FOUND")
          ? " If the table should exist, run the pipeline first: jobs/clusterscope run --config <file>."
          : " Correct the statement and rerun.";
      throw Errors.sqlFailed(analysis.getSimpleMessage() + "." + hint, e);
    }
  }

  private void shell(SparkSession spark, ResultPrinter printer, PrintWriter err) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder statement = new StringBuilder();
    err.print("clusterscope> ");
    err.flush();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String trimmed = line.trim();
      if (statement.length() == 0 && (trimmed.equalsIgnoreCase("exit") || trimmed.equalsIgnoreCase("quit"))) {
        break;
      }
      statement.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String text = statement.toString().trim();
        statement.setLength(0);
        try {
          run(spark, printer, text.substring(0, text.length() - 1));
        } catch (RuntimeException e) {
          err.println(e.getMessage());
        }
      }
      err.print(statement.length() == 0 ? "clusterscope> " : "         ...> ");
      err.flush();
    }
  }
}
