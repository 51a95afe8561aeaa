package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Inserts deliberately malformed lines among the valid records of a file, evenly spaced (or at
 * the very end, for a quote that never closes), and reports the line on which each one starts.
 * Records may span several physical lines (quoted line breaks); line numbers count physical lines.
 */
final class DefectPlanter {

  /** A defective line and what is wrong with it. */
  record Planted(String text, boolean latin1, String detail) {

    static Planted utf8(String text, String detail) {
      return new Planted(text, false, detail);
    }
  }

  /**
   * Makes the defective line that goes just before valid record {@code before}; {@code lineOf}
   * gives the line number of any earlier valid record (duplicates name their original).
   */
  @FunctionalInterface
  interface Maker {
    Planted make(int before, IntUnaryOperator lineOf);
  }

  /** One planned defect: its reason code, whether it goes after the last record, and how to make it. */
  record Spec(String reasonCode, boolean atEnd, Maker maker) {

    static Spec fixed(String reasonCode, String text, String detail) {
      return new Spec(reasonCode, false, (before, lineOf) -> Planted.utf8(text, detail));
    }
  }

  /** The lines after the header, and the defects among them in line order. */
  record Result(List<SampleLine> lines, List<PlantedDefect> defects) {
  }

  private DefectPlanter() {
  }

  static Result plant(String source, String file, List<String> records, List<Spec> specs) {
    List<Spec> inside = new ArrayList<>();
    List<Spec> atEnd = new ArrayList<>();
    for (Spec spec : specs) {
      (spec.atEnd() ? atEnd : inside).add(spec);
    }
    int n = records.size();
    int[] lineOfRecord = new int[n];
    List<SampleLine> lines = new ArrayList<>();
    List<PlantedDefect> defects = new ArrayList<>();
    int nextLine = 2;
    int next = 0;
    for (int i = 0; i <= n; i++) {
      while (next < inside.size() && i == (next + 1) * n / (inside.size() + 1)) {
        nextLine = add(inside.get(next++), i, lineOfRecord, source, file, nextLine, lines, defects);
      }
      if (i < n) {
        lineOfRecord[i] = nextLine;
        lines.add(SampleLine.utf8(records.get(i)));
        nextLine += physicalLines(records.get(i));
      }
    }
    for (Spec spec : atEnd) {
      nextLine = add(spec, n, lineOfRecord, source, file, nextLine, lines, defects);
    }
    return new Result(lines, defects);
  }

  private static int add(Spec spec, int before, int[] lineOfRecord, String source, String file, int line,
      List<SampleLine> lines, List<PlantedDefect> defects) {
    Planted planted = spec.maker().make(before, index -> {
      if (index >= before) {
        throw new IllegalArgumentException("A defect before record " + before
            + " can only refer to an earlier record, not to " + index);
      }
      return lineOfRecord[index];
    });
    lines.add(new SampleLine(planted.text(), planted.latin1()));
    defects.add(new PlantedDefect(source, file, line, spec.reasonCode(), planted.detail()));
    return line + physicalLines(planted.text());
  }

  private static int physicalLines(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }
}
