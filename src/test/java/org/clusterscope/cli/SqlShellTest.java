package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell and scripts on the test session: the real line reader fed keystrokes through a
 * terminal over streams, piped input, and the exit code and message of a failed statement.
 */
@ExtendWith(SparkTestExtension.class)
class SqlShellTest {
  /** Ctrl-P, previous line or history entry (Emacs keys; Up does the same on a real terminal). */
  private static final String UP = "\020";
  private final TestSpark spark;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  SqlShellTest(TestSpark spark) {
    this.spark = spark;
  }

  private SqlRunner runner() {
    return new SqlRunner(spark.spark(), new ResultPrinter(new PrintWriter(out, true)), ResultPrinter.Format.csv, 0);
  }

  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

  private ExitCode type(String keys, Path history, SqlCompleterTest.TinyVocabulary vocabulary) throws IOException {
    // A terminal in Java (no pseudo-terminal of the system), "xterm" for the keys' escape sequences.
    try (Terminal terminal = new ExternalTerminal("test", "xterm", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
        screen, StandardCharsets.UTF_8)) {
      PrintWriter errors = new PrintWriter(err, true);
      return new SqlShell(runner(), vocabulary, errors)
          .interactive(ShellLineReader.build(terminal, vocabulary, Optional.of(history), errors));
    }
  }

  @Test
  void theLineReaderRunsMultiLineStatementsCompletesRecallsAndKeepsHistoryAcrossSessions(@TempDir Path dir) throws IOException {
    Path history = dir.resolve("history");
    SqlCompleterTest.TinyVocabulary vocabulary = new SqlCompleterTest.TinyVocabulary();
    // A statement over two lines with '!=' (no history expansion), a failure, a function name
    // completed by Tab, a view created, Ctrl-P four times to the first statement, Enter, Ctrl-D.
    ExitCode code = type("SELECT 1 != 2 AS differ,\r'a;b' AS s;\r"
        + "SELEC 2;\r"
        + "SELECT sqr\t(9) AS r;\r"
        + "CREATE OR REPLACE TEMPORARY VIEW shell_view AS SELECT 1 AS one;\r"
        + UP + UP + UP + UP + "\r\004", history, vocabulary);

    assertEquals(ExitCode.USAGE, code, "the first failure's code, after the shell read on\n" + out + err + screen);
    assertEquals(List.of("differ,s", "true,a;b", "r", "3.0", "differ,s", "true,a;b"), out.toString().lines().toList());
    assertTrue(err.toString().contains("SELEC"), err.toString());
    assertTrue(err.toString().contains("1 statement failed; exit code 2 (that of the first)."), err.toString());
    assertEquals(1, vocabulary.refreshes, "the catalog's names are read again after CREATE");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));

    out.getBuffer().setLength(0);
    // The recalled statement was kept again as the newest entry: a new session finds it first.
    assertEquals(ExitCode.SUCCESS, type(UP + "\rexit\r", history, vocabulary), err.toString());
    assertEquals(List.of("differ,s", "true,a;b"), out.toString().lines().toList(), "the last session's statement is recalled");
  }

  @Test
  void pipedInputRunsWithoutPromptsReadsOnAfterAFailureAndRunsALastStatementWithoutItsSemicolon() throws IOException {
    SqlShell shell = new SqlShell(runner(), new SqlCompleterTest.TinyVocabulary(), new PrintWriter(err, true));
    ExitCode code = shell.piped(new BufferedReader(new StringReader("SELECT 1 AS a;\nSELECT raise_error('boom');\nSELECT\n 2 AS b")));

    assertEquals(ExitCode.FAILURE, code, "a statement that fails while running");
    assertEquals(List.of("a", "1", "b", "2"), out.toString().lines().toList());
    assertTrue(err.toString().contains("boom"), err.toString());
    assertTrue(!err.toString().contains(SqlShell.PROMPT), "no prompts: " + err);
  }

  @Test
  void aScriptStopsAtItsFirstFailureAndNamesItsNumberAndLine() {
    ClusterscopeException failure = assertThrows(ClusterscopeException.class, () -> runner().runScript(
        SqlScript.split("SELECT 1 AS a;\n-- a note\nSELECT raise_error('boom');\nSELECT 3 AS c;"), "check.sql"));

    assertEquals(ExitCode.FAILURE, failure.exitCode());
    assertTrue(failure.getMessage().startsWith("Statement 2 of 3 (check.sql, line 3) failed, so the script stopped and"
        + " the statement after it did not run."), failure.getMessage());
    assertTrue(failure.getMessage().contains("boom"), failure.getMessage());
    assertEquals(List.of("a", "1"), out.toString().lines().toList());
  }

  @Test
  void aRejectedStatementOfMinusEIsAUsageErrorWithWhatToDo() {
    ClusterscopeException failure = assertThrows(ClusterscopeException.class,
        () -> runner().runScript(SqlScript.split("SELECT * FROM shell_no_such_db.t"), "-e"));

    assertEquals(ExitCode.USAGE, failure.exitCode());
    assertTrue(failure.getMessage().contains("run the pipeline first"), failure.getMessage());
  }

  @Test
  void withoutATerminalOnStandardInputTheShellReadsItPlainly() throws IOException {
    // Surefire gives the test JVM a pipe for standard input, as CI and 'sql < file' do.
    assertTrue(ShellLineReader.systemTerminal().isEmpty());
  }

  @Test
  void theHistoryFileIsInTheHomeFolderUnlessTheEnvironmentNamesOneOrNone() {
    assertEquals(Optional.of(Path.of("/home/ana/.clusterscope_history")), ShellLineReader.historyFile(Map.of(), "/home/ana"));
    assertEquals(Optional.of(Path.of("/tmp/h")), ShellLineReader.historyFile(Map.of("CLUSTERSCOPE_HISTORY", "/tmp/h"), "/home/ana"));
    assertEquals(Optional.empty(), ShellLineReader.historyFile(Map.of("CLUSTERSCOPE_HISTORY", ""), "/home/ana"));
  }
}
