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
  private final Map<String, Map<String, Double>> divisionShares;

  private CustomScheme(String name, Map<String, String> byClass, Map<String, String> byDivision,
      Map<String, String> labels, NaceReference nace) {
    this.name = name;
    this.byClass = Map.copyOf(byClass);
    this.byDivision = Map.copyOf(byDivision);
    this.labels = Map.copyOf(labels);
    this.divisionShares = divisionShares(nace);
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
    return new CustomScheme(name, byClass, byDivision, labels, nace);
  }

  /**
   * Each NACE division's share of every category: the fraction of the division's classes (in the
   * NACE reference) that fall in the category, {@value #OTHER} included, so a division's shares
   * sum to 1. Patents are attributed to sectors through divisions (the IPC–NACE concordance has no
   * classes), so a category defined by classes receives that fraction of its divisions' patents:
   * division 26 with class 26.60 in medical devices and the rest in electronics gives 1/10 and
   * 9/10. This assumes the patents of a division are spread evenly over its classes; a category
   * made of whole divisions is exact.
   */
  public Map<String, Map<String, Double>> divisionShares() {
    return divisionShares;
  }

  /**
   * The categories of a two-digit division column with their fractions ({@link #divisionShares}):
   * an array of (category, fraction), NULL for a division the NACE reference lacks. A map literal
   * of about 90 entries, no join.
   */
  public Column divisionCategories(Column division) {
    List<Column> entries = new ArrayList<>();
    divisionShares.forEach((code, fractions) -> {
      entries.add(lit(code));
      entries.add(functions.array(fractions.entrySet().stream()
          .map(f -> functions.struct(lit(f.getKey()).as("category"), lit(f.getValue()).as("fraction")))
          .toArray(Column[]::new)));
    });
    return functions.try_element_at(functions.map(entries.toArray(Column[]::new)), division);
  }

  private Map<String, Map<String, Double>> divisionShares(NaceReference nace) {
    Map<String, Map<String, Integer>> counts = new java.util.TreeMap<>();
    for (String code : nace.classLabels().keySet()) {
      String division = code.substring(0, 2);
      String category = byClass.getOrDefault(code, byDivision.getOrDefault(division, OTHER));
      counts.computeIfAbsent(division, d -> new java.util.TreeMap<>()).merge(category, 1, Integer::sum);
    }
    for (String division : nace.divisionSections().keySet()) {
      // A reference without the division's classes: the division's own category, whole.
      counts.computeIfAbsent(division, d -> Map.of(byDivision.getOrDefault(d, OTHER), 1));
    }
    Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
    counts.forEach((division, byCategory) -> {
      int classes = byCategory.values().stream().mapToInt(Integer::intValue).sum();
      Map<String, Double> fractions = new LinkedHashMap<>();
      byCategory.forEach((category, n) -> fractions.put(category, (double) n / classes));
      shares.put(division, Map.copyOf(fractions));
    });
    return Map.copyOf(shares);
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
