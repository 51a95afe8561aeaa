package org.clusterscope.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Everything one page draws, embedded in it as JSON: small results of Spark aggregations, never
 * rows whose number grows with the input beyond regions × sectors. Field names are the ones
 * {@code report.js} reads.
 */
record PageData(
    Meta meta,
    List<CellMatrix.Region> regions,
    List<CellMatrix.Sector> sectors,
    List<List<Double>> lq,
    List<int[]> stars,
    List<CellQueries.TopCell> top,
    List<LinkQueries.OpennessPoint> openness,
    List<LinkQueries.CrossBorderPair> crossBorder,
    List<LinkQueries.SectorLink> sectorLinks,
    CellQueries.Trend trend,
    RunQuality quality,
    MapData map) {

  /**
   * @param page the page's name (stem of CSV downloads)
   * @param countries the countries of the regions, in order
   * @param specialisationLq the lq of a specialisation star (indicators.stars.specialisation-lq)
   * @param selfSufficient openness below which a cluster is drawn as self-sufficient
   * @param opennessNote why the openness chart is empty for this scheme, or null
   * @param layerNote where the numbers come from and what was left out ({@link ReportLayer#note()})
   * @param boundaries the boundary file's name, or "none configured"
   * @param written when the page was written, e.g. "2026-12-07 02:30 UTC"
   */
  record Meta(String page, int year, int level, String scheme, String database, String opsDatabase,
      boolean released, List<String> countries, double specialisationLq, double selfSufficient,
      String opennessNote, String layerNote, String boundaries, String written) {}

  /** The boundaries of the map, or the sentence saying how to add them. */
  record MapData(JsonNode geojson, String hint) {}
}
