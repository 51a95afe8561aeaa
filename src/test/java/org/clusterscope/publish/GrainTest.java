package org.clusterscope.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every grain is its table's columns, in the table's order, so joins on it match the contract. */
class GrainTest {
  @Test
  void eachGrainIsColumnsOfItsTableInTheTablesOrder() {
    Map<Grain, TableSpec> tables = Map.of(
        Grain.CELL, GoldTables.REGION_SECTOR,
        Grain.REGION_PROFILE, GoldTables.REGION_PROFILE,
        Grain.SECTOR_PROFILE, GoldTables.SECTOR_PROFILE,
        Grain.REGION_TECHNOLOGY, GoldTables.REGION_TECHNOLOGY,
        Grain.REGION_LINKS, GoldTables.REGION_LINKS,
        Grain.REGION_OPENNESS, GoldTables.REGION_OPENNESS,
        Grain.SECTOR_LINKS, GoldTables.SECTOR_LINKS,
        Grain.CROSS_BORDER_CLUSTERS, GoldTables.CROSS_BORDER_CLUSTERS);
    tables.forEach((grain, table) -> {
      List<String> inTableOrder = table.columnNames().stream().filter(grain.columns()::contains).toList();
      assertEquals(grain.columns(), inTableOrder, table.name());
    });
  }

  @Test
  void withAddsColumnsAtTheEnd() {
    assertEquals(List.of("reference_year", "nuts_level", "sector_scheme", "sector_code"),
        Grain.SCOPE.with("sector_code").columns());
    assertEquals(5, Grain.CELL.names().length);
  }
}
