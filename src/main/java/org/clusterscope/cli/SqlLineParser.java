package org.clusterscope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * How the shell's line reader reads SQL. Enter sends the text on only when it ends a statement
 * (a ';' outside strings and comments, {@link SqlScript#isComplete}), is blank, or is a shell
 * command ({@code exit}, {@code quit}); otherwise it starts a continuation line, so a statement
 * may span lines and is recalled from history as one entry. For completion, a word is a run of
 * identifier characters and dots ({@code cs_gold.region_sector.lq}): SQL's punctuation ends one,
 * unlike a shell's words that only spaces separate.
 */
final class SqlLineParser implements Parser {

  /** What the shell does with the text: quit, or run it. */
  static boolean isExit(String text) {
    String command = text.strip().toLowerCase(Locale.ROOT);
    command = command.endsWith(";") ? command.substring(0, command.length() - 1).strip() : command;
    return command.equals("exit") || command.equals("quit") || command.equals("\\q");
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !(line.isBlank() || isExit(line) || SqlScript.isComplete(line))) {
      throw new EOFError(-1, -1, "the statement is not ended by ';'", ";");
    }
    return words(line, cursor);
  }

  private static ParsedLine words(String line, int cursor) {
    List<String> words = new ArrayList<>();
    int wordIndex = -1;
    int wordCursor = 0;
    int before = 0; // words that start before the cursor
    int i = 0;
    while (i < line.length()) {
      if (!isWordChar(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < line.length() && isWordChar(line.charAt(i))) {
        i++;
      }
      if (start <= cursor && cursor <= i) {
        wordIndex = words.size();
        wordCursor = cursor - start;
      }
      before += start < cursor ? 1 : 0;
      words.add(line.substring(start, i));
    }
    if (wordIndex < 0) { // the cursor stands between words: complete an empty one there
      wordIndex = before;
      words.add(wordIndex, "");
    }
    return new Words(words.get(wordIndex), wordCursor, wordIndex, List.copyOf(words), line, cursor);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
  }

  /** Words as typed: SQL names need no escaping, so a candidate is inserted as it is. */
  private record Words(String word, int wordCursor, int wordIndex, List<String> words, String line, int cursor)
      implements CompletingParsedLine {
    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return wordCursor;
    }

    @Override
    public int rawWordLength() {
      return word.length();
    }
  }
}
