package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reading helpers for the sample tests, written independently of the generator: the committed
 * files under {@code data-samples/}, their raw lines, {@code DEFECTS.csv} and the reference lists.
 */
final class SampleFiles {

  static final Path DATA = Path.of("data-samples");

  private SampleFiles() {
  }

  /** Line number to reason code of the planted defects of one file, from {@code DEFECTS.csv}. */
  static Map<Integer, String> defects(String file) throws IOException {
    Map<Integer, String> result = new TreeMap<>();
    for (String line : Files.readAllLines(DATA.resolve("DEFECTS.csv"), StandardCharsets.UTF_8)) {
      String[] fields = line.split(",");
      if (fields[1].equals(file)) {
        result.put(Integer.parseInt(fields[2]), fields[3]);
      }
    }
    return result;
  }

  /** The file's lines as raw bytes, without LF terminators (the files have no BOM and no CR). */
  static List<byte[]> rawLines(String file) throws IOException {
    byte[] all = Files.readAllBytes(DATA.resolve(file));
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\n') {
        lines.add(Arrays.copyOfRange(all, start, i));
        start = i + 1;
      }
    }
    if (start < all.length) {
      lines.add(Arrays.copyOfRange(all, start, all.length));
    }
    return lines;
  }

  /** The text of a line, or null when it is not valid UTF-8. */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Fields of one delimited line with RFC 4180 quotes, or null when a quote is unbalanced or stray. */
  static List<String> splitQuoted(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder field = new StringBuilder();
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            return null;
          }
          char c = line.charAt(i++);
          if (c == '"' && i < line.length() && line.charAt(i) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            break;
          } else {
            field.append(c);
          }
        }
        if (i < line.length() && line.charAt(i) != delimiter) {
          return null;
        }
      } else {
        while (i < line.length() && line.charAt(i) != delimiter) {
          char c = line.charAt(i++);
          if (c == '"') {
            return null;
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      if (i >= line.length()) {
        return fields;
      }
      i++;
    }
  }

  /** Codes of {@code conf/reference/nuts_regions.csv}. */
  static Set<String> nutsCodes() throws IOException {
    Set<String> codes = new HashSet<>();
    List<String> lines = Files.readAllLines(Path.of("conf", "reference", "nuts_regions.csv"),
        StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      codes.add(line.substring(0, line.indexOf(',')));
    }
    return codes;
  }

  /** Codes of one level of {@code conf/reference/nace_rev2.csv} ({@code division}: 10, {@code class}: 10.11). */
  static Set<String> naceCodes(String level) throws IOException {
    Set<String> codes = new HashSet<>();
    List<String> lines = Files.readAllLines(Path.of("conf", "reference", "nace_rev2.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = splitQuoted(line, ',');
      if (fields.get(0).equals(level)) {
        codes.add(fields.get(1));
      }
    }
    return codes;
  }

  /** Code to parent code of one level of {@code conf/reference/nace_rev2.csv} (division 10 to section C). */
  static Map<String, String> naceParents(String level) throws IOException {
    Map<String, String> parents = new java.util.HashMap<>();
    List<String> lines = Files.readAllLines(Path.of("conf", "reference", "nace_rev2.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = splitQuoted(line, ',');
      if (fields.get(0).equals(level)) {
        parents.put(fields.get(1), fields.get(2));
      }
    }
    return parents;
  }

  static void assertShare(double low, double high, long count, long total, String what) {
    double share = (double) count / total;
    org.junit.jupiter.api.Assertions.assertTrue(share >= low && share <= high,
        what + ": " + count + " of " + total + " (" + share + "), expected between " + low + " and " + high);
  }
}
