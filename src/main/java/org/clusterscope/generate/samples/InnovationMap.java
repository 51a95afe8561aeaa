package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.clusterscope.generate.Draws;

/**
 * Where each technology is done: for every NUTS 3 region and technology, the 2021 employment of
 * the panel's establishments in the technology's sector family times its patenting intensity. Both
 * the patents and the research projects draw their regions from it, so they follow the clusters.
 */
final class InnovationMap {

  /** A region's weight in one technology. */
  record Cell(String nuts3, Technology technology, double weight) {
  }

  private final List<Cell> cells;

  private InnovationMap(List<Cell> cells) {
    this.cells = cells;
  }

  static InnovationMap of(List<EstablishmentPanel.Observation> observations) {
    Map<String, double[]> weights = new TreeMap<>();
    for (EstablishmentPanel.Observation observation : observations) {
      Establishment e = observation.establishment();
      Technology technology = Technology.of(e.family);
      if (technology == null || e.regionCode.length() != 5 || e.regionCode.endsWith("Z")) {
        continue;
      }
      weights.computeIfAbsent(e.regionCode, k -> new double[Technology.values().length])
          [technology.ordinal()] += observation.employees() * technology.intensity;
    }
    List<Cell> cells = new ArrayList<>();
    for (Map.Entry<String, double[]> region : weights.entrySet()) {
      for (Technology technology : Technology.values()) {
        double weight = region.getValue()[technology.ordinal()];
        if (weight > 0) {
          cells.add(new Cell(region.getKey(), technology, weight));
        }
      }
    }
    return new InnovationMap(List.copyOf(cells));
  }

  /** A (region, technology) pair in proportion to its weight. */
  Cell draw(Draws draws) {
    return draws.weighted(cells, Cell::weight);
  }

  /** A region for {@code technology} among those whose code starts with {@code prefix}, or null when none has any. */
  String drawRegion(Technology technology, String prefix, Draws draws) {
    return drawRegion(technology, region -> region.startsWith(prefix), draws);
  }

  /** A region for {@code technology} in any of {@code regions}, weighted, or null when none has any. */
  String drawRegionAmong(Technology technology, List<String> regions, Draws draws) {
    return drawRegion(technology, regions::contains, draws);
  }

  private String drawRegion(Technology technology, Predicate<String> where, Draws draws) {
    List<Cell> candidates = new ArrayList<>();
    for (Cell cell : cells) {
      if (cell.technology() == technology && where.test(cell.nuts3())) {
        candidates.add(cell);
      }
    }
    return candidates.isEmpty() ? null : draws.weighted(candidates, Cell::weight).nuts3();
  }
}
