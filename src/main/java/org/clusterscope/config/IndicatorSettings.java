package org.clusterscope.config;

import java.util.List;
import java.util.OptionalDouble;

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

  /**
   * Primary confidentiality rules of a cell (Hundepool et al. 2012, ch. 4; docs/disclosure.md):
   * the frequency rule, every dominance pair and the optional p% rule.
   *
   * @param minContributors a cell with fewer contributing enterprises is confidential
   * @param dominance the (n, k) pairs, each applied on its own
   * @param pPercent p of the p% rule, a percentage; empty when the rule is off
   */
  public record Confidentiality(int minContributors, List<Dominance> dominance, OptionalDouble pPercent) {
    public Confidentiality {
      dominance = List.copyOf(dominance);
    }

    /**
     * How many of a cell's largest enterprises the rules read: the largest n of the dominance
     * pairs, and two when the p% rule is on (it compares the largest with the rest beyond the
     * second); at least one.
     */
    public int largestNeeded() {
      int needed = Math.max(1, pPercent.isPresent() ? 2 : 1);
      for (Dominance pair : dominance) {
        needed = Math.max(needed, pair.n());
      }
      return needed;
    }
  }

  /**
   * Dominance rule (n, k): a cell is confidential when its n largest enterprises hold more than
   * k percent of its employment.
   */
  public record Dominance(int n, double k) {}
}
