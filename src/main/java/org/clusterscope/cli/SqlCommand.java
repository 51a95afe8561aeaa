package org.clusterscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.config.Settings;
import org.clusterscope.release.Release;
import org.clusterscope.release.ReleasePins;
import org.clusterscope.release.ReleaseViews;
import org.clusterscope.release.Releases;
import org.clusterscope.errors.Errors;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.lock.LockHolder;
import org.clusterscope.lock.WarehouseLock;
import org.clusterscope.serve.ReadOnlyExtension;
import org.clusterscope.spark.SessionFactory;
import org.clusterscope.spark.SparkSettings;
import org.jline.terminal.Terminal;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            + " reads on and exits with the code of its first failed statement.",
        "Read-only unless --allow-writes is given: a statement that writes (INSERT, UPDATE, DELETE, MERGE,"
            + " CREATE/DROP/ALTER TABLE, OPTIMIZE, VACUUM, ...) is refused with exit code 2.",
        "On a terminal the shell edits lines, completes names with Tab and keeps its history in"
            + " ~/.clusterscope_history (environment variable CLUSTERSCOPE_HISTORY: another file, empty for none)."
            + " Guide: docs/shell.md."})
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

  @Option(names = "--as-of", paramLabel = "<release>",
      description = "Read the released tables (cs_pub) as the named release left them (cs_ops.releases);"
          + " other layers are read as they are")
  String asOf;
  @Option(names = "--allow-writes", description = "Let statements write (INSERT, MERGE, CREATE, DROP, OPTIMIZE, ...);"
      + " takes the warehouse lock like run. Without it sql is read-only (docs/operations.md).")
  boolean allowWrites;

  /** {@code --wait}: for {@code --allow-writes}, which takes the warehouse lock. */
  @Mixin LockOptions lockOptions;

  @Override
  public Integer call() throws IOException {
    Settings settings = options.settings();
    String source = script == null ? null : script.file == null ? "-e" : script.file.toString();
    String text = script == null ? null : script.file == null ? script.text : read(script.file);
    if (!allowWrites) {
      return session(settings, source, text,
          ReadOnlyExtension.sqlConf(SparkSettings.of(settings).get("spark.sql.extensions")));
    }
    try (WarehouseLock lock = lockOptions.acquire(settings, LockHolder.startingNow("sql --allow-writes"))) {
      return session(settings, source, text, Map.of());
    }
  }

  private int session(Settings settings, String source, String text, Map<String, String> conf) throws IOException {
    SparkSession spark = SessionFactory.start(settings, conf);
    try {
      if (asOf != null) {
        pin(spark, settings, Releases.inCatalog(spark, settings.catalog()).named(asOf), "as of release");
      } else {
        pinIfMixed(spark, settings);
      }
      SqlRunner runner = new SqlRunner(spark, new ResultPrinter(spec.commandLine().getOut()), format, maxRows);
      if (text != null) {
        runner.runScript(SqlScript.split(text), source);
        return ExitCode.SUCCESS.code();
      }
      PrintWriter err = spec.commandLine().getErr();
      SqlVocabulary vocabulary = new SparkSqlVocabulary(spark);
      SqlShell shell = new SqlShell(runner, vocabulary, err);
      Optional<Terminal> terminal = ShellLineReader.systemTerminal();
      if (terminal.isEmpty()) {
        return shell.piped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))).code();
      }
      try (Terminal open = terminal.get()) {
        Optional<Path> history = ShellLineReader.historyFile(System.getenv(), System.getProperty("user.home"));
        return shell.interactive(ShellLineReader.build(open, vocabulary, history, err)).code();
      }
    } finally {
      spark.stop();
    }
  }

  /** Pins the session to {@code release} and says so on standard error. */
  private void pin(SparkSession spark, Settings settings, Release release, String why) {
    spark.conf().set(ReleasePins.SETTING, ReleasePins.of(release, settings.catalog()).value());
    PrintWriter err = spec.commandLine().getErr();
    err.println("clusterscope sql: " + settings.catalog().database(Layer.PUB) + " " + why + " " + release.name()
        + " (recorded " + release.createdAt() + " by run " + release.runId() + ", years " + release.referenceYears()
        + ")");
    err.flush();
  }

  /**
   * A publish stopped inside its switch leaves the released views at two releases until the next
   * publish or maintain finishes it; this session then reads the newest release, the one the
   * switch was going to, whole.
   */
  private void pinIfMixed(SparkSession spark, Settings settings) {
    SortedSet<String> shown = new ReleaseViews(spark, settings.catalog()).mixedReleases();
    if (!shown.isEmpty()) {
      Releases.inCatalog(spark, settings.catalog()).latest().ifPresent(latest -> pin(spark, settings, latest,
          "shows releases " + String.join(", ", shown) + " (a publish stopped while switching them; the next run"
              + " or jobs/clusterscope maintain finishes the switch): this session reads the newest release,"));
    }
  }

  private static String read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw Errors.sqlFileMissing(file);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
