package org.clusterscope.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pair weights with fractional participants (docs/design.md 4.5), on a handful of participant rows at one
 * NUTS level. Pairs are pairs of distinct persons, each 1 / C(n, 2); a person with two addresses
 * is no pair.
 *
 * <ul>
 *   <li>A: p with reg_share 0.5 in R1 and 0.5 in R2, q in R1. n = 2, one pair (p, q). n_R1 = 1.5,
 *       Σ w² in R1 = 1.25: inside R1 (2.25 − 1.25) / 2 = 0.5; R1–R2: 1.5 · 0.5 − 0.5 · 0.5 = 0.5;
 *       inside R2 (0.25 − 0.25) / 2 = 0 (C(n_r, 2) on the counts gave 0.375 and −0.125).
 *   <li>B: s alone, 0.5 in R3 and 0.5 in R4: one person links nobody.
 *   <li>C: t with 0.5 in R5 and 0.5 in R6, u in R7. R5–R6 is no link (only t), R5–R7 and R6–R7
 *       weigh 0.5 each.
 *   <li>D, at NUTS 2 and 3: v with 0.5 in XX111 and 0.5 in XX112, x in XX111. At level 3 as A. At
 *       level 2 both of v's addresses are in XX11, where v counts once with weight 1: n_r = 2,
 *       Σ w² = 1 + 1, internal (4 − 2) / 2 = 1 (the addresses' squares 0.25 + 0.25 + 1 would give
 *       1.25), and no other place.
 * </ul>
 */
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PairWeightsTest {
  private static final double TOLERANCE = 1e-12;
  private static final StructType PARTICIPANTS = new StructType()
      .add("source", DataTypes.StringType).add("reference_year", DataTypes.IntegerType)
      .add("activity", DataTypes.StringType).add("participant", DataTypes.StringType)
      .add("country_code", DataTypes.StringType).add("n", DataTypes.DoubleType)
      .add("company", DataTypes.BooleanType).add("academic", DataTypes.BooleanType)
      .add(Participants.LEVEL_REGIONS, DataTypes.createArrayType(DataTypes.StringType));

  private final TestSpark spark;
  private Map<String, Row> links;
  private Map<String, Row> openness;

  PairWeightsTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void compute() {
    List<Row> rows = new ArrayList<>();
    rows.add(inventor("A", "p", "R1", 0.5));
    rows.add(inventor("A", "p", "R2", 0.5));
    rows.add(inventor("A", "q", "R1", 1.0));
    rows.add(inventor("B", "s", "R3", 0.5));
    rows.add(inventor("B", "s", "R4", 0.5));
    rows.add(inventor("C", "t", "R5", 0.5));
    rows.add(inventor("C", "t", "R6", 0.5));
    rows.add(inventor("C", "u", "R7", 1.0));
    Dataset<Row> participants = spark.spark().createDataFrame(rows, PARTICIPANTS);
    Dataset<Row> regions = ActivityRegions.regions(
        ActivityRegions.activities(participants, noSectors(), List.of(3)));
    links = Rows.byKey(RegionLinks.compute(RegionLinks.activityPairs(regions)), "region_a", "region_b");
    openness = Rows.byKey(RegionOpenness.compute(regions, noSets()), "region_code");
  }

  @Test
  void aPairOfDistinctPersonsAcrossTwoRegionsWeighsWhatIsLeftAfterTheSplitPerson() {
    assertEquals(0.5, links.get("R1|R2").getAs("weight"), TOLERANCE);
    assertEquals(1L, (long) links.get("R1|R2").getAs("links"));
  }

  @Test
  void internalWeightOfARegionIsThePairsOfDistinctPersonsInsideIt() {
    assertEquals(0.5, openness.get("R1").getAs("internal_weight"), TOLERANCE);
    assertEquals(0.5, openness.get("R1").getAs("external_weight"), TOLERANCE);
    assertEquals(0.5, openness.get("R1").getAs("openness"), TOLERANCE);
  }

  @Test
  void aRegionWithOnlyPartOfOnePersonHasNoInternalWeight() {
    assertEquals(0.0, openness.get("R2").getAs("internal_weight"), TOLERANCE);
    assertEquals(0.5, openness.get("R2").getAs("external_weight"), TOLERANCE);
    assertEquals(1.0, openness.get("R2").getAs("openness"), TOLERANCE);
  }

  @Test
  void onePersonWithTwoAddressesLinksNobody() {
    assertFalse(links.containsKey("R3|R4"));
    assertFalse(links.containsKey("R5|R6"));
    Row r3 = openness.get("R3");
    assertEquals(0.0, r3.getAs("internal_weight"), TOLERANCE);
    assertEquals(0.0, r3.getAs("external_weight"), TOLERANCE);
    assertNull(r3.getAs("openness"));
    assertEquals(0.0, r3.getAs("with_other_region"), TOLERANCE);
    assertEquals(0L, (long) r3.getAs("partner_regions"));
    assertEquals(0.0, r3.getAs("collaborative"), TOLERANCE);
  }

  @Test
  void bothAddressesOfASplitPersonLinkToTheOtherPerson() {
    assertEquals(0.5, links.get("R5|R7").getAs("weight"), TOLERANCE);
    assertEquals(0.5, links.get("R6|R7").getAs("weight"), TOLERANCE);
    assertEquals(1L, (long) openness.get("R5").getAs("partner_regions"));
    assertEquals(2L, (long) openness.get("R7").getAs("partner_regions"));
  }

  @Test
  void everyActivitysPairsSumToOne() {
    double a = links.get("R1|R2").<Double>getAs("weight") + openness.get("R1").<Double>getAs("internal_weight")
        + openness.get("R2").<Double>getAs("internal_weight");
    double c = links.get("R5|R7").<Double>getAs("weight") + links.get("R6|R7").<Double>getAs("weight");
    assertEquals(1.0, a, TOLERANCE);
    assertEquals(1.0, c, TOLERANCE);
  }

  @Test
  void weightsAreNeverNegativeAndOpennessIsAShare() {
    for (Row row : openness.values()) {
      assertTrue(row.<Double>getAs("internal_weight") >= 0, row.toString());
      assertTrue(row.<Double>getAs("external_weight") >= 0, row.toString());
      Double share = row.getAs("openness");
      assertTrue(share == null || (share >= 0 && share <= 1), row.toString());
    }
    for (Row row : links.values()) {
      assertTrue(row.<Double>getAs("weight") > 0, row.toString());
    }
  }

  @Test
  void aPersonWithTwoAddressesInOneCoarserRegionCountsOnceThere() {
    Dataset<Row> participants = spark.spark().createDataFrame(List.of(
        RowFactory.create("co_invention", 2022, "D", "v", "XX", 0.5, false, false, List.of("XX11", "XX111")),
        RowFactory.create("co_invention", 2022, "D", "v", "XX", 0.5, false, false, List.of("XX11", "XX112")),
        RowFactory.create("co_invention", 2022, "D", "x", "XX", 1.0, false, false, List.of("XX11", "XX111"))),
        PARTICIPANTS);
    Dataset<Row> regions = ActivityRegions.regions(
        ActivityRegions.activities(participants, noSectors(), List.of(2, 3)));
    Map<String, Row> byLevel = Rows.byKey(RegionOpenness.compute(regions, noSets()), "nuts_level", "region_code");
    Map<String, Row> pairs = Rows.byKey(RegionLinks.compute(RegionLinks.activityPairs(regions)),
        "nuts_level", "region_a", "region_b");
    assertEquals(1.0, byLevel.get("2|XX11").getAs("internal_weight"), TOLERANCE);
    assertEquals(0.0, byLevel.get("2|XX11").getAs("external_weight"), TOLERANCE);
    assertEquals(0.5, byLevel.get("3|XX111").getAs("internal_weight"), TOLERANCE);
    assertEquals(0.5, byLevel.get("3|XX111").getAs("external_weight"), TOLERANCE);
    assertEquals(0.0, byLevel.get("3|XX112").getAs("internal_weight"), TOLERANCE);
    assertEquals(0.5, pairs.get("3|XX111|XX112").getAs("weight"), TOLERANCE);
    assertEquals(1, pairs.size(), pairs.toString());
  }

  private Dataset<Row> noSectors() {
    return spark.spark().createDataFrame(List.of(), new StructType()
        .add("source", DataTypes.StringType).add("reference_year", DataTypes.IntegerType)
        .add("activity", DataTypes.StringType).add(ActivitySectors.SET, DataTypes.LongType));
  }

  private Dataset<Row> noSets() {
    return spark.spark().createDataFrame(List.of(), new StructType()
        .add(ActivitySectors.SECTORS, DataTypes.createArrayType(new StructType()
            .add("sector_scheme", DataTypes.StringType).add("sector_code", DataTypes.StringType)
            .add("share", DataTypes.DoubleType)))
        .add(ActivitySectors.SET, DataTypes.LongType));
  }

  private static Row inventor(String application, String person, String region, double share) {
    return RowFactory.create("co_invention", 2022, application, person, "XX", share, false, false,
        List.of(region));
  }
}
