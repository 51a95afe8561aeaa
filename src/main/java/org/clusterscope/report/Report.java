package org.clusterscope.report;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.reference.NutsReference;

/**
 * Writes the visual report: one self-contained HTML page per reference year and sector scheme at
 * one NUTS level, and an index page (docs/report.md). Every number comes from a Spark
 * aggregation of the released layer (or of gold's free cells before the first publish) whose
 * result is bounded by regions × sectors; the pages draw them with the bundled chart library.
 *
 * <pre>
 *   ReportResult result = Report.on(spark, settings).years(selection).level(3).schemes(List.of("nace_division"))
 *       .writeTo(Path.of("report"));
 * </pre>
 */
public final class Report {
  /** Columns of region_sector the pages read: the cells are cached with these only. */
  private static final org.apache.spark.sql.Column[] CELL_COLUMNS = java.util.stream.Stream.of("reference_year",
      "region_code", "country_code", "sector_scheme", "sector_code", "sector_label", "employment", "lq", "stars",
      "strong_cluster").map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);

  private final SparkSession spark;
  private final Settings settings;
  private YearSelection years = YearSelection.all();
  /** Whether a selected year without cells at the level is left out rather than refused. */
  private boolean presentOnly;
  private int level;
  private List<String> schemes;

  private Report(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
    this.level = settings.report().nutsLevel();
    this.schemes = settings.indicators().sectorSchemes();
  }

  public static Report on(SparkSession spark, Settings settings) {
    return new Report(spark, settings);
  }

  /** The reference years of the pages, each of which must have cells; every year of the data by default. */
  public Report years(YearSelection selection) {
    this.years = selection;
    this.presentOnly = false;
    return this;
  }

  /**
   * The reference years of the pages among {@code candidates}, leaving out those without cells at
   * the level: the years a run processed include, say, SBS years that have no NUTS 3 cells.
   */
  public Report yearsWithCells(java.util.Collection<Integer> candidates) {
    this.years = YearSelection.of(candidates);
    this.presentOnly = true;
    return this;
  }

  /** The NUTS level of the pages, one of the configured levels; report.nuts-level by default. */
  public Report level(int nutsLevel) {
    this.level = checkLevel(settings, nutsLevel);
    return this;
  }

  /** The sector schemes of the pages, each configured; every configured scheme by default. */
  public Report schemes(List<String> chosen) {
    this.schemes = checkSchemes(settings, chosen);
    return this;
  }

  /**
   * Checks, before Spark starts, what the report will be asked for: the level, the schemes and
   * the boundary file, so that a mistake costs no session and, after {@code run}, no run.
   *
   * @param nutsLevel the level asked for, or null for report.nuts-level
   * @param chosen the schemes asked for, or null for every configured one
   */
  public static void preflight(Settings settings, Integer nutsLevel, List<String> chosen) {
    int level = nutsLevel == null ? settings.report().nutsLevel() : checkLevel(settings, nutsLevel);
    if (chosen != null) {
      checkSchemes(settings, chosen);
    }
    Boundaries.load(settings.report().boundaries(), level);
  }

  private static int checkLevel(Settings settings, int nutsLevel) {
    if (!settings.indicators().nutsLevels().contains(nutsLevel)) {
      throw Errors.invalidReportOption("--level", String.valueOf(nutsLevel),
          "one of the configured NUTS levels " + settings.indicators().nutsLevels());
    }
    return nutsLevel;
  }

  private static List<String> checkSchemes(Settings settings, List<String> chosen) {
    for (String scheme : chosen) {
      if (!settings.indicators().sectorSchemes().contains(scheme)) {
        throw Errors.invalidReportOption("--scheme", scheme,
            "one of the configured sector schemes " + settings.indicators().sectorSchemes());
      }
    }
    return List.copyOf(chosen);
  }

  /** Writes the pages and the index into {@code folder}, which must exist and be writable. */
  public ReportResult writeTo(Path folder) {
    Instant start = Instant.now();
    ReportLayer layer = ReportLayer.choose(spark, settings.catalog());
    Optional<JsonNode> boundaries = Boundaries.load(settings.report().boundaries(), level);
    Map<String, String> regionLabels = NutsReference.load(settings.reference().nutsRegions())
        .map(NutsReference::labels).orElse(Map.of());
    Dataset<Row> levelCells = layer.regionSector()
        .filter(col("nuts_level").equalTo(level).and(col("sector_scheme").isin(schemes.toArray())));
    SortedSet<Integer> pageYears = pageYears(layer, levelCells);
    Dataset<Row> cells = levelCells.filter(col("reference_year").isin(pageYears.toArray()))
        .select(CELL_COLUMNS).persist();
    try {
      PageWriter writer = new PageWriter(settings, layer, ChartLibrary.load(), folder);
      RunQuality quality = describe("report: data quality of the last run",
          () -> RunQuality.latest(spark, settings.catalog()));
      List<ReportResult.Page> pages = new ArrayList<>();
      for (int year : pageYears) {
        for (String scheme : schemes) {
          PageScope scope = new PageScope(year, level, scheme);
          Dataset<Row> page = cells.filter(col("reference_year").equalTo(year).and(col("sector_scheme").equalTo(scheme)));
          Dataset<Row> series = levelCells.filter(col("sector_scheme").equalTo(scheme));
          describe("report: " + scope.name(), () -> writer.write(scope, page, series, quality, boundaries, regionLabels))
              .ifPresent(pages::add);
        }
      }
      Path index = IndexPage.write(folder, layer, level, pages, boundaries.isPresent());
      return new ReportResult(index, layer.released(), layer.database(), pages, Duration.between(start, Instant.now()));
    } finally {
      cells.unpersist();
    }
  }

  /** The selected years, each of which must have cells at the level; every year present when none is selected. */
  private SortedSet<Integer> pageYears(ReportLayer layer, Dataset<Row> levelCells) {
    SortedSet<Integer> present = new TreeSet<>();
    describe("report: years present", () -> levelCells.select("reference_year").distinct().collectAsList())
        .forEach(r -> present.add(r.getInt(0)));
    String table = layer.database() + ".region_sector (NUTS level " + level + ", schemes " + schemes + ")";
    if (years.isAll()) {
      if (present.isEmpty()) {
        throw Errors.noDataForYears(table, "any year");
      }
      return present;
    }
    SortedSet<Integer> selected = years.years().orElseThrow();
    SortedSet<Integer> missing = new TreeSet<>(selected);
    missing.removeAll(present);
    SortedSet<Integer> kept = new TreeSet<>(selected);
    kept.retainAll(present);
    if (!missing.isEmpty() && !(presentOnly && !kept.isEmpty())) {
      throw Errors.noDataForYears(table, missing.toString());
    }
    return kept;
  }

  /** Runs {@code work} with a Spark job description that names the page, for the Spark UI. */
  private <T> T describe(String description, java.util.function.Supplier<T> work) {
    String previous = spark.sparkContext().getLocalProperty("spark.job.description");
    spark.sparkContext().setJobDescription(description);
    try {
      return work.get();
    } finally {
      spark.sparkContext().setJobDescription(previous);
    }
  }

  /** The ops database of the catalog, named on the pages. */
  static String opsDatabase(Settings settings) {
    return settings.catalog().database(Layer.OPS);
  }
}
