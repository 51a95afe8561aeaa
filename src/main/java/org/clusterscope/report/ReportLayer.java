package org.clusterscope.report;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.errors.Errors;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.Grain;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.release.PubTables;

/**
 * The tables a report may read, so that nothing confidential can reach a picture: the released
 * layer ({@code cs_pub}) once {@code publish} has written it; before that, gold's cells whose
 * primary status is {@code free}, and only the cross-border pairs whose two cells are free. The
 * linkage tables hold public data (patents, research projects) and are read from the same
 * database as the cells.
 */
final class ReportLayer {
  private final SparkSession spark;
  private final CatalogSettings catalog;
  private final boolean released;

  private ReportLayer(SparkSession spark, CatalogSettings catalog, boolean released) {
    this.spark = spark;
    this.catalog = catalog;
    this.released = released;
  }

  /** The released layer where its region_sector exists, else gold; neither is an error. */
  static ReportLayer choose(SparkSession spark, CatalogSettings catalog) {
    if (exists(spark, PubTables.REGION_SECTOR.qualifiedName(catalog))) {
      return new ReportLayer(spark, catalog, true);
    }
    if (exists(spark, GoldTables.REGION_SECTOR.qualifiedName(catalog))) {
      return new ReportLayer(spark, catalog, false);
    }
    throw Errors.tableMissing(GoldTables.REGION_SECTOR.qualifiedName(catalog));
  }

  private static boolean exists(SparkSession spark, String table) {
    return spark.catalog().tableExists(table);
  }

  boolean released() {
    return released;
  }

  /** The database the report reads, e.g. {@code cs_pub}. */
  String database() {
    return catalog.database(released ? Layer.PUB : Layer.GOLD);
  }

  /** One sentence for the page saying where the numbers come from and what was left out. */
  String note() {
    return released
        ? "Numbers from the released layer " + database() + ": values that could reveal a single enterprise are"
            + " withheld (shown as withheld, never estimated)."
        : "The released layer " + catalog.database(Layer.PUB) + " has not been written yet (jobs/clusterscope"
            + " publish), so this report shows only the cells of " + database() + " whose primary"
            + " confidentiality status is free; every other cell, and every cross-border pair with such a"
            + " cell, is left out.";
  }

  /** The cells: every released row, or gold's free cells. */
  Dataset<Row> regionSector() {
    Dataset<Row> table = read(GoldTables.REGION_SECTOR);
    return released ? table : table.filter(col("confidentiality").equalTo("free"));
  }

  /** Cross-border pairs: released as they are, or gold's pairs whose two cells are free. */
  Dataset<Row> crossBorderClusters() {
    Dataset<Row> pairs = read(GoldTables.CROSS_BORDER_CLUSTERS);
    if (released) {
      return pairs;
    }
    Dataset<Row> free = regionSector().select(Grain.SECTOR_PROFILE.with("region_code").cols());
    return pairs.join(free.withColumnRenamed("region_code", "region_a"),
            Grain.SECTOR_PROFILE.with("region_a").names(), "left_semi")
        .join(free.withColumnRenamed("region_code", "region_b"),
            Grain.SECTOR_PROFILE.with("region_b").names(), "left_semi");
  }

  Dataset<Row> regionOpenness() {
    return read(GoldTables.REGION_OPENNESS);
  }

  Dataset<Row> regionLinks() {
    return read(GoldTables.REGION_LINKS);
  }

  Dataset<Row> sectorLinks() {
    return read(GoldTables.SECTOR_LINKS);
  }

  /** The table of this layer with the name of {@code gold}, which must exist. */
  private Dataset<Row> read(TableSpec gold) {
    String name = database() + "." + gold.name();
    if (!exists(spark, name)) {
      throw Errors.tableMissing(name);
    }
    return spark.table(name);
  }
}
