package org.clusterscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The shell's JLine line reader: Emacs keys, SQL multi-line statements ({@link SqlLineParser}),
 * completion ({@link SqlCompleter}) and a history file kept between sessions. History expansion
 * is off, since {@code !} is SQL ({@code !=}, {@code NOT}).
 */
final class ShellLineReader {
  /** Environment variable naming the history file; empty for none. */
  static final String HISTORY_VARIABLE = "CLUSTERSCOPE_HISTORY";
  static final String CONTINUATION = "         ...> ";
  private static final int HISTORY_LINES = 5000;

  private ShellLineReader() {}

  /**
   * The history file: {@value #HISTORY_VARIABLE} when set (empty: none), else
   * {@code ~/.clusterscope_history}.
   */
  static Optional<Path> historyFile(Map<String, String> environment, String userHome) {
    String configured = environment.get(HISTORY_VARIABLE);
    if (configured != null) {
      return configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured));
    }
    return Optional.of(Path.of(userHome, ".clusterscope_history"));
  }

  /**
   * The terminal standard input is, writing to standard error so that results on standard
   * output stay clean; empty when standard input is not a terminal (a pipe, a file, CI).
   */
  static Optional<Terminal> systemTerminal() throws IOException {
    Terminal terminal = TerminalBuilder.builder().system(true).dumb(true)
        .systemOutput(TerminalBuilder.SystemOutput.SysErr).build();
    if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
      return Optional.empty(); // left open: closing it would close standard input for the piped reader
    }
    return Optional.of(terminal);
  }

  static LineReader build(Terminal terminal, SqlVocabulary vocabulary, Optional<Path> history, PrintWriter err) {
    LineReaderBuilder builder = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("clusterscope")
        .parser(new SqlLineParser())
        .completer(new SqlCompleter(vocabulary))
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
        .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_LINES)
        .variable(LineReader.HISTORY_SIZE, HISTORY_LINES)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.CASE_INSENSITIVE, true)
        .option(LineReader.Option.INSERT_TAB, false)
        .option(LineReader.Option.HISTORY_IGNORE_SPACE, true);
    history.flatMap(file -> privateFile(file, err)).ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
    return builder.build();
  }

  /**
   * Statements may hold names or values others should not read: a new file is the user's alone.
   * A file that cannot be created costs the history, not the session.
   */
  private static Optional<Path> privateFile(Path file, PrintWriter err) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      return Optional.of(file);
    } catch (IOException | UnsupportedOperationException e) {
      err.println("clusterscope: cannot keep the history in " + file + " (" + e.getMessage() + "); this session's"
          + " statements will not be kept. Set " + HISTORY_VARIABLE + " to a writable file, or to an empty value"
          + " for no history.");
      return Optional.empty();
    }
  }
}
