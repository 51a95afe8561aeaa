package org.clusterscope.publish;

import java.util.List;
import java.util.stream.Collectors;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.config.CatalogSettings.Layer;

/**
 * The contract of one Delta table: layer, name, comment, columns and partitioning. Tables are
 * created from this with explicit DDL, because BI tools reading over JDBC see an empty schema for
 * tables created implicitly by a DataFrame write.
 */
public record TableSpec(
    Layer layer, String name, String comment, List<ColumnSpec> columns, List<String> partitionBy) {

  public TableSpec {
    columns = List.copyOf(columns);
    partitionBy = List.copyOf(partitionBy);
  }

  public String qualifiedName(CatalogSettings catalog) {
    return catalog.database(layer) + "." + name;
  }

  public List<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  /** Lineage columns: those a user looks a record up by. */
  private static final List<String> LINEAGE = List.of("source", "source_file", "line_number");

  /**
   * The columns Delta keeps min / max statistics of, or empty for its default (the first 32).
   * Bronze and silver tables are large and read whole or by partition, so statistics of every
   * text column (the raw record above all) cost a quarter of their write time for no use; they
   * keep them for the lineage columns only.
   */
  public List<String> statsColumns() {
    if (layer != Layer.BRONZE && layer != Layer.SILVER) {
      return List.of();
    }
    // Delta refuses statistics on a partition column (its value is in the file's path anyway).
    return LINEAGE.stream().filter(columnNames()::contains).filter(c -> !partitionBy.contains(c)).toList();
  }

  String createDdl(CatalogSettings catalog) {
    String cols = columns.stream().map(ColumnSpec::ddl).collect(Collectors.joining(",\n  "));
    String partition = partitionBy.isEmpty() ? "" : "\nPARTITIONED BY (" + String.join(", ", partitionBy) + ")";
    String properties = statsColumns().isEmpty() ? ""
        : "\nTBLPROPERTIES ('" + STATS_COLUMNS + "' = '" + String.join(",", statsColumns()) + "')";
    return "CREATE TABLE IF NOT EXISTS " + qualifiedName(catalog) + " (\n  " + cols + "\n) USING delta"
        + partition + "\nCOMMENT '" + escape(comment) + "'" + properties;
  }

  /**
   * A view with this table's name, columns and comments over {@code query}, which must give the
   * columns in this order: how the released layer shows the tables of a release. The comments
   * are written on the view itself, since a JDBC client reads a view's columns from the view.
   *
   * @param properties table properties of the view, e.g. the release it shows
   */
  public String createViewDdl(CatalogSettings catalog, String query, java.util.Map<String, String> properties) {
    String cols = columns.stream().map(ColumnSpec::viewDdl).collect(Collectors.joining(",\n  "));
    String props = properties(properties);
    return "CREATE OR REPLACE VIEW " + qualifiedName(catalog) + " (\n  " + cols + "\n)\nCOMMENT '" + escape(comment)
        + "'" + (props.isEmpty() ? "" : "\nTBLPROPERTIES (" + props + ")") + "\nAS " + query;
  }

  /**
   * Re-points the existing view of {@link #createViewDdl} at {@code query} in one catalog update,
   * keeping its comments: unlike {@code CREATE OR REPLACE VIEW}, which Spark runs as a drop and a
   * create, a reader in another process never finds the view missing.
   */
  public String alterViewDdl(CatalogSettings catalog, String query) {
    return "ALTER VIEW " + qualifiedName(catalog) + " AS " + query;
  }

  /** Sets table properties on this table's view, e.g. the release it shows. */
  public String setViewPropertiesDdl(CatalogSettings catalog, java.util.Map<String, String> properties) {
    return "ALTER VIEW " + qualifiedName(catalog) + " SET TBLPROPERTIES (" + properties(properties) + ")";
  }

  /** The Delta table property naming the columns with statistics. */
  static final String STATS_COLUMNS = "delta.dataSkippingStatsColumns";

  private static String properties(java.util.Map<String, String> properties) {
    return properties.entrySet().stream().map(e -> "'" + escape(e.getKey()) + "' = '" + escape(e.getValue()) + "'")
        .collect(Collectors.joining(", "));
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("'", "\\'");
  }
}
