package org.clusterscope.reference;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterscope.errors.Errors;

/**
 * The NACE Rev.2 hierarchy and labels ({@code level,code,parent,label}). Sections and divisions
 * must be complete, since a division's section is looked up here; classes are optional and give
 * labels only, as the class code itself determines its division.
 */
public final class NaceReference {
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
