package org.clusterscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Reads statements and runs them until end of input or {@code exit}. A failed statement is
 * reported and the shell reads on; the exit code at the end is that of the first failure, so a
 * piped session still tells its caller that something failed.
 *
 * <p>On a terminal ({@link #interactive}) the line reader edits, recalls and completes; Ctrl-C
 * clears the line being typed, or cancels the running statement. Piped input ({@link #piped})
 * is read line by line without prompts, and a last statement without its ';' still runs.
 */
final class SqlShell {
  static final String PROMPT = "clusterscope> ";

  private final SqlRunner runner;
  private final SqlVocabulary vocabulary;
  private final PrintWriter err;
  private ExitCode firstFailure = ExitCode.SUCCESS;
  private int failed;

  SqlShell(SqlRunner runner, SqlVocabulary vocabulary, PrintWriter err) {
    this.runner = runner;
    this.vocabulary = vocabulary;
    this.err = err;
  }

  ExitCode interactive(LineReader reader) {
    Terminal terminal = reader.getTerminal();
    err.println("clusterscope sql: end statements with ';'. Tab completes, Up recalls, Ctrl-C cancels, exit or Ctrl-D quits.");
    err.flush();
    while (true) {
      String text;
      try {
        text = reader.readLine(PROMPT);
      } catch (UserInterruptException e) {
        continue; // Ctrl-C while typing drops the line, as in a Unix shell
      } catch (EndOfFileException e) {
        break;
      }
      if (SqlLineParser.isExit(text)) {
        break;
      }
      Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> runner.cancel());
      try {
        execute(text);
      } finally {
        terminal.handle(Terminal.Signal.INT, previous);
      }
    }
    return end();
  }

  ExitCode piped(BufferedReader in) throws IOException {
    StringBuilder buffer = new StringBuilder();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (buffer.toString().isBlank() && SqlLineParser.isExit(line)) {
        return end();
      }
      buffer.append(line).append('\n');
      if (SqlScript.isComplete(buffer.toString())) {
        execute(buffer.toString());
        buffer.setLength(0);
      }
    }
    execute(buffer.toString());
    return end();
  }

  private void execute(String text) {
    for (SqlScript.Statement statement : SqlScript.split(text)) {
      try {
        runner.run(statement.text());
      } catch (ClusterscopeException e) {
        err.println("clusterscope: " + e.getMessage());
        err.flush();
        firstFailure = failed == 0 ? e.exitCode() : firstFailure;
        failed++;
      }
      if (changesCatalog(statement.text())) {
        vocabulary.refresh();
      }
    }
  }

  private static boolean changesCatalog(String statement) {
    String first = statement.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    return first.equals("CREATE") || first.equals("DROP") || first.equals("ALTER") || first.equals("REPLACE");
  }

  private ExitCode end() {
    if (failed > 0) {
      err.println("clusterscope: " + failed + (failed == 1 ? " statement" : " statements") + " failed; exit code "
          + firstFailure.code() + " (that of the first).");
    }
    err.flush();
    return firstFailure;
  }
}
