package org.clusterscope.reference;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.clusterscope.errors.Errors;

/**
 * The NACE Rev.2 hierarchy and labels ({@code level,code,parent,label}). Sections and divisions
 * must be complete, since a division's section is looked up here; classes are optional and give
 * labels only, as the class code itself determines its division.
 */
public final class NaceReference {
  private static final int DIVISION_NUMBERS = 100;

  private final Map<String, String> sectionLabels;
  private final Map<String, String> divisionSections;
  private final Map<String, String> divisionLabels;
  private final Map<String, String> classLabels;

  private NaceReference(Map<String, String> sectionLabels, Map<String, String> divisionSections,
      Map<String, String> divisionLabels, Map<String, String> classLabels) {
    this.sectionLabels = Map.copyOf(sectionLabels);
    this.divisionSections = Map.copyOf(divisionSections);
    this.divisionLabels = Map.copyOf(divisionLabels);
    this.classLabels = Map.copyOf(classLabels);
  }

  public static NaceReference load(Path path) {
    String key = "clusterscope.reference.nace";
    Map<String, String> sections = new LinkedHashMap<>();
    Map<String, String> divisionSections = new LinkedHashMap<>();
    Map<String, String> divisions = new LinkedHashMap<>();
    Map<String, String> classes = new LinkedHashMap<>();
    List<ReferenceCsv.Line> lines = ReferenceCsv.read(key, path, List.of("level", "code", "parent", "label"));
    for (ReferenceCsv.Line line : lines) {
      String code = line.get("code");
      String parent = line.get("parent");
      switch (line.get("level")) {
        case "section" -> {
          require(code.matches("[A-U]"), path, line, "section code '" + code + "' is not a letter A to U");
          sections.put(code, line.get("label"));
        }
        case "division" -> {
          require(code.matches("[0-9]{2}"), path, line, "division code '" + code + "' is not two digits");
          require(sections.containsKey(parent), path, line,
              "division " + code + " has parent '" + parent + "', which is not a section listed above it");
          divisionSections.put(code, parent);
          divisions.put(code, line.get("label"));
        }
        case "class" -> {
          require(code.matches("[0-9]{2}\\.[0-9]{2}"), path, line, "class code '" + code + "' is not NN.NN");
          require(code.startsWith(parent) && divisions.containsKey(parent), path, line,
              "class " + code + " has parent '" + parent + "', which is not its division listed above it");
          classes.put(code, line.get("label"));
        }
        default -> throw Errors.referenceFileInvalid(path, line.number(),
            "level '" + line.get("level") + "' is not section, division or class");
      }
    }
    require(!divisions.isEmpty(), path, new ReferenceCsv.Line(1, Map.of()), "the file lists no division");
    return new NaceReference(sections, divisionSections, divisions, classes);
  }

  private static void require(boolean condition, Path path, ReferenceCsv.Line line, String detail) {
    if (!condition) {
      throw Errors.referenceFileInvalid(path, line.number(), detail);
    }
  }

  /** Division code (two digits) to section letter. */
  public Map<String, String> divisionSections() {
    return divisionSections;
  }

  /**
   * The section of a two-digit division column, NULL for NULL or a division the map lacks.
   *
   * <p>An array of the hundred codes 00-99 indexed by the division's number, not a map literal:
   * Spark looks a key up in a map literal by comparing it with every key in turn (88 divisions),
   * and conform does this for every record (4% of its CPU samples at EU scale). The entry keeps
   * its division, so that a code that is not two digits ({@code "1"}, {@code " 1"}) finds no
   * section.
   *
   * @param divisionSections {@link #divisionSections}
   */
  public static Column sectionOf(Map<String, String> divisionSections, Column division) {
    Column[] byNumber = new Column[DIVISION_NUMBERS];
    for (int number = 0; number < DIVISION_NUMBERS; number++) {
      String code = String.format("%02d", number);
      String section = divisionSections.get(code);
      byNumber[number] = struct(lit(section == null ? null : code).cast("string").as("division"),
          lit(section).cast("string").as("section"));
    }
    Column number = division.cast("int");
    Column entry = try_element_at(array(byNumber), number.plus(1));
    return when(number.between(0, DIVISION_NUMBERS - 1).and(entry.getField("division").equalTo(division)),
        entry.getField("section"));
  }

  public Map<String, String> sectionLabels() {
    return sectionLabels;
  }

  public Map<String, String> divisionLabels() {
    return divisionLabels;
  }

  public Map<String, String> classLabels() {
    return classLabels;
  }
}
