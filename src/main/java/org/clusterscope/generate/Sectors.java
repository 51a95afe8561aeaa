package org.clusterscope.generate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.clusterscope.reference.NaceReference;

/**
 * The NACE classes establishments are drawn from, each with a heavy-tailed share of
 * establishments, a typical establishment size, and a geography: a spread class follows
 * population, an agglomerated class puts most of its establishments in a few "cluster" regions
 * (as vehicle makers do around Stuttgart) and the rest by population. Memory is O(classes x
 * cluster regions), never O(regions x classes).
 */
final class Sectors {
  private static final double SHARE_SPREAD = 1.3;
  private static final int MIN_CLUSTER_REGIONS = 2;
  private static final int MAX_CLUSTER_REGIONS = 10;

  private final String[] codes;
  private final WeightedIndex byShare;
  private final double[] sizeScale;
  private final double[] clusterShare;
  private final int[][] clusterRegions;

  private Sectors(String[] codes, double[] shares, double[] sizeScale, double[] clusterShare, int[][] clusterRegions) {
    this.codes = codes;
    this.byShare = new WeightedIndex(shares);
    this.sizeScale = sizeScale;
    this.clusterShare = clusterShare;
    this.clusterRegions = clusterRegions;
  }

  /** Every class of the NACE reference, with its parameters drawn from {@code draws}. */
  static Sectors of(NaceReference nace, Regions regions, Draws draws) {
    String[] codes = nace.classLabels().keySet().stream().sorted().toArray(String[]::new);
    double[] shares = new double[codes.length];
    double[] sizeScale = new double[codes.length];
    double[] clusterShare = new double[codes.length];
    int[][] clusterRegions = new int[codes.length][];
    for (int i = 0; i < codes.length; i++) {
      String section = nace.divisionSections().get(codes[i].substring(0, 2));
      shares[i] = SectionProfile.establishmentWeight(section) * draws.logNormal(1.0, SHARE_SPREAD);
      sizeScale[i] = draws.logNormal(SectionProfile.medianSizeScale(section), 0.5);
      if (draws.chance(SectionProfile.agglomerationChance(section))) {
        clusterShare[i] = 0.5 + 0.35 * draws.uniform();
        clusterRegions[i] = clusterRegions(regions, draws);
      } else {
        clusterRegions[i] = new int[0];
      }
    }
    return new Sectors(codes, shares, sizeScale, clusterShare, clusterRegions);
  }

  private static int[] clusterRegions(Regions regions, Draws draws) {
    int count = MIN_CLUSTER_REGIONS + draws.index(MAX_CLUSTER_REGIONS - MIN_CLUSTER_REGIONS + 1);
    Set<Integer> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(regions.byPopulation(draws));
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  int size() {
    return codes.length;
  }

  /** The class code, {@code NN.NN}. */
  String code(int sector) {
    return codes[sector];
  }

  int draw(Draws draws) {
    return byShare.draw(draws);
  }

  boolean agglomerated(int sector) {
    return clusterRegions[sector].length > 0;
  }

  /** The cluster regions of an agglomerated class (empty for a spread one). */
  int[] clusterRegions(int sector) {
    return clusterRegions[sector].clone();
  }

  /** Where a new establishment of {@code sector} is: a cluster region or, otherwise, by population. */
  int region(int sector, Regions regions, Draws draws) {
    int[] clusters = clusterRegions[sector];
    if (clusters.length > 0 && draws.chance(clusterShare[sector])) {
      // the first cluster regions are the largest clusters: weight 1, 1/2, 1/3, ...
      double harmonic = 0;
      for (int i = 0; i < clusters.length; i++) {
        harmonic += 1.0 / (i + 1);
      }
      double target = draws.uniform() * harmonic;
      for (int i = 0; i < clusters.length; i++) {
        target -= 1.0 / (i + 1);
        if (target < 0) {
          return clusters[i];
        }
      }
      return clusters[clusters.length - 1];
    }
    return regions.byPopulation(draws);
  }

  /**
   * A head count: Pareto-tailed (tail index 1.15, so a few establishments employ thousands and
   * the top 1% hold a large share of employment), scaled by the class's typical size.
   */
  int employees(int sector, Draws draws) {
    double count = sizeScale[sector] * (draws.pareto(1.0, 1.15) - 1.0);
    return (int) Math.min(60_000, Math.floor(count));
  }
}
