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

  String createDdl(CatalogSettings catalog) {
    String cols = columns.stream().map(ColumnSpec::ddl).collect(Collectors.joining(",\n  "));
    String partition = partitionBy.isEmpty() ? "" : "\nPARTITIONED BY (" + String.join(", ", partitionBy) + ")";
    return "CREATE TABLE IF NOT EXISTS " + qualifiedName(catalog) + " (\n  " + cols + "\n) USING delta"
        + partition + "\nCOMMENT '" + escape(comment) + "'";
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("'", "\\'");
  }
}
