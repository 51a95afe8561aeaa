package org.clusterscope.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * What Tab offers for the word under the cursor ({@link SqlLineParser} cuts words at SQL's
 * punctuation):
 * <ul>
 *   <li>{@code db.} and more: the tables of that database;</li>
 *   <li>{@code db.table.}, {@code table.} or {@code alias.} of a table the statement names: its
 *       columns;</li>
 *   <li>any other word: keywords (in the case being typed), functions, databases, and the columns
 *       of the tables the statement names ({@code FROM cs_gold.region_sector rs}).</li>
 * </ul>
 */
final class SqlCompleter implements Completer {
  private final SqlVocabulary vocabulary;

  SqlCompleter(SqlVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  private record TableRef(String database, String table) {}

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String word = line.word().substring(0, line.wordCursor());
    Map<String, TableRef> named = namedTables(line.words(), line.wordIndex());
    int dot = word.lastIndexOf('.');
    if (dot >= 0) {
      String prefix = word.substring(0, dot).toLowerCase(Locale.ROOT);
      TableRef table = named.getOrDefault(prefix, tableOf(prefix));
      if (table != null) {
        vocabulary.columns(table.database(), table.table())
            .forEach(c -> candidates.add(candidate(word.substring(0, dot + 1) + c, c, "column", true)));
      } else if (!prefix.contains(".")) {
        vocabulary.tables(prefix).forEach(t -> candidates.add(candidate(word.substring(0, dot + 1) + t, t, "table", true)));
      }
      return;
    }
    boolean lower = !word.isEmpty() && word.equals(word.toLowerCase(Locale.ROOT));
    vocabulary.keywords().forEach(k -> candidates.add(candidate(lower ? k.toLowerCase(Locale.ROOT) : k, null, "keyword", true)));
    vocabulary.functions().forEach(f -> candidates.add(candidate(f, null, "function", false)));
    vocabulary.databases().forEach(d -> candidates.add(candidate(d, null, "database", false)));
    named.values().stream().distinct()
        .flatMap(t -> vocabulary.columns(t.database(), t.table()).stream()).distinct()
        .forEach(c -> candidates.add(candidate(c, null, "column", true)));
  }

  /**
   * The tables the statement names as {@code db.table}, by that name, by the table's own name and
   * by the alias after it, if any; the word being completed is not one of them.
   */
  private Map<String, TableRef> namedTables(List<String> words, int current) {
    Map<String, TableRef> named = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      TableRef table = i == current ? null : tableOf(words.get(i).toLowerCase(Locale.ROOT));
      if (table == null) {
        continue;
      }
      named.put(table.database() + "." + table.table(), table);
      named.putIfAbsent(table.table(), table);
      int next = words.size() > i + 1 && words.get(i + 1).equalsIgnoreCase("as") ? i + 2 : i + 1;
      if (next < words.size() && next != current && isAlias(words.get(next))) {
        named.put(words.get(next).toLowerCase(Locale.ROOT), table);
      }
    }
    return named;
  }

  private boolean isAlias(String word) {
    return !word.isEmpty() && !word.contains(".") && Character.isLetter(word.charAt(0))
        && vocabulary.keywords().stream().noneMatch(word::equalsIgnoreCase);
  }

  /** {@code db.table} when it names a table of the catalog, else null. */
  private TableRef tableOf(String name) {
    int dot = name.indexOf('.');
    if (dot <= 0 || dot != name.lastIndexOf('.')) {
      return null;
    }
    String database = name.substring(0, dot);
    String table = name.substring(dot + 1);
    return vocabulary.databases().contains(database) && vocabulary.tables(database).contains(table)
        ? new TableRef(database, table) : null;
  }

  /** A keyword or table is complete (a space follows); a database or function is not ('.' or '(' follows). */
  private static Candidate candidate(String value, String display, String group, boolean complete) {
    return new Candidate(value, display == null ? value : display, group, null, null, null, complete);
  }
}
