package org.clusterscope.publish;

/**
 * One column of a published table: name, Spark SQL type and the comment a BI user reads.
 */
public record ColumnSpec(String name, String type, String comment) {
  public static ColumnSpec of(String name, String type, String comment) {
    return new ColumnSpec(name, type, comment);
  }

  String ddl() {
    return "`" + name + "` " + type + " COMMENT '" + TableSpec.escape(comment) + "'";
  }

  /** The column in a view's column list: a view takes its types from its query. */
  String viewDdl() {
    return "`" + name + "` COMMENT '" + TableSpec.escape(comment) + "'";
  }
}
