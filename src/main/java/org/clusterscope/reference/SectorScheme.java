package org.clusterscope.reference;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * A way of grouping establishments into sectors. The code is an expression over the NACE
 * columns of {@code cs_silver.establishments}, so one aggregate serves every scheme.
 */
public interface SectorScheme {
  String name();

  /** Sector code of an establishment, never null. */
  Column sectorCode();

  /** Sector code to label. */
  Map<String, String> labels();

  /** nace_section, nace_division and nace_class. */
  static SectorScheme builtIn(String name, NaceReference nace) {
    return switch (name) {
      case "nace_section" -> new BuiltIn(name, col("nace_section"), nace.sectionLabels());
      case "nace_division" -> new BuiltIn(name, col("nace_division"), nace.divisionLabels());
      case "nace_class" -> new BuiltIn(name, col("nace_class"), nace.classLabels());
      default -> throw new IllegalArgumentException("Not a built-in scheme: " + name);
    };
  }

  /** A scheme given by a NACE column of silver. */
  record BuiltIn(String name, Column sectorCode, Map<String, String> labels) implements SectorScheme {}
}
