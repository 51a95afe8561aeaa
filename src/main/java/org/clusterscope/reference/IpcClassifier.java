package org.clusterscope.reference;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.reference.IpcPattern.Level;

/**
 * The Spark side of {@link IpcConcordance#classify}, the same rules as {@link IpcConcordance#map}
 * in joins and built-in functions. Each code is looked up by its class, subclass and main-group
 * key in three broadcast joins, one per pattern level; the most specific level with a matching
 * row wins. NACE conditions depend on the application's other codes, so they take one window
 * over {@code appln_id}, and only when the concordance has conditional rows.
 */
final class IpcClassifier {
  private static final String TMP = "_ipc_";
  private static final String APPLICATION_CONDITIONS = TMP + "application_conditions";
  private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType);
  private static final StructType TECH_ROW = new StructType().add("field", DataTypes.IntegerType)
      .add("label", DataTypes.StringType).add("sector", DataTypes.StringType).add("except", STRINGS);
  private static final ArrayType NACE_ROWS = DataTypes.createArrayType(new StructType()
      .add("division", DataTypes.StringType).add("not_with", STRINGS).add("unless_with", STRINGS));

  private IpcClassifier() {}

  static Dataset<Row> classify(Dataset<Row> codes, List<TechnologyRule> technology, List<NaceRule> nace) {
    List<String> input = Arrays.asList(codes.columns());
    checkColumns(input);
    Column code = col("ipc");
    Column wellFormed = IpcConcordance.isWellFormed(code);
    Dataset<Row> matched = codes;
    for (Level level : Level.values()) {
      matched = lookUp(matched, level, when(wellFormed, key(level, code)), technology, nace);
    }
    Column naceCode = wellFormed.and(not(code.rlike(IpcConcordance.CO_IPC)));
    List<String> conditions = conditionPrefixes(nace);
    if (!conditions.isEmpty()) {
      matched = matched.withColumn(APPLICATION_CONDITIONS, conditionsOfApplication(code, naceCode, conditions));
    }
    Column present = conditions.isEmpty() ? noStrings() : col(APPLICATION_CONDITIONS);

    Column tech = mostSpecific(level -> {
      Column row = col(TMP + level + "_tech");
      return when(not(exists(row.getField("except"), code::startsWith)), row);
    });
    Column givingRows = filter(when(naceCode, mostSpecific(level -> col(TMP + level + "_nace"))),
        row -> not(arrays_overlap(row.getField("not_with"), present)
            .and(not(arrays_overlap(row.getField("unless_with"), present)))));
    Column divisions = array_sort(array_distinct(transform(givingRows, row -> row.getField("division"))));

    List<Column> output = new ArrayList<>(input.stream().map(c -> col("`" + c.replace("`", "``") + "`")).toList());
    output.add(tech.getField("field").as("tech_field"));
    output.add(tech.getField("label").as("tech_field_label"));
    output.add(tech.getField("sector").as("tech_sector"));
    output.add(coalesce(divisions, noStrings()).as("nace_divisions"));
    return matched.select(output.toArray(Column[]::new));
  }

  private static void checkColumns(List<String> input) {
    for (String required : List.of("appln_id", "ipc")) {
      if (!input.contains(required)) {
        throw new IllegalArgumentException("classify needs a column '" + required + "'; the input has " + input);
      }
    }
    for (String added : List.of("tech_field", "tech_field_label", "tech_sector", "nace_divisions")) {
      if (input.contains(added)) {
        throw new IllegalArgumentException("classify adds column '" + added + "', which the input already has");
      }
    }
  }

  /**
   * The condition patterns (as prefixes) that some code of the row's application matches; the
   * same on every row of the application.
   */
  private static Column conditionsOfApplication(Column code, Column naceCode, List<String> conditions) {
    Column all = array(conditions.stream().map(p -> lit(p)).toArray(Column[]::new));
    Column own = when(naceCode, filter(all, code::startsWith)).otherwise(noStrings());
    return array_distinct(flatten(collect_list(own).over(Window.partitionBy("appln_id"))));
  }

  private static Column noStrings() {
    return array().cast(STRINGS);
  }

  /** The key a code has at a level: {@code H10*}, {@code H10K}, {@code H10K 50/*}. */
  private static Column key(Level level, Column code) {
    return switch (level) {
      case CLASS -> concat(substring(code, 1, 3), lit("*"));
      case SUBCLASS -> substring(code, 1, 4);
      case GROUP -> when(code.contains("/"), concat(regexp_extract(code, "^(.{4} [0-9]+/)", 1), lit("*")));
    };
  }

  /** Per-level value, the most specific level that is not NULL. */
  private static Column mostSpecific(Function<Level, Column> atLevel) {
    return coalesce(atLevel.apply(Level.GROUP), atLevel.apply(Level.SUBCLASS), atLevel.apply(Level.CLASS));
  }

  /**
   * Adds {@code _ipc_<level>_tech} (the technology row of the code's pattern at that level, or
   * NULL) and {@code _ipc_<level>_nace} (the NACE rows of that pattern, or NULL).
   */
  private static Dataset<Row> lookUp(Dataset<Row> codes, Level level, Column key, List<TechnologyRule> technology,
      List<NaceRule> nace) {
    Map<String, Row> techByPattern = new LinkedHashMap<>();
    Map<String, List<Row>> naceByPattern = new LinkedHashMap<>();
    for (TechnologyRule rule : technology) {
      if (rule.ipc().level() == level) {
        techByPattern.put(rule.ipc().text(), RowFactory.create(rule.field(), rule.label(), rule.sector(),
            prefixes(rule.except())));
      }
    }
    for (NaceRule rule : nace) {
      if (rule.ipc().level() == level) {
        naceByPattern.computeIfAbsent(rule.ipc().text(), p -> new ArrayList<>())
            .add(RowFactory.create(rule.division(), prefixes(rule.notWith()), prefixes(rule.unlessWith())));
      }
    }
    String pattern = TMP + level + "_pattern";
    String tech = TMP + level + "_tech";
    String naceRows = TMP + level + "_nace";
    if (techByPattern.isEmpty() && naceByPattern.isEmpty()) {
      return codes.withColumn(tech, lit(null).cast(TECH_ROW)).withColumn(naceRows, lit(null).cast(NACE_ROWS));
    }
    List<Row> rows = new ArrayList<>();
    Stream.concat(techByPattern.keySet().stream(), naceByPattern.keySet().stream()).distinct()
        .forEach(p -> rows.add(RowFactory.create(p, techByPattern.get(p), naceByPattern.get(p))));
    StructType schema = new StructType().add(pattern, DataTypes.StringType).add(tech, TECH_ROW).add(naceRows, NACE_ROWS);
    Dataset<Row> patterns = codes.sparkSession().createDataFrame(rows, schema);
    return codes.join(broadcast(patterns), key.equalTo(patterns.col(pattern)), "left").drop(pattern);
  }

  private static List<String> prefixes(List<IpcPattern> patterns) {
    return patterns.stream().map(IpcPattern::prefix).toList();
  }

  private static List<String> conditionPrefixes(List<NaceRule> nace) {
    return nace.stream().flatMap(r -> Stream.concat(r.notWith().stream(), r.unlessWith().stream()))
        .map(IpcPattern::prefix).distinct().sorted().toList();
  }
}
