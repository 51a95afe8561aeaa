package org.clusterscope.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterscope.errors.Errors;

/**
 * Reads and checks the two IPC concordance files. They come from users, so every value is
 * checked and a problem is a configuration error naming file, line and value. The notation is
 * the one of the official tables (see {@code ipc_technology_NOTES.md} and {@code ipc_nace2_NOTES.md}).
 */
final class IpcConcordanceFiles {
  private IpcConcordanceFiles() {}

  /** {@code tech_field,tech_field_label,tech_sector,ipc,except}. */
  static List<TechnologyRule> technology(String key, Path path) {
    List<TechnologyRule> rules = new ArrayList<>();
    Map<String, TechnologyRule> byPattern = new HashMap<>();
    Map<Integer, TechnologyRule> byField = new HashMap<>();
    List<String> columns = List.of("tech_field", "tech_field_label", "tech_sector", "ipc", "except");
    for (ReferenceCsv.Line line : ReferenceCsv.read(key, path, columns)) {
      String field = matching(path, line, "tech_field", "[1-9][0-9]?", "a technology field number (an integer 1 to 99)");
      IpcPattern ipc = pattern(path, line, "ipc");
      List<IpcPattern> except = patterns(path, line, "except");
      for (IpcPattern excluded : except) {
        require(excluded.level() == IpcPattern.Level.GROUP && ipc.contains(excluded), path, line.number(),
            "except '" + excluded.text() + "' is not a main group (X 1/*) inside ipc '" + ipc.text() + "'");
      }
      TechnologyRule rule = new TechnologyRule(line.number(), Integer.parseInt(field),
          required(path, line, "tech_field_label"), required(path, line, "tech_sector"), ipc, except);
      TechnologyRule earlier = byPattern.putIfAbsent(ipc.text(), rule);
      require(earlier == null, path, line.number(), () -> "ipc '" + ipc.text() + "' is already listed on line "
          + earlier.line() + " (field " + earlier.field() + "); a code belongs to one technology field,"
          + " so each pattern may appear only once");
      TechnologyRule first = byField.computeIfAbsent(rule.field(), f -> rule);
      require(first.label().equals(rule.label()) && first.sector().equals(rule.sector()), path, line.number(),
          () -> "field " + rule.field() + " is '" + rule.label() + "' in sector '" + rule.sector() + "', but line "
              + first.line() + " has '" + first.label() + "' in sector '" + first.sector() + "'");
      rules.add(rule);
    }
    require(!rules.isEmpty(), path, 1, "the file lists no concordance row");
    return rules;
  }

  /** {@code nace_division,nace_label,ipc,not_with,unless_with}. */
  static List<NaceRule> nace(String key, Path path) {
    List<NaceRule> rules = new ArrayList<>();
    Map<String, NaceRule> byDivisionAndPattern = new HashMap<>();
    Map<String, NaceRule> byDivision = new HashMap<>();
    List<String> columns = List.of("nace_division", "nace_label", "ipc", "not_with", "unless_with");
    for (ReferenceCsv.Line line : ReferenceCsv.read(key, path, columns)) {
      String division = matching(path, line, "nace_division", "[0-9]{2}", "a NACE division (two digits, e.g. 21)");
      IpcPattern ipc = pattern(path, line, "ipc");
      require(ipc.level() == IpcPattern.Level.CLASS || !IpcConcordance.isCoIpc(ipc.text()), path, line.number(),
          "ipc '" + ipc.text() + "' is a co-IPC subclass (F16S, B29K, B29L, C12R, A99Z to H99Z), which gives"
              + " no division: the concordance allocates such applications by their other codes");
      List<IpcPattern> notWith = patterns(path, line, "not_with");
      List<IpcPattern> unlessWith = patterns(path, line, "unless_with");
      require(unlessWith.isEmpty() || !notWith.isEmpty(), path, line.number(),
          "unless_with '" + line.get("unless_with") + "' is given without not_with; it only lifts a not_with exclusion");
      NaceRule rule = new NaceRule(line.number(), division, required(path, line, "nace_label"), ipc, notWith, unlessWith);
      NaceRule earlier = byDivisionAndPattern.putIfAbsent(division + " " + ipc.text(), rule);
      require(earlier == null, path, line.number(), () -> "division " + division + " and ipc '" + ipc.text()
          + "' are already listed on line " + earlier.line() + "; keep one of the two rows");
      NaceRule first = byDivision.computeIfAbsent(division, d -> rule);
      require(first.label().equals(rule.label()), path, line.number(), () -> "division " + division + " is '"
          + rule.label() + "', but line " + first.line() + " calls it '" + first.label() + "'");
      rules.add(rule);
    }
    require(!rules.isEmpty(), path, 1, "the file lists no concordance row");
    return rules;
  }

  private static IpcPattern pattern(Path path, ReferenceCsv.Line line, String column) {
    String text = line.get(column);
    return IpcPattern.parse(text).orElseThrow(() -> Errors.referenceFileInvalid(path, line.number(),
        column + " '" + text + "' is not an IPC pattern: expected " + IpcPattern.EXPECTED));
  }

  /** A {@code ;}-separated list of patterns; empty when the cell is empty. */
  private static List<IpcPattern> patterns(Path path, ReferenceCsv.Line line, String column) {
    String cell = line.get(column);
    List<IpcPattern> patterns = new ArrayList<>();
    if (cell.isEmpty()) {
      return patterns;
    }
    for (String part : cell.split(";", -1)) {
      String text = part.trim();
      patterns.add(IpcPattern.parse(text).orElseThrow(() -> Errors.referenceFileInvalid(path, line.number(),
          column + " '" + cell + "' holds '" + text + "', which is not an IPC pattern: expected "
              + IpcPattern.EXPECTED + ", several separated by ';'")));
    }
    return patterns;
  }

  private static String matching(Path path, ReferenceCsv.Line line, String column, String regex, String expected) {
    String value = line.get(column);
    require(value.matches(regex), path, line.number(), column + " '" + value + "' is not " + expected);
    return value;
  }

  private static String required(Path path, ReferenceCsv.Line line, String column) {
    String value = line.get(column);
    require(!value.isEmpty(), path, line.number(), column + " is empty");
    return value;
  }

  private static void require(boolean condition, Path path, long line, String detail) {
    if (!condition) {
      throw Errors.referenceFileInvalid(path, line, detail);
    }
  }

  private static void require(boolean condition, Path path, long line, java.util.function.Supplier<String> detail) {
    if (!condition) {
      throw Errors.referenceFileInvalid(path, line, detail.get());
    }
  }
}
