package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Collection;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.clusterscope.config.IndicatorSettings;

/**
 * {@code cs_gold.region_sector} (docs/design.md 4.1) from the cell aggregate: totals by window over the
 * same (year, level, scheme), shares and location quotients through {@link Formulas}, stars and
 * strong clusters from quantiles over the regions with employment in the sector, growth from
 * the same cells in earlier years, and primary confidentiality.
 */
final class RegionSectorIndicators {
  private static final String[] SCOPE = {"reference_year", "nuts_level", "sector_scheme"};

  private final IndicatorSettings settings;

  RegionSectorIndicators(IndicatorSettings settings) {
    this.settings = settings;
  }

  /**
   * @param cells the {@link CellAggregate} of the output years and of the years growth needs
   * @param labels (sector_scheme, sector_code, sector_label)
   * @param sources (reference_year, country_code, source): the source feeding each country and year
   * @param years the output years
   */
  Dataset<Row> compute(Dataset<Row> cells, Dataset<Row> labels, Dataset<Row> sources, Collection<Integer> years) {
    WindowSpec sector = within("sector_code");
    Dataset<Row> shares = shares(cells, years);

    // Quantiles over the regions with employment in the sector (NULL values are not counted).
    Column present = col("employment").gt(0);
    Dataset<Row> withQuantiles = shares
        .withColumn("q_size_share", when(present, col("size_share")))
        .withColumn("q_focus", when(present, col("focus")))
        .withColumn("q_lq", when(present, col("lq")))
        .withColumn("q_employment", when(present, col("employment")))
        .withColumn("q_establishments", when(present, col("establishments")))
        .withColumn("size_threshold", Formulas.quantile("q_size_share", settings.stars().sizeQuantile()).over(sector))
        .withColumn("focus_threshold", Formulas.quantile("q_focus", settings.stars().focusQuantile()).over(sector))
        .withColumn("lq_threshold", Formulas.quantile("q_lq", settings.strongCluster().lqQuantile()).over(sector))
        .withColumn("employment_threshold",
            Formulas.quantile("q_employment", settings.strongCluster().employmentQuantile()).over(sector))
        .withColumn("establishments_threshold",
            Formulas.quantile("q_establishments", settings.strongCluster().establishmentsQuantile()).over(sector));

    Column sizeStar = present.and(col("size_share").geq(col("size_threshold")));
    Column specialisationStar = present.and(col("lq").geq(lit(settings.stars().specialisationLq())));
    Column focusStar = present.and(col("focus").geq(col("focus_threshold")));
    Column strong = present
        .and(col("lq").geq(col("lq_threshold")))
        .and(col("lq").geq(lit(settings.strongCluster().minLq())))
        .and(col("employment").gt(col("employment_threshold")))
        .and(col("establishments").gt(col("establishments_threshold")));

    Dataset<Row> flagged = withQuantiles
        .withColumn("size_star", coalesceFalse(sizeStar))
        .withColumn("specialisation_star", coalesceFalse(specialisationStar))
        .withColumn("focus_star", coalesceFalse(focusStar))
        .withColumn("stars", starCount())
        .withColumn("strong_cluster", coalesceFalse(strong))
        .withColumn("confidentiality", confidentiality());

    Dataset<Row> withGrowth = flagged
        .join(earlier(cells, 1, "employment_1y_before"), keys(), "left")
        .join(earlier(cells, 5, "employment_5y_before"), keys(), "left")
        .withColumn("employment_growth_1y", Formulas.growth(col("employment"), col("employment_1y_before")))
        .withColumn("employment_cagr_5y",
            Formulas.compoundAnnualGrowth(col("employment"), col("employment_5y_before"), 5));
    Dataset<Row> withSources = withGrowth
        .join(broadcast(sources), new String[] {"reference_year", "country_code"}, "left")
        .join(broadcast(sourcesOf(sources, 1, "source_1y_before")), new String[] {"reference_year", "country_code"}, "left")
        .join(broadcast(sourcesOf(sources, 5, "source_5y_before")), new String[] {"reference_year", "country_code"}, "left")
        .withColumn("growth_break", seriesBreak("employment_growth_1y", "source_1y_before"))
        .withColumn("cagr_5y_break", seriesBreak("employment_cagr_5y", "source_5y_before"))
        .drop("source_1y_before", "source_5y_before");

    return withSources
        .join(broadcast(labels), new String[] {"sector_scheme", "sector_code"}, "left")
        .withColumn("patents", lit(null).cast("double"))
        .withColumn("patents_per_10k_employees", lit(null).cast("double"));
  }

