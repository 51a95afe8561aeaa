package org.clusterscope.report;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;

/** Gathers the data of one page from Spark and writes the page. */
final class PageWriter {
  /** Openness below which a cluster is drawn as self-sufficient: most of its collaboration pairs stay inside. */
  static final double SELF_SUFFICIENT = 0.25;

  /** When a page was written, as the pages say it. */
  static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final Settings settings;
  private final ReportLayer layer;
  private final PageRenderer renderer;
  private final Path folder;

  PageWriter(Settings settings, ReportLayer layer, ChartLibrary charts, Path folder) {
    this.settings = settings;
    this.layer = layer;
    this.renderer = new PageRenderer(charts);
    this.folder = folder;
  }

  /**
   * @param page the page's cells
   * @param series the cells of the page's level and scheme in every year, for the trend
   * @return the page written, or empty when the scope has no cells
   */
  Optional<ReportResult.Page> write(PageScope scope, Dataset<Row> page, Dataset<Row> series, RunQuality quality,
      Optional<JsonNode> boundaries, Map<String, String> regionLabels) {
    Instant start = Instant.now();
    CellMatrix matrix = CellMatrix.of(page, regionLabels);
    if (matrix.regions().isEmpty()) {
      return Optional.empty();
    }
    PageData data = data(scope, matrix, page, series, quality, boundaries);
    String html = renderer.render(data);
    Path file = folder.resolve(scope.fileName());
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Errors.reportFileFailed(file, e);
    }
    return Optional.of(new ReportResult.Page(scope, file, html.getBytes(StandardCharsets.UTF_8).length,
        matrix.regions().size(), matrix.sectors().size(), data.top().size(), data.crossBorder().size(),
        Duration.between(start, Instant.now())));
  }

  private PageData data(PageScope scope, CellMatrix matrix, Dataset<Row> page, Dataset<Row> series,
      RunQuality quality, Optional<JsonNode> boundaries) {
    Dataset<Row> openness = layer.regionOpenness().filter(inScope(scope));
    Dataset<Row> pairs = layer.crossBorderClusters().filter(inScope(scope));
    Dataset<Row> links = layer.regionLinks().filter(col("reference_year").equalTo(scope.year())
        .and(col("nuts_level").equalTo(scope.level())));
    Dataset<Row> sectorLinks = layer.sectorLinks().filter(col("reference_year").equalTo(scope.year())
        .and(col("sector_scheme").equalTo(scope.scheme())));
    String opennessNote = scope.scheme().equals("nace_class")
        ? "Openness is not measured for nace_class: patents and projects reach sectors through NACE divisions"
            + " (see the nace_division page)."
        : null;
    PageData.Meta meta = new PageData.Meta(scope.name(), scope.year(), scope.level(), scope.scheme(),
        layer.database(), Report.opsDatabase(settings), layer.released(), matrix.countries(),
        settings.indicators().stars().specialisationLq(), SELF_SUFFICIENT, opennessNote, layer.note(),
        boundaries.isPresent() ? settings.report().boundaries().orElseThrow().getFileName().toString() : "none configured",
        WRITTEN.format(Instant.now()));
    return new PageData(meta, matrix.regions(), matrix.sectors(), matrix.lq(), matrix.stars(),
        CellQueries.top(page), LinkQueries.openness(page, openness), LinkQueries.crossBorder(pairs, links),
        LinkQueries.sectorLinks(sectorLinks), CellQueries.trend(page, series), quality,
        new PageData.MapData(boundaries.orElse(null), boundaries.isPresent() ? null : Boundaries.HINT));
  }

  private static org.apache.spark.sql.Column inScope(PageScope scope) {
    return col("reference_year").equalTo(scope.year()).and(col("nuts_level").equalTo(scope.level()))
        .and(col("sector_scheme").equalTo(scope.scheme()));
  }
}
