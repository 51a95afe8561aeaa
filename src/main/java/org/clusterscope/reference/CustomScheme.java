package org.clusterscope.reference;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.clusterscope.errors.Errors;

/**
 * A named scheme of cluster categories from a CSV {@code nace,category,category_label}, where
 * {@code nace} is a class ({@code 29.32}) or a whole division ({@code 29}). A class row wins over
 * its division's row. Establishments outside every category fall in {@value #OTHER}, so that the
 * scheme still covers the whole economy and E_r, E_s and E keep their meaning.
 */
public final class CustomScheme implements SectorScheme {
  public static final String OTHER = "other";
  private static final String OTHER_LABEL = "Not in a cluster category";

  private final String name;
  private final Map<String, String> byClass;
  private final Map<String, String> byDivision;
  private final Map<String, String> labels;

  private CustomScheme(String name, Map<String, String> byClass, Map<String, String> byDivision,
      Map<String, String> labels) {
    this.name = name;
    this.byClass = Map.copyOf(byClass);
    this.byDivision = Map.copyOf(byDivision);
    this.labels = Map.copyOf(labels);
  }

  public static CustomScheme load(String name, Path path, NaceReference nace) {
    String key = "clusterscope.reference.schemes." + name;
    Map<String, String> byClass = new LinkedHashMap<>();
    Map<String, String> byDivision = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (ReferenceCsv.Line line : ReferenceCsv.read(key, path, List.of("nace", "category", "category_label"))) {
      String code = line.get("nace");
      String category = line.get("category");
      String label = line.get("category_label");
      Map<String, String> target;
      if (code.matches("[0-9]{2}\\.[0-9]{2}")) {
        target = byClass;
      } else if (code.matches("[0-9]{2}")) {
        target = byDivision;
      } else {
        throw Errors.referenceFileInvalid(path, line.number(),
            "nace '" + code + "' is neither a NACE class (NN.NN) nor a division (NN)");
      }
      if (!nace.divisionSections().containsKey(code.substring(0, 2))) {
        throw Errors.referenceFileInvalid(path, line.number(), "NACE division " + code.substring(0, 2) + " does not exist");
      }
      if (!category.matches("[a-z0-9_]+") || category.equals(OTHER)) {
        throw Errors.referenceFileInvalid(path, line.number(), "category '" + category
            + "' must be lower-case letters, digits and '_', and not '" + OTHER + "'");
      }
      if (target.containsKey(code)) {
        throw Errors.referenceFileInvalid(path, line.number(), "nace " + code
            + " is mapped twice; a code belongs to at most one category, or employment would be counted twice");
      }
      String known = labels.putIfAbsent(category, label);
      if (known != null && !known.equals(label)) {
        throw Errors.referenceFileInvalid(path, line.number(), "category " + category
            + " has two labels: '" + known + "' and '" + label + "'");
      }
      target.put(code, category);
    }
    labels.put(OTHER, OTHER_LABEL);
    return new CustomScheme(name, byClass, byDivision, labels);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Column sectorCode() {
    return coalesce(lookup(byClass, col("nace_class")), lookup(byDivision, col("nace_division")), lit(OTHER));
  }

  @Override
  public Map<String, String> labels() {
    return labels;
  }

  /** A map literal lookup: small, so no join and no UDF. */
  public static Column lookup(Map<String, String> map, Column key) {
    if (map.isEmpty()) {
      return lit(null).cast("string");
    }
    List<Column> entries = new ArrayList<>();
    map.forEach((k, v) -> {
      entries.add(lit(k));
      entries.add(lit(v));
    });
    return functions.try_element_at(functions.map(entries.toArray(Column[]::new)), key);
  }
}