  /**
   * The output years' cells with the totals of their region, sector and scope, and the shares and
   * location quotients of docs/design.md 4.1 (size_share, focus, lq, lq_national, avg_establishment_size):
   * the core every other region_sector column builds on.
   */
  static Dataset<Row> shares(Dataset<Row> cells, Collection<Integer> years) {
    WindowSpec scope = within();
    WindowSpec region = within("region_code");
    WindowSpec sector = within("sector_code");
    WindowSpec countryScope = within("country_code");
    WindowSpec countrySector = within("country_code", "sector_code");
    return cells
        .filter(col("reference_year").isin(years.toArray()))
        .withColumn("region_employment", sum("employment").over(region))
        .withColumn("sector_employment", sum("employment").over(sector))
        .withColumn("total_employment", sum("employment").over(scope))
        .withColumn("size_share", Formulas.sizeShare(col("employment"), col("sector_employment")))
        .withColumn("focus", Formulas.focus(col("employment"), col("region_employment")))
        .withColumn("lq", Formulas.locationQuotient(col("employment"), col("region_employment"),
            col("sector_employment"), col("total_employment")))
        .withColumn("lq_national", Formulas.locationQuotient(col("employment"), col("region_employment"),
            sum("employment").over(countrySector), sum("employment").over(countryScope)))
        .withColumn("avg_establishment_size", Formulas.ratio(col("employment"), col("establishments")));
  }

  /** A window over the rows of one (year, level, scheme) that share the given columns. */
  private static WindowSpec within(String... columns) {
    return Window.partitionBy(Stream.concat(Stream.of(SCOPE), Stream.of(columns)).map(functions::col).toArray(Column[]::new));
  }

  private Column confidentiality() {
    IndicatorSettings.Confidentiality rule = settings.confidentiality();
    return when(col("source_confidential"), lit("confidential_in_source"))
        .when(col("contributors").lt(rule.minContributors()), lit("primary_frequency"))
        .when(coalesceFalse(Formulas.ratio(col("largest_contributor"), col("employment"))
            .gt(rule.dominanceShare())), lit("primary_dominance"))
        .otherwise(lit("free"));
  }

  private static Column starCount() {
    return col("size_star").cast("int").plus(col("specialisation_star").cast("int"))
        .plus(col("focus_star").cast("int"));
  }

  private static Column coalesceFalse(Column condition) {
    return org.apache.spark.sql.functions.coalesce(condition, lit(false));
  }

  /** The employment of each cell, shifted {@code years} forward so it joins the later year. */
  private static Dataset<Row> earlier(Dataset<Row> cells, int years, String name) {
    return cells.select(col("reference_year").plus(years).as("reference_year"), col("nuts_level"),
        col("region_code"), col("sector_scheme"), col("sector_code"), col("employment").as(name));
  }

  /** The source of each country and year, shifted {@code years} forward so it joins the later year. */
  private static Dataset<Row> sourcesOf(Dataset<Row> sources, int years, String name) {
    return sources.select(col("reference_year").plus(years).as("reference_year"), col("country_code"),
        col("source").as(name));
  }

  /**
   * A growth whose two years were fed by different sources (SBS then the register, the register
   * then SIRENE) measures the change of source as much as the change of employment: true there,
   * false where one source fed both years, NULL where there is no growth.
   */
  private static Column seriesBreak(String growth, String sourceBefore) {
    return when(col(growth).isNotNull(), not(col("source").eqNullSafe(col(sourceBefore))));
  }

  private static String[] keys() {
    return new String[] {"reference_year", "nuts_level", "region_code", "sector_scheme", "sector_code"};
  }
}
