package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A place as conform writes it encodes to a number that decodes to the same seven columns, and
 * two places never share a number; columns the number cannot hold have none.
 */
@ExtendWith(SparkTestExtension.class)
class PlaceKeyTest {
  private static final StructType PLACE = new StructType()
      .add("country_code", DataTypes.StringType).add("nuts1", DataTypes.StringType)
      .add("nuts2", DataTypes.StringType).add("nuts3", DataTypes.StringType)
      .add("nace_section", DataTypes.StringType).add("nace_division", DataTypes.StringType)
      .add("nace_class", DataTypes.StringType);

  private final TestSpark spark;

  PlaceKeyTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void placesOfEveryLevelDecodeToThemselves() {
    List<Row> places = List.of(
        place("DK", "C", "10.11"),
        place("DK0", "C", "10.11"),
        place("DK01", "C", "10.11"),
        place("DK011", "C", "10.11"),
        place("FRK26", "J", "62.01"),
        place("ITC4C", "A", "01.11"),
        place("ZZ999", "U", "99.00"),
        place("AA000", "A", "00.00"),
        place("EL30", "G", "47.11"));
    List<Row> decoded = roundTrip(places);
    for (int i = 0; i < places.size(); i++) {
      assertEquals(places.get(i), decoded.get(i), "place " + places.get(i));
    }
  }

  @Test
  void placesDifferingInOneColumnHaveDifferentKeys() {
    List<Row> places = List.of(
        place("DK011", "C", "10.11"), place("DK012", "C", "10.11"), place("DK01", "C", "10.11"),
        place("DK011", "C", "10.12"), place("DK011", "D", "10.11"), place("DK0", "C", "10.11"),
        place("DK", "C", "10.11"), place("DK01A", "C", "10.11"), place("DKA01", "C", "10.11"));
    Set<Long> keys = new HashSet<>();
    for (Row row : keyed(places)) {
      assertNotNull(row.get(0), "a place conform writes has a key: " + row);
      keys.add(row.getLong(0));
    }
    assertEquals(places.size(), keys.size(), "keys " + keys);
  }

  /**
   * What the key cannot hold has none. Prefixes that disagree with the code, or lower case, are
   * not checked here: conform never writes them (RegionColumns derives the prefixes, the region
   * rule upper-cases and shape-checks the code), and checking every row for them tripled the cost.
   */
  @Test
  void placesTheKeyCannotHoldHaveNoKey() {
    List<Row> places = List.of(
        RowFactory.create("DK", "DK0", "DK01", "DK0111", "C", "10", "10.11"),  // six characters
        place("DK011", "C", "1011"),
        place("DK011", "CC", "10.11"),
        place("DK011", "3", "10.11"),
        place("DK011", null, "10.11"),
        RowFactory.create(null, null, null, null, "C", "10", "10.11"));
    for (Row row : keyed(places)) {
      assertNull(row.get(0), "no key for " + row);
    }
  }

  private List<Row> keyed(List<Row> places) {
    return spark.spark().createDataFrame(places, PLACE).select(PlaceKey.encode()).collectAsList();
  }

  private List<Row> roundTrip(List<Row> places) {
    Dataset<Row> keys = spark.spark().createDataFrame(places, PLACE).select(PlaceKey.encode().as("key"));
    return new ArrayList<>(keys.select(PlaceKey.decode(col("key"))).collectAsList());
  }

  /** The silver columns of a region code (any level) and class, as conform derives them. */
  private static Row place(String region, String section, String naceClass) {
    return RowFactory.create(region.substring(0, 2), region.length() >= 3 ? region.substring(0, 3) : null,
        region.length() >= 4 ? region.substring(0, 4) : null, region.length() >= 5 ? region.substring(0, 5) : null,
        section, naceClass.length() >= 2 ? naceClass.substring(0, 2) : naceClass, naceClass);
  }
}
