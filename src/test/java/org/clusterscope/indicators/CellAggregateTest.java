package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.reference.SectorScheme;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cell aggregate counts an enterprise once per cell and its largest contributor by the
 * enterprise's employment in the cell, also when the enterprise has establishments in several
 * regions and sectors (M below), several in one place (S), or a code of a coarser level (V).
 *
 * <p>Establishments, 2023: M has 30 in DK021 and 20 in DK022 in class 10.11 and 5 in DK022 in
 * 62.01; S has 40 and 2 in DK022, 10.11; T has 1 in DK021, 10.11; V has 7 in DK01 (NUTS 2 code
 * only), 10.11.
 */
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CellAggregateTest {
  private static final StructType SCHEMA = new StructType()
      .add("reference_year", DataTypes.IntegerType).add("enterprise_id", DataTypes.StringType)
      .add("employees", DataTypes.DoubleType).add("country_code", DataTypes.StringType)
      .add("nuts1", DataTypes.StringType).add("nuts2", DataTypes.StringType).add("nuts3", DataTypes.StringType)
      .add("nace_section", DataTypes.StringType).add("nace_division", DataTypes.StringType)
      .add("nace_class", DataTypes.StringType);

  private static final List<Integer> LEVELS = List.of(0, 2, 3);
  private static final List<SectorScheme> SCHEMES = List.of(
      new SectorScheme.BuiltIn("nace_class", col("nace_class"), Map.of()),
      new SectorScheme.BuiltIn("nace_section", col("nace_section"), Map.of()));

  private final TestSpark spark;
  private Dataset<Row> establishments;
  private Map<String, Row> cells;
  private Map<String, Row> unkeyedCells;

  CellAggregateTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void aggregate() {
    List<Row> rows = new ArrayList<>();
    rows.add(establishment("M", 30, "DK021", "10.11"));
    rows.add(establishment("M", 20, "DK022", "10.11"));
    rows.add(establishment("M", 5, "DK022", "62.01"));
    rows.add(establishment("S", 40, "DK022", "10.11"));
    rows.add(establishment("S", 2, "DK022", "10.11"));
    rows.add(establishment("T", 1, "DK021", "10.11"));
    rows.add(establishment("V", 7, "DK01", "10.11"));
    establishments = spark.spark().createDataFrame(rows, SCHEMA);
    cells = Rows.byKey(CellAggregate.of(establishments, LEVELS, SCHEMES),
        "nuts_level", "region_code", "sector_scheme", "sector_code");
    // No place keys: every enterprise is counted through its establishments.
    unkeyedCells = Rows.byKey(CellAggregate.of(establishments, LEVELS, SCHEMES, lit(null).cast("long")),
        "nuts_level", "region_code", "sector_scheme", "sector_code");
  }

  @Test
  void enterprisesWithoutAPlaceKeyAreCountedExactly() {
    assertEquals(cells.keySet(), unkeyedCells.keySet());
    for (String key : cells.keySet()) {
      Row cell = unkeyedCells.get(key);
      Row expected = cells.get(key);
      for (String measure : List.of("employment", "establishments", "contributors", "largest_contributor", "squared_sizes")) {
        assertEquals(expected.<Object>getAs(measure), cell.<Object>getAs(measure), key + " " + measure);
      }
    }
    assertCell("3|DK022|nace_class|10.11", 62, 3, 2, 42, 2004);
  }

  @Test
  void aRegisterTooLargeForABroadcastOrOneTaskPerPartitionGivesTheSameCells() {
    // No spread enterprise is broadcast, and one expanded row per task: the sort-merge join and
    // the many tasks an EU-size register takes.
    Map<String, Row> large = Rows.byKey(CellAggregate.of(establishments, LEVELS, SCHEMES, PlaceKey.encode(), 0, 1),
        "nuts_level", "region_code", "sector_scheme", "sector_code");
    assertEquals(cells.keySet(), large.keySet());
    for (String key : cells.keySet()) {
      assertEquals(cells.get(key), large.get(key), key);
    }
  }

  @Test
  void aRegionOfOnePlaceCountsEachEnterpriseOnce() {
    assertCell("3|DK021|nace_class|10.11", 31, 2, 2, 30, 901);
    // S's two establishments are one contributor of 42
    assertCell("3|DK022|nace_class|10.11", 62, 3, 2, 42, 2004);
    assertCell("3|DK022|nace_class|62.01", 5, 1, 1, 5, 25);
  }

  @Test
  void anEnterpriseInSeveralPlacesAddsUpInTheCoarserCells() {
    // M: 30 + 20 in DK02, the largest contributor
    assertCell("2|DK02|nace_class|10.11", 93, 5, 3, 50, 2905);
    // section C at DK022: M's 20 and S's 42
    assertCell("3|DK022|nace_section|C", 62, 3, 2, 42, 2004);
    // M's 10.11 and 62.01 establishments are in different sections: 5 in J
    assertCell("3|DK022|nace_section|J", 5, 1, 1, 5, 25);
    assertCell("0|DK|nace_class|10.11", 100, 6, 4, 50, 2954);
  }

  @Test
  void aCodeOfACoarserLevelCountsOnlyFromItsLevelUp() {
    assertCell("2|DK01|nace_class|10.11", 7, 1, 1, 7, 49);
    assertEquals(6, cells.keySet().stream().filter(k -> k.startsWith("3|")).count(),
        "level 3 cells: " + cells.keySet());
  }

  private void assertCell(String key, double employment, long establishments, long contributors,
      double largest, double squaredSizes) {
    Row cell = cells.get(key);
    assertEquals(employment, cell.<Double>getAs("employment"), 1e-9, key + " employment");
    assertEquals(establishments, cell.<Long>getAs("establishments"), key + " establishments");
    assertEquals(contributors, cell.<Long>getAs("contributors"), key + " contributors");
    assertEquals(largest, cell.<Double>getAs("largest_contributor"), 1e-9, key + " largest contributor");
    assertEquals(squaredSizes, cell.<Double>getAs("squared_sizes"), 1e-9, key + " squared sizes");
  }

  private static Row establishment(String enterprise, double employees, String region, String naceClass) {
    String division = naceClass.substring(0, 2);
    return RowFactory.create(2023, enterprise, employees, region.substring(0, 2), region.substring(0, 3),
        region.substring(0, 4), region.length() == 5 ? region : null,
        division.equals("10") ? "C" : "J", division, naceClass);
  }
}
