package org.clusterscope.config;

import java.util.List;

/**
 * What the indicator stage computes and with which parameters (docs/design.md 4.1).
 *
 * @param nutsLevels NUTS levels, each 0 to 3
 * @param sectorSchemes scheme names: nace_section, nace_division, nace_class or a custom scheme
 * @param coLocationLevel NUTS level of the co-location proximities (one of nutsLevels)
 * @param patentIntensityMinEmployment patents_per_10k_employees is published only for cells and
 *     regions with at least this employment (a patent in a cell of two employees is 5,000 per 10k)
 */
public record IndicatorSettings(
    List<Integer> nutsLevels,
    List<String> sectorSchemes,
    int coLocationLevel,
    Stars stars,
    StrongCluster strongCluster,
    Confidentiality confidentiality,
    List<String> sources,
    double patentIntensityMinEmployment) {

  public IndicatorSettings {
    nutsLevels = List.copyOf(nutsLevels);
    sectorSchemes = List.copyOf(sectorSchemes);
    sources = List.copyOf(sources);
  }

  /** European Cluster Observatory star thresholds. */
  public record Stars(double sizeQuantile, double specialisationLq, double focusQuantile) {}

  /** U.S. Cluster Mapping strong-cluster rule. */
  public record StrongCluster(
      double lqQuantile, double employmentQuantile, double establishmentsQuantile, double minLq) {}

  /** Primary confidentiality rule of a cell (threshold and dominance). */
  public record Confidentiality(int minContributors, double dominanceShare) {}
}
