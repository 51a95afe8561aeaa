package org.clusterscope.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.config.Location;
import org.clusterscope.publish.ColumnSpec;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.publish.TableWriter;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The released tables' contract: gold's layout without the internal columns, plus the SDMX statuses. */
@ExtendWith(SparkTestExtension.class)
class PubTablesTest {
  private final TestSpark spark;

  PubTablesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void eachReleasedTableIsItsGoldTableWithoutInternalColumnsPlusTheStatuses() {
    assertEquals(PubTables.GOLD.stream().map(TableSpec::name).toList(), PubTables.ALL.stream().map(TableSpec::name).toList());
    for (TableSpec gold : PubTables.GOLD) {
      TableSpec pub = PubTables.named(gold.name()).orElseThrow();
      List<String> expected = new ArrayList<>(gold.columnNames());
      expected.removeAll(List.of("confidentiality", "contributors", "total_confidentiality"));
      expected.addAll(List.of("obs_status", "conf_status"));
      assertEquals(expected, pub.columnNames(), gold.name());
      for (ColumnSpec column : gold.columns()) {
        if (pub.columnNames().contains(column.name())) {
          assertEquals(column, pub.columns().get(pub.columnNames().indexOf(column.name())), "same type and comment");
        }
      }
      assertEquals(Layer.PUB, pub.layer());
      assertEquals(gold.partitionBy(), pub.partitionBy());
      assertEquals(gold.statsColumns(), pub.statsColumns());
    }
  }

  @Test
  void goldKeepsTheReasonPubDoesNot() {
    assertTrue(GoldTables.REGION_SECTOR.columnNames().contains("confidentiality"));
    assertFalse(PubTables.REGION_SECTOR.columnNames().contains("confidentiality"));
  }

  @Test
  void everyTableAndColumnTellsABiUserWhatItHolds() {
    for (TableSpec pub : PubTables.ALL) {
      assertTrue(pub.comment().contains("NULL"), pub.name() + ": " + pub.comment());
      pub.columns().forEach(c -> assertTrue(c.comment().length() > 10, pub.name() + "." + c.name()));
      String confStatus = pub.columns().get(pub.columnNames().indexOf("conf_status")).comment();
      assertTrue(confStatus.contains("SDMX CONF_STATUS") && confStatus.matches(".*\\bF\\b.*"), confStatus);
    }
    String obsStatus = PubTables.REGION_SECTOR.columns().get(PubTables.REGION_SECTOR.columnNames()
        .indexOf("obs_status")).comment();
    assertTrue(obsStatus.contains("b break in series"), obsStatus);
  }

  @Test
  void theReleasedLayerIsItsOwnDatabaseWithTheCommentsInTheCatalog() throws Exception {
    String prefix = "pubspec" + ProcessHandle.current().pid();
    CatalogSettings catalog = new CatalogSettings(new Location(spark.warehouse().toString()), prefix,
        CatalogSettings.MetastoreSettings.embedded());
    assertEquals(prefix + "_pub.region_sector", PubTables.REGION_SECTOR.qualifiedName(catalog));

    new TableWriter(spark.spark(), catalog).ensure(PubTables.ALL);
    for (TableSpec pub : PubTables.ALL) {
      List<org.apache.spark.sql.catalog.Column> columns =
          spark.spark().catalog().listColumns(pub.qualifiedName(catalog)).collectAsList();
      assertEquals(pub.columnNames(), columns.stream().map(org.apache.spark.sql.catalog.Column::name).toList());
      columns.forEach(c -> assertTrue(c.description() != null && c.description().length() > 10, c.name()));
    }
  }
}
