package org.clusterscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.Errors;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.spark.SessionFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ad-hoc Spark SQL on the catalog: a script with {@code -e} or {@code -f}, or an interactive shell
 * reading statements ended by ';' from standard input. Results go to standard output, logs to
 * standard error, so {@code --format csv > file.csv} gives a clean file.
 *
 * <p>A script stops at its first failed statement and exits with that statement's code, so a
 * scheduled script never goes on from a half-done state. The shell reports a failure and reads
 * on; its exit code at the end is that of its first failed statement, so a piped session tells
 * its caller that something failed. The code is 2 when Spark rejects the statement (syntax,
 * unknown table or column) and 1 when it fails while running.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Run Spark SQL on the clusterscope tables (e.g. SELECT * FROM cs_gold.region_sector LIMIT 5).",
        "Exit codes: 0 every statement succeeded; 2 Spark rejected a statement (syntax, unknown table or column);"
            + " 1 a statement failed while running. -e and -f stop at the first failed statement; the shell"
            + " reads on and exits with the code of its first failed statement."})
final class SqlCommand extends ClusterscopeCommand {

  /** Where the statements come from; neither means the interactive shell. */
  static final class Script {
    @Option(names = {"-e", "--execute"}, paramLabel = "<sql>",
        description = "Statements to run, separated by ';'; without -e or -f, an interactive shell")
    String text;

    @Option(names = {"-f", "--file"}, paramLabel = "<file>", description = "File of statements to run, separated by ';'")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Script script;

  @Option(names = "--format", paramLabel = "<format>", description = "table, csv or json (default: ${DEFAULT-VALUE})")
  ResultPrinter.Format format = ResultPrinter.Format.table;

  @Option(names = "--max-rows", paramLabel = "<n>", description = "At most this many rows; 0 for all (default: ${DEFAULT-VALUE})")
  int maxRows = 0;

  @Override
  public Integer call() throws IOException {
    Settings settings = options.settings();
    String source = script == null ? null : script.file == null ? "-e" : script.file.toString();
    String text = script == null ? null : script.file == null ? script.text : read(script.file);
    SparkSession spark = SessionFactory.start(settings);
    try {
      ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut());
      if (text != null) {
        runScript(spark, printer, SqlScript.split(text), source);
        return ExitCode.SUCCESS.code();
      }
      return shell(spark, printer, spec.commandLine().getErr()).code();
    } finally {
      spark.stop();
    }
  }

  private static String read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw Errors.sqlFileMissing(file);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private void runScript(SparkSession spark, ResultPrinter printer, List<SqlScript.Statement> statements, String source) {
    for (int i = 0; i < statements.size(); i++) {
      SqlScript.Statement statement = statements.get(i);
      try {
        run(spark, printer, statement.text());
      } catch (ClusterscopeException e) {
        if (statements.size() == 1) {
          throw e;
        }
        throw Errors.sqlScriptStopped(i + 1, statements.size(), source, statement.line(), e);
      }
    }
  }

  private void run(SparkSession spark, ResultPrinter printer, String statement) {
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

  /** Reads statements until end of input or exit; returns the code of the first failure, if any. */
  private ExitCode shell(SparkSession spark, ResultPrinter printer, PrintWriter err) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder buffer = new StringBuilder();
    ExitCode firstFailure = ExitCode.SUCCESS;
    int failed = 0;
    err.print("clusterscope> ");
    err.flush();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String trimmed = line.trim();
      if (buffer.toString().isBlank() && (trimmed.equalsIgnoreCase("exit") || trimmed.equalsIgnoreCase("quit"))) {
        break;
      }
      buffer.append(line).append('\n');
      if (trimmed.endsWith(";") && !SqlScript.isOpen(buffer.toString())) {
        for (SqlScript.Statement statement : SqlScript.split(buffer.toString())) {
          try {
            run(spark, printer, statement.text());
          } catch (ClusterscopeException e) {
            err.println("clusterscope: " + e.getMessage());
            if (failed == 0) {
              firstFailure = e.exitCode();
            }
            failed++;
          }
        }
        buffer.setLength(0);
      }
      err.print(buffer.length() == 0 ? "clusterscope> " : "         ...> ");
      err.flush();
    }
    err.println();
    if (failed > 0) {
      err.println("clusterscope: " + failed + (failed == 1 ? " statement" : " statements") + " failed; exit code "
          + firstFailure.code() + " (that of the first).");
    }
    err.flush();
    return firstFailure;
  }
}
