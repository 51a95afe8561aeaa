package org.clusterscope.publish;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriterV2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.config.CatalogSettings.Layer;
import scala.Option;

/**
 * Creates tables from their {@link TableSpec} and writes them so that reruns are idempotent:
 * data for a set of reference years replaces exactly those years (Delta {@code replaceWhere}),
 * the audit tables are appended to.
 */
public final class TableWriter {
  private final SparkSession spark;
  private final CatalogSettings catalog;
  /** The tables and databases {@link #ensure} has created or checked. */
  private final Set<TableSpec> ensured = ConcurrentHashMap.newKeySet();
  private final Set<Layer> databasesEnsured = ConcurrentHashMap.newKeySet();

  public TableWriter(SparkSession spark, CatalogSettings catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  /**
   * Creates the given tables, and their databases, if they do not exist yet; a table that exists
   * gets the columns and properties a newer release defines. Each table is checked once per
   * writer (one writer serves one run): the stages ensure their input and output tables, so most
   * tables are asked for several times in a run, and each check cost a Delta snapshot and two
   * catalog statements.
   */
  public void ensure(Collection<TableSpec> specs) {
    for (Layer layer : specs.stream().map(TableSpec::layer).distinct().toList()) {
      if (databasesEnsured.add(layer)) {
        spark.sql("CREATE DATABASE IF NOT EXISTS " + catalog.database(layer)
            + " COMMENT 'clusterscope " + layer.suffix() + " layer'");
      }
    }
    for (TableSpec spec : specs) {
      if (!ensured.contains(spec)) {
        if (spark.catalog().tableExists(catalog.database(spec.layer()), spec.name())) {
          addMissingColumns(spec);
          limitStatistics(spec);
        } else {
          spark.sql(spec.createDdl(catalog));
        }
        ensured.add(spec);
      }
    }
  }

  /** Sets the statistics columns on a table an older release created without them. */
  private void limitStatistics(TableSpec spec) {
    if (spec.statsColumns().isEmpty()) {
      return;
    }
    String wanted = String.join(",", spec.statsColumns());
    List<Row> current = spark.sql("SHOW TBLPROPERTIES " + spec.qualifiedName(catalog)
        + " ('" + TableSpec.STATS_COLUMNS + "')").collectAsList();
    if (current.isEmpty() || !wanted.equals(current.get(0).getString(1))) {
      spark.sql("ALTER TABLE " + spec.qualifiedName(catalog) + " SET TBLPROPERTIES ('"
          + TableSpec.STATS_COLUMNS + "' = '" + wanted + "')");
    }
  }

  /**
   * Adds the columns a newer release defines to a table an older release created: the contract
   * grows by adding columns, so existing warehouses keep working without a rebuild.
   */
  private void addMissingColumns(TableSpec spec) {
    List<String> present = List.of(spark.table(spec.qualifiedName(catalog)).columns());
    List<String> added = spec.columns().stream().filter(c -> !present.contains(c.name()))
        .map(ColumnSpec::ddl).toList();
    if (!added.isEmpty()) {
      spark.sql("ALTER TABLE " + spec.qualifiedName(catalog) + " ADD COLUMNS (" + String.join(", ", added) + ")");
    }
  }

  /**
   * Replaces every row of one source with {@code data}: for deliveries that are complete each time
   * (REGPAT, CORDIS), whose years are known only after conform.
   *
   * @return the Delta version written
   */
  public long replaceSource(TableSpec spec, Dataset<Row> data, String source) {
    return write(spec, data, writer -> writer.overwrite(col("source").equalTo(source)));
  }

  /**
   * Replaces the rows of {@code years} (and, if given, of one source) with {@code data}.
   *
   * @return the Delta version written
   */
  public long replaceYears(TableSpec spec, Dataset<Row> data, Collection<Integer> years, String source) {
    if (years.isEmpty()) {
      return version(spec);
    }
    String yearList = years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    Column inYears = functions.expr("reference_year IN (" + yearList + ")");
    Column condition = source == null ? inYears : inYears.and(col("source").equalTo(source));
    return write(spec, data, writer -> writer.overwrite(condition));
  }

  /** Restores a table to an earlier Delta version (undoes a write whose rows failed a check). */
  public void restore(TableSpec spec, long version) {
    spark.sql("RESTORE TABLE " + spec.qualifiedName(catalog) + " TO VERSION AS OF " + version);
  }

  /** Appends to an audit table. @return the Delta version written */
  public long append(TableSpec spec, Dataset<Row> data) {
    return write(spec, data, DataFrameWriterV2::append);
  }

  /** One write of a table's rows through Spark's DataFrameWriterV2. */
  @FunctionalInterface
  private interface Write {
    void to(DataFrameWriterV2<Row> writer) throws NoSuchTableException;
  }

  /** Writes {@code data}, aligned to the table's columns. @return the Delta version written */
  private long write(TableSpec spec, Dataset<Row> data, Write write) {
    try {
      write.to(aligned(spec, data).writeTo(spec.qualifiedName(catalog)));
    } catch (NoSuchTableException e) {
      throw new IllegalStateException("Table " + spec.qualifiedName(catalog) + " vanished during the run", e);
    }
    long version = version(spec);
    CrashTestPoint.after(spec.qualifiedName(catalog));
    return version;
  }

  /**
   * The latest Delta version of a table, from its transaction log's current snapshot. Delta's
   * public {@code history(1)} gives the same number but reads the commit files with a Spark job;
   * after every write of a run (about 45 in a run of the samples) that job and its planning were
   * about a tenth of the driver's time on small data.
   */
  public long version(TableSpec spec) {
    TableIdentifier table = new TableIdentifier(spec.name(), Option.apply(catalog.database(spec.layer())));
    return DeltaLog.forTableWithSnapshot(spark, table)._2().version();
  }

  /** Selects the table's columns in its order, cast to its types; a missing column is a bug. */
  private Dataset<Row> aligned(TableSpec spec, Dataset<Row> data) {
    StructType target = spark.table(spec.qualifiedName(catalog)).schema();
    List<String> available = List.of(data.columns());
    List<Column> columns = new ArrayList<>();
    for (StructField field : target.fields()) {
      if (!available.contains(field.name())) {
        throw new IllegalStateException("Data written to " + spec.qualifiedName(catalog)
            + " lacks column " + field.name() + "; it has " + available);
      }
      columns.add(col(field.name()).cast(field.dataType()).as(field.name()));
    }
    return data.select(columns.toArray(Column[]::new));
  }
}
