package org.clusterscope.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at the semicolons that end them: not those inside a quoted
 * string or identifier ('...', "...", `...`, with backslash escapes as Spark SQL reads them) or
 * inside a comment (-- to the end of the line, /* ... *&#47;). A script run with {@code -e} or
 * {@code -f}, and each line the shell reads, go through it, so a failed statement can be named by
 * its number and line.
 */
final class SqlScript {
  private enum State { CODE, SINGLE_QUOTE, DOUBLE_QUOTE, BACKTICK, LINE_COMMENT, BLOCK_COMMENT }

  /** A statement from its first word (comments before it left out) to before its ';', and that word's line (from 1). */
  record Statement(String text, int line) {}

  private SqlScript() {}

  /** The statements of {@code text}; comments and blanks between them are not statements. */
  static List<Statement> split(String text) {
    return scan(text).statements;
  }

  /** True when {@code text} ends inside a quoted string, identifier or block comment. */
  static boolean isOpen(String text) {
    State end = scan(text).end;
    return end != State.CODE && end != State.LINE_COMMENT;
  }

  /**
   * True when {@code text} ends a statement: its last character outside comments is a ';' that
   * is not inside a quoted string or identifier. The shell reads on until then, so a statement
   * may span lines.
   */
  static boolean isComplete(String text) {
    Scan scan = scan(text);
    return scan.endedBySemicolon && (scan.end == State.CODE || scan.end == State.LINE_COMMENT);
  }

  private record Scan(List<Statement> statements, State end, boolean endedBySemicolon) {}

  private static Scan scan(String text) {
    List<Statement> statements = new ArrayList<>();
    State state = State.CODE;
    int start = 0;
    int line = 1;
    int firstCodeLine = -1;
    boolean endedBySemicolon = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      if (c == '\n') {
        line++;
      }
      if (state == State.CODE && !Character.isWhitespace(c) && !(c == '-' && next == '-') && !(c == '/' && next == '*')) {
        endedBySemicolon = c == ';';
      }
      switch (state) {
        case CODE -> {
          if (c == ';') {
            if (firstCodeLine > 0) {
              statements.add(new Statement(text.substring(start, i).trim(), firstCodeLine));
            }
            firstCodeLine = -1;
          } else if (c == '-' && next == '-') {
            state = State.LINE_COMMENT;
            i++;
          } else if (c == '/' && next == '*') {
            state = State.BLOCK_COMMENT;
            i++;
          } else {
            state = c == '\'' ? State.SINGLE_QUOTE : c == '"' ? State.DOUBLE_QUOTE : c == '`' ? State.BACKTICK : state;
            if (firstCodeLine < 0 && !Character.isWhitespace(c)) {
              firstCodeLine = line;
              start = i;
            }
          }
        }
        case SINGLE_QUOTE, DOUBLE_QUOTE -> {
          if (c == '\\') {
            line += next == '\n' ? 1 : 0;
            i++;
          } else if (c == (state == State.SINGLE_QUOTE ? '\'' : '"')) {
            state = State.CODE;
          }
        }
        case BACKTICK -> state = c == '`' ? State.CODE : state;
        case LINE_COMMENT -> state = c == '\n' ? State.CODE : state;
        case BLOCK_COMMENT -> {
          if (c == '*' && next == '/') {
            state = State.CODE;
            i++;
          }
        }
        default -> throw new IllegalStateException("Unknown state " + state);
      }
    }
    if (firstCodeLine > 0) {
      statements.add(new Statement(text.substring(start).trim(), firstCodeLine));
    }
    return new Scan(statements, state, endedBySemicolon);
  }
}
