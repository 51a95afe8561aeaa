package org.clusterscope.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.catalog.Column;
import org.clusterscope.testing.ReferenceCases;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gold tables are a public contract (docs/design.md section 4): the names of docs/design.md 4.1, each
 * column with a comment that the metastore returns, as BI tools read it over JDBC.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class TableContractTest {
  /** docs/design.md 4.1, in order: key columns, then the listed columns. */
  private static final List<String> REGION_SECTOR = List.of(
      "reference_year", "nuts_level", "region_code", "country_code", "sector_scheme", "sector_code",
      "sector_label", "employment", "establishments", "avg_establishment_size", "region_employment",
      "sector_employment", "total_employment", "size_share", "focus", "lq", "lq_national", "size_star",
      "specialisation_star", "focus_star", "stars", "strong_cluster", "employment_growth_1y",
      "employment_cagr_5y", "patents", "patents_per_10k_employees", "relatedness_density", "confidentiality",
      // Added later: at the end, where ALTER TABLE ADD COLUMNS puts them in an existing warehouse.
      "source", "growth_break", "cagr_5y_break", "contributors");

  /** docs/design.md 4.2. */
  private static final List<String> REGION_PROFILE = List.of(
      "reference_year", "nuts_level", "region_code", "sector_scheme", "country_code", "employment",
      "establishments", "sectors_present", "krugman_index", "hoover_specialisation", "herfindahl", "entropy",
      "lq_avg", "hachman", "specialised_sectors", "stars_total", "strong_clusters",
      "strong_cluster_employment_share", "unrelated_variety", "related_variety", "eci", "patents",
      "patents_per_10k_employees",
      // Added later (primary confidentiality of the region's total), at the end.
      "confidentiality", "contributors");

  /** docs/design.md 4.3. */
  private static final List<String> SECTOR_PROFILE = List.of(
      "reference_year", "nuts_level", "sector_scheme", "sector_code", "sector_label", "employment",
      "establishments", "regions_present", "herfindahl_regions", "krugman_concentration", "locational_gini",
      "plant_herfindahl", "ellison_glaeser", "maurel_sedillot", "strong_clusters", "pci",
      // Added later (primary confidentiality of the sector's and the level's totals), at the end.
      "confidentiality", "contributors", "total_confidentiality");

  private final TestSpark spark;

  TableContractTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void regionSectorHasTheContractColumnsEachWithAComment() throws Exception {
    Workspace ws = ReferenceCases.run(spark);

    assertCommentedColumns(ws.prefix() + "_gold.region_sector", REGION_SECTOR);
    assertCommentedColumns(ws.prefix() + "_gold.region_profile", REGION_PROFILE);
    assertCommentedColumns(ws.prefix() + "_gold.sector_profile", SECTOR_PROFILE);
    String tableComment = spark.spark().sql("DESCRIBE TABLE EXTENDED " + ws.prefix() + "_gold.region_sector")
        .filter("col_name = 'Comment'").head().getString(1);
    assertTrue(tableComment.contains("Cluster indicators per region and sector"), tableComment);
  }

  private void assertCommentedColumns(String table, List<String> expected) throws Exception {
    List<Column> columns = spark.spark().catalog().listColumns(table).collectAsList();
    assertEquals(expected, columns.stream().map(Column::name).toList(), table);
    for (Column column : columns) {
      assertTrue(column.description() != null && column.description().length() > 5, table + "." + column.name() + " has no comment");
    }
  }

  @Test
  void everySpecCommentsEveryColumn() {
    for (TableSpec spec : List.of(GoldTables.REGION_SECTOR, GoldTables.REGION_PROFILE, GoldTables.SECTOR_PROFILE, PipelineTables.BRONZE_REGISTER,
        PipelineTables.SILVER_ESTABLISHMENTS, OpsTables.RUNS, OpsTables.QUARANTINE, OpsTables.DATA_QUALITY)) {
      assertFalse(spec.comment().isBlank(), spec.name());
      spec.columns().forEach(c -> assertFalse(c.comment().isBlank(), spec.name() + "." + c.name()));
    }
  }
}
