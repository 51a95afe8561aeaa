package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Collection;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.clusterscope.config.IndicatorSettings;
import org.clusterscope.publish.Grain;

/**
 * {@code cs_gold.region_sector} (docs/design.md 4.1) from the cell aggregate: totals by window over the
 * same (year, level, scheme), shares and location quotients through {@link CellFormulas}, stars and
 * strong clusters from quantiles over the regions with employment in the sector, growth from
 * the same cells in earlier years, and primary confidentiality.
 */
final class RegionSectorIndicators {
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

    Column employment = col("employment");
    Dataset<Row> flagged = withQuantiles
        .withColumn("size_star", CellFormulas.star(employment, col("size_share"), col("size_threshold")))
        .withColumn("specialisation_star",
            CellFormulas.star(employment, col("lq"), lit(settings.stars().specialisationLq())))
        .withColumn("focus_star", CellFormulas.star(employment, col("focus"), col("focus_threshold")))
        .withColumn("stars", CellFormulas.starCount(col("size_star"), col("specialisation_star"), col("focus_star")))
        .withColumn("strong_cluster", CellFormulas.strongCluster(employment, col("establishments"), col("lq"),
            col("lq_threshold"), settings.strongCluster().minLq(), col("employment_threshold"),
            col("establishments_threshold")))
        .withColumn("confidentiality", CellFormulas.confidentiality(col("source_confidential"), col("contributors"),
            col("largest_contributors"), employment, settings.confidentiality()));

    Dataset<Row> withGrowth = flagged
        .join(earlier(cells, 1, "employment_1y_before"), Grain.CELL.names(), "left")
        .join(earlier(cells, 5, "employment_5y_before"), Grain.CELL.names(), "left")
        .withColumn("employment_growth_1y", CellFormulas.growth(col("employment"), col("employment_1y_before")))
        .withColumn("employment_cagr_5y",
            CellFormulas.compoundAnnualGrowth(col("employment"), col("employment_5y_before"), 5));
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
        .withColumn("size_share", CellFormulas.sizeShare(col("employment"), col("sector_employment")))
        .withColumn("focus", CellFormulas.focus(col("employment"), col("region_employment")))
        .withColumn("lq", CellFormulas.locationQuotient(col("employment"), col("region_employment"),
            col("sector_employment"), col("total_employment")))
        .withColumn("lq_national", CellFormulas.locationQuotient(col("employment"), col("region_employment"),
            sum("employment").over(countrySector), sum("employment").over(countryScope)))
        .withColumn("avg_establishment_size",
            CellFormulas.averageEstablishmentSize(col("employment"), col("establishments")));
  }

  /** A window over the rows of one (year, level, scheme) that share the given columns. */
  private static WindowSpec within(String... columns) {
    return Window.partitionBy(Grain.SCOPE.with(columns).cols());
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
}
