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
 * The cell aggregate counts an enterprise once per cell and ranks the largest contributors by the
 * enterprise's employment in the cell, also when the enterprise has establishments in several
 * regions and sectors (M below), several in one place (S), or a code of a coarser level (V); and
 * the same for the totals over all sectors of a region, all regions of a level, and both.
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
  /** Three largest kept: more than a cell has in some cells, fewer in others. */
  private static final int LARGEST = 3;
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
    cells = Rows.byKey(CellAggregate.of(establishments, LEVELS, SCHEMES, LARGEST),
        "nuts_level", "region_code", "sector_scheme", "sector_code");
    // No place keys: every enterprise is counted through its establishments.
    unkeyedCells = Rows.byKey(CellAggregate.of(establishments, LEVELS, SCHEMES, LARGEST, lit(null).cast("long")),
        "nuts_level", "region_code", "sector_scheme", "sector_code");
  }

  @Test
  void enterprisesWithoutAPlaceKeyAreCountedExactly() {
    assertEquals(cells.keySet(), unkeyedCells.keySet());
    for (String key : cells.keySet()) {
      Row cell = unkeyedCells.get(key);
      Row expected = cells.get(key);
      for (String measure : List.of("employment", "establishments", "contributors", "largest_contributors", "squared_sizes")) {
        assertEquals(expected.<Object>getAs(measure), cell.<Object>getAs(measure), key + " " + measure);
      }
    }
    assertCell("3|DK022|nace_class|10.11", 62, 3, 2, List.of(42.0, 20.0), 2004);
  }

  @Test
  void aRegisterTooLargeForABroadcastOrOneTaskPerPartitionGivesTheSameCells() {
    // No spread enterprise is broadcast, and one expanded row per task: the sort-merge join and
    // the many tasks an EU-size register takes.
    Map<String, Row> large = Rows.byKey(CellAggregate.of(establishments, LEVELS, SCHEMES, LARGEST, PlaceKey.encode(), 0, 1),
        "nuts_level", "region_code", "sector_scheme", "sector_code");
    assertEquals(cells.keySet(), large.keySet());
    for (String key : cells.keySet()) {
      assertEquals(cells.get(key), large.get(key), key);
    }
  }

  @Test
  void aRegionOfOnePlaceCountsEachEnterpriseOnce() {
    assertCell("3|DK021|nace_class|10.11", 31, 2, 2, List.of(30.0, 1.0), 901);
    // S's two establishments are one contributor of 42
    assertCell("3|DK022|nace_class|10.11", 62, 3, 2, List.of(42.0, 20.0), 2004);
    assertCell("3|DK022|nace_class|62.01", 5, 1, 1, List.of(5.0), 25);
  }

  @Test
  void anEnterpriseInSeveralPlacesAddsUpInTheCoarserCells() {
    // M: 30 + 20 in DK02, the largest contributor
    assertCell("2|DK02|nace_class|10.11", 93, 5, 3, List.of(50.0, 42.0, 1.0), 2905);
    // section C at DK022: M's 20 and S's 42
    assertCell("3|DK022|nace_section|C", 62, 3, 2, List.of(42.0, 20.0), 2004);
    // M's 10.11 and 62.01 establishments are in different sections: 5 in J
    assertCell("3|DK022|nace_section|J", 5, 1, 1, List.of(5.0), 25);
    // four enterprises, the three largest kept: M 50, S 42, V 7 (T's 1 is the fourth)
    assertCell("0|DK|nace_class|10.11", 100, 6, 4, List.of(50.0, 42.0, 7.0), 2954);
  }

  @Test
  void aCodeOfACoarserLevelCountsOnlyFromItsLevelUp() {
    assertCell("2|DK01|nace_class|10.11", 7, 1, 1, List.of(7.0), 49);
    assertEquals(6, cells.keySet().stream().filter(k -> k.startsWith("3|") && !k.contains("_T")).count(),
        "level 3 cells: " + cells.keySet());
  }

  @Test
  void anEnterpriseInSeveralSectorsOfARegionIsOneContributorOfTheRegionTotal() {
    // DK022, all sectors: M's 20 (10.11) + 5 (62.01) = 25 is one contributor beside S's 42
    assertCell("3|DK022|_T|_T", 67, 4, 2, List.of(42.0, 25.0), 2029);
    // every scheme's sectors add up to the same total, so there is one per region
    assertEquals(2, cells.keySet().stream().filter(k -> k.startsWith("3|DK02") && k.endsWith("|_T|_T")).count(),
        "region totals: " + cells.keySet());
  }

  @Test
  void anEnterpriseInSeveralRegionsIsOneContributorOfTheSectorAndGrandTotals() {
    // 10.11 over the NUTS 3 regions: M 30 + 20 = 50, S 42, T 1 (V has no NUTS 3 region)
    assertCell("3|_T|nace_class|10.11", 93, 5, 3, List.of(50.0, 42.0, 1.0), 2905);
    assertCell("3|_T|nace_section|C", 93, 5, 3, List.of(50.0, 42.0, 1.0), 2905);
    // everything at NUTS 3: M 30 + 20 + 5 = 55, S 42, T 1; squares 900 + 400 + 25 + 1600 + 4 + 1
    assertCell("3|_T|_T|_T", 98, 6, 3, List.of(55.0, 42.0, 1.0), 2930);
    // at NUTS 2 V's 7 in DK01 counts too
    assertCell("2|_T|_T|_T", 105, 7, 4, List.of(55.0, 42.0, 7.0), 2979);
    assertEquals("_T", cells.get("2|_T|_T|_T").getAs("country_code"));
  }

  @Test
  void onlyAsManyLargestAsAskedAreKept() {
    Map<String, Row> two = Rows.byKey(CellAggregate.of(establishments, LEVELS, SCHEMES, 2),
        "nuts_level", "region_code", "sector_scheme", "sector_code");
    assertEquals(List.of(50.0, 42.0), two.get("0|DK|nace_class|10.11").getList(
        two.get("0|DK|nace_class|10.11").fieldIndex("largest_contributors")));
  }

  private void assertCell(String key, double employment, long establishments, long contributors,
      List<Double> largest, double squaredSizes) {
    Row cell = cells.get(key);
    assertEquals(employment, cell.<Double>getAs("employment"), 1e-9, key + " employment");
    assertEquals(establishments, cell.<Long>getAs("establishments"), key + " establishments");
    assertEquals(contributors, cell.<Long>getAs("contributors"), key + " contributors");
    assertEquals(largest, cell.getList(cell.fieldIndex("largest_contributors")), key + " largest contributors");
    assertEquals(squaredSizes, cell.<Double>getAs("squared_sizes"), 1e-9, key + " squared sizes");
  }

  private static Row establishment(String enterprise, double employees, String region, String naceClass) {
    String division = naceClass.substring(0, 2);
    return RowFactory.create(2023, enterprise, employees, region.substring(0, 2), region.substring(0, 3),
        region.substring(0, 4), region.length() == 5 ? region : null,
        division.equals("10") ? "C" : "J", division, naceClass);
  }
}
