package org.clusterscope.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.clusterscope.reference.NutsCountries;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every gold measure of the samples' run within its documented range (docs/indicators.md), and
 * the published numbers that were once wrong: no negative pair weight, no link without weight, no
 * country outside NUTS as a region of level 1 to 3, growth across a change of source flagged,
 * openness for the custom scheme, patent intensity only above the minimum employment.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleGoldTest {
  private final TestSpark spark;
  private Workspace ws;

  SampleGoldTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void runTheSamples() {
    ws = SampleRun.of(spark).ws();
  }

  @Test
  void noGoldTableHoldsNaNOrInfinity() {
    for (String table : List.of("region_sector", "region_profile", "sector_profile", "region_technology",
        "region_links", "region_openness", "sector_links", "cross_border_clusters")) {
      Dataset<Row> rows = ws.table("gold", table);
      List<String> bad = new ArrayList<>();
      for (StructField field : rows.schema().fields()) {
        if (field.dataType().equals(DataTypes.DoubleType)) {
          String c = "`" + field.name() + "`";
          long n = rows.filter("isnan(" + c + ") OR " + c + " = double('Infinity') OR " + c + " = double('-Infinity')").count();
          if (n > 0) {
            bad.add(field.name() + ": " + n);
          }
        }
      }
      assertEquals(List.of(), bad, table);
    }
  }

  @Test
  void regionSectorMeasuresAreWithinTheirRanges() {
    assertWithin("region_sector", "employment >= 0", "establishments >= 0", "avg_establishment_size >= 0",
        "size_share BETWEEN 0 AND 1", "focus BETWEEN 0 AND 1", "lq >= 0", "lq_national >= 0",
        "stars BETWEEN 0 AND 3", "employment_growth_1y >= -1", "employment_cagr_5y >= -1", "patents >= 0",
        "patents_per_10k_employees >= 0", "relatedness_density BETWEEN 0 AND 1");
  }

  @Test
  void regionProfileMeasuresAreWithinTheirRanges() {
    assertWithin("region_profile", "employment >= 0", "establishments >= 0", "sectors_present >= 0",
        "krugman_index BETWEEN 0 AND 2", "hoover_specialisation BETWEEN 0 AND 1", "herfindahl BETWEEN 0 AND 1",
        "entropy >= 0", "lq_avg >= 0", "hachman >= 0", "specialised_sectors >= 0", "stars_total >= 0",
        "strong_clusters >= 0", "strong_cluster_employment_share BETWEEN 0 AND 1", "unrelated_variety >= 0",
        "related_variety >= 0", "patents >= 0", "patents_per_10k_employees >= 0");
  }

  @Test
  void sectorProfileMeasuresAreWithinTheirRanges() {
    assertWithin("sector_profile", "employment >= 0", "establishments >= 0", "regions_present >= 0",
        "herfindahl_regions BETWEEN 0 AND 1", "krugman_concentration BETWEEN 0 AND 2",
        "locational_gini BETWEEN 0 AND 0.5", "plant_herfindahl BETWEEN 0 AND 1", "strong_clusters >= 0");
  }

  @Test
  void technologyAndLinkMeasuresAreWithinTheirRanges() {
    assertWithin("region_technology", "patents >= 0", "patents_whole >= 0", "share_of_region BETWEEN 0 AND 1",
        "rta >= 0", "rta_symmetric >= -1 AND rta_symmetric < 1");
    // Each activity's pairs sum to 1, so a region pair's weight is positive and at most its links.
    assertWithin("region_links", "links >= 1", "weight > 0 AND weight <= links");
    assertWithin("region_openness", "activities >= 0", "collaborative BETWEEN 0 AND activities",
        "with_other_region BETWEEN 0 AND activities", "with_foreign BETWEEN 0 AND with_other_region",
        "cross_region_share BETWEEN 0 AND 1", "cross_border_share BETWEEN 0 AND 1", "internal_weight >= 0",
        "external_weight >= 0", "foreign_weight >= 0", "openness BETWEEN 0 AND 1", "partner_regions >= 0",
        "partner_countries >= 0", "research_partner_share BETWEEN 0 AND 1");
    assertWithin("sector_links", "cooccurrences >= 0", "association >= 0", "cosine BETWEEN 0 AND 1",
        "jaccard BETWEEN 0 AND 1", "probabilistic >= 0", "proximity BETWEEN 0 AND 1");
    assertWithin("cross_border_clusters", "links >= 1", "weight > 0", "lq_a >= 0", "lq_b >= 0",
        "stars_a BETWEEN 0 AND 3", "stars_b BETWEEN 0 AND 3");
  }

  @Test
  void countriesOutsideNutsAreRegionsOnlyAtTheCountryLevel() {
    Object[] nuts = NutsCountries.CODES.toArray();
    Dataset<Row> openness = ws.table("gold", "region_openness");
    assertTrue(openness.filter(col("nuts_level").equalTo(0).and(col("region_code").isin(nuts).unary_$bang())).count() > 0,
        "the samples have co-inventors outside NUTS, as countries at level 0");
    assertEquals(0, openness.filter(col("nuts_level").gt(0).and(col("country_code").isin(nuts).unary_$bang())).count());
    Dataset<Row> links = ws.table("gold", "region_links").filter(col("nuts_level").gt(0));
    assertEquals(0, links.filter(col("country_a").isin(nuts).unary_$bang().or(col("country_b").isin(nuts).unary_$bang()))
        .count());
  }

  @Test
  void growthAcrossAChangeOfSourceIsABreakInSeries() {
    // France: SBS in 2019-2020, the register in 2021-2023, SIRENE in 2024.
    Dataset<Row> france = ws.table("gold", "region_sector").filter(col("country_code").equalTo("FR")
        .and(col("nuts_level").equalTo(0)).and(col("sector_scheme").equalTo("nace_section")));
    Row manufacturing2024 = france.filter(col("reference_year").equalTo(2024).and(col("sector_code").equalTo("C"))).head();
    assertEquals("sirene", manufacturing2024.getAs("source"));
    assertEquals(Boolean.TRUE, manufacturing2024.getAs("growth_break"));
    Row manufacturing2023 = france.filter(col("reference_year").equalTo(2023).and(col("sector_code").equalTo("C"))).head();
    assertEquals("register", manufacturing2023.getAs("source"));
    assertEquals(Boolean.FALSE, manufacturing2023.getAs("growth_break"));
    Dataset<Row> all = ws.table("gold", "region_sector");
    assertEquals(0, all.filter(col("employment_growth_1y").isNull().and(col("growth_break").isNotNull())).count());
    assertEquals(0, all.filter(col("employment_cagr_5y").isNotNull().and(col("cagr_5y_break").isNull())).count());
    assertEquals(0, all.filter(col("source").isNull()).count());
  }

  @Test
  void theCustomSchemeHasOpennessAndPatents() {
    Dataset<Row> openness = ws.table("gold", "region_openness").filter(col("sector_scheme").equalTo("cluster_categories"));
    assertTrue(openness.filter(col("source").equalTo("co_invention")).count() > 0);
    // A category's activities never exceed the region's: its share of each application is at most 1.
    Dataset<Row> total = ws.table("gold", "region_openness").filter(col("sector_scheme").equalTo("all"))
        .select(col("reference_year"), col("nuts_level"), col("source"), col("region_code"),
            col("activities").as("all_activities"));
    assertEquals(0, openness.join(total, new String[] {"reference_year", "nuts_level", "source", "region_code"})
        .filter(col("activities").gt(col("all_activities").plus(1e-9))).count());
    assertTrue(ws.table("gold", "region_sector").filter(col("sector_scheme").equalTo("cluster_categories")
        .and(col("patents").gt(0))).count() > 0);
  }

  @Test
  void patentIntensityIsPublishedOnlyAboveTheMinimumEmployment() {
    Dataset<Row> cells = ws.table("gold", "region_sector").filter(col("patents").isNotNull());
    assertEquals(0, cells.filter(col("employment").lt(100).and(col("patents_per_10k_employees").isNotNull())).count());
    assertTrue(cells.filter(col("employment").geq(100).and(col("patents_per_10k_employees").isNotNull())).count() > 0);
  }

  private void assertWithin(String table, String... conditions) {
    Dataset<Row> rows = ws.table("gold", table);
    for (String condition : conditions) {
      List<Row> outside = rows.filter("NOT coalesce(" + condition + ", true)").limit(3).collectAsList();
      assertEquals(List.of(), outside, table + ": " + condition);
    }
  }
}
