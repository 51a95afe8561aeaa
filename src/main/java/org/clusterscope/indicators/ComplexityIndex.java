package org.clusterscope.indicators;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Economic and product (sector) complexity (Hidalgo and Hausmann 2009), in the Harvard Growth
 * Lab's {@code ecomplexity} convention: M_rs = 1 where lq ≥ 1; ECI is the eigenvector of the
 * second largest eigenvalue of M̃ = D⁻¹ M U⁻¹ Mᵀ (D diversity, U ubiquity), signed to correlate
 * positively with diversity and z-scored; PCI is U⁻¹ Mᵀ applied to that eigenvector, z-scored.
 *
 * <p>M̃ is similar to the symmetric, positive semi-definite S = D^(−1/2) M U⁻¹ Mᵀ D^(−1/2), whose
 * leading eigenvector √k_r is known; the second is found by power iteration on S, deflated
 * against the first, using only the edges of M (so the cost is the number of specialisations,
 * not regions × sectors). Undefined cases give no values and a reason: fewer than two regions or
 * sectors, a disconnected region–sector network (the second eigenvalue is then 1 again and the
 * eigenvector is not unique), or no convergence.
 */
final class ComplexityIndex {
  private static final int MAX_ITERATIONS = 100_000;
  private static final double TOLERANCE = 1e-14;

  /** Values by region and by sector, or the reason they are undefined. */
  record Result(Map<String, Double> eci, Map<String, Double> pci, Optional<String> undefinedBecause) {
    static Result undefined(String reason) {
      return new Result(Map.of(), Map.of(), Optional.of(reason));
    }
  }

  private ComplexityIndex() {}

  /** @param specialisations (region, sector) pairs with lq ≥ 1, each once */
  static Result compute(List<String[]> specialisations) {
    Map<String, Integer> regions = new LinkedHashMap<>();
    Map<String, Integer> sectors = new LinkedHashMap<>();
    for (String[] edge : specialisations) {
      regions.putIfAbsent(edge[0], regions.size());
      sectors.putIfAbsent(edge[1], sectors.size());
    }
    int nr = regions.size();
    int ns = sectors.size();
    if (nr < 2 || ns < 2) {
      return Result.undefined("fewer than two regions or sectors are specialised (" + nr + " regions, " + ns + " sectors)");
    }
    int[][] regionSectors = adjacency(specialisations, regions, sectors, nr, true);
    int[][] sectorRegions = adjacency(specialisations, regions, sectors, ns, false);
    int components = components(regionSectors, sectorRegions);
    if (components > 1) {
      return Result.undefined("the region-sector network is disconnected (" + components + " components)");
    }
    double[] sqrtDiversity = new double[nr];
    for (int r = 0; r < nr; r++) {
      sqrtDiversity[r] = Math.sqrt(regionSectors[r].length);
    }
    double[] leading = normalised(sqrtDiversity.clone());
    double[] v = new double[nr];
    for (int r = 0; r < nr; r++) {
      v[r] = 1 + Math.sin(r + 1.0); // deterministic start, not orthogonal to the solution in general
    }
    v = normalised(deflated(v, leading));
    boolean converged = false;
    for (int i = 0; i < MAX_ITERATIONS && !converged; i++) {
      double[] next = normalised(deflated(multiplyS(v, regionSectors, sectorRegions, sqrtDiversity), leading));
      converged = distance(next, v) < TOLERANCE;
      v = next;
    }
    if (!converged) {
      return Result.undefined("the eigenvector did not converge in " + MAX_ITERATIONS + " iterations");
    }
    double[] eigen = new double[nr];
    double[] diversity = new double[nr];
    for (int r = 0; r < nr; r++) {
      eigen[r] = v[r] / sqrtDiversity[r];
      diversity[r] = regionSectors[r].length;
    }
    if (covariance(eigen, diversity) < 0) {
      for (int r = 0; r < nr; r++) {
        eigen[r] = -eigen[r];
      }
    }
    double[] sectorMeans = new double[ns];
    for (int s = 0; s < ns; s++) {
      for (int r : sectorRegions[s]) {
        sectorMeans[s] += eigen[r] / sectorRegions[s].length;
      }
    }
    Optional<double[]> eci = zScores(eigen);
    Optional<double[]> pci = zScores(sectorMeans);
    if (eci.isEmpty() || pci.isEmpty()) {
      return Result.undefined("the eigenvector is constant, so it cannot be standardised");
    }
    return new Result(byName(regions, eci.get()), byName(sectors, pci.get()), Optional.empty());
  }

  /** S v = D^(−1/2) M U⁻¹ Mᵀ D^(−1/2) v, through the edges. */
  private static double[] multiplyS(double[] v, int[][] regionSectors, int[][] sectorRegions, double[] sqrtDiversity) {
    double[] perSector = new double[sectorRegions.length];
    for (int s = 0; s < sectorRegions.length; s++) {
      for (int r : sectorRegions[s]) {
        perSector[s] += v[r] / sqrtDiversity[r];
      }
      perSector[s] /= sectorRegions[s].length;
    }
    double[] result = new double[v.length];
    for (int r = 0; r < v.length; r++) {
      for (int s : regionSectors[r]) {
        result[r] += perSector[s];
      }
      result[r] /= sqrtDiversity[r];
    }
    return result;
  }

  private static int[][] adjacency(List<String[]> edges, Map<String, Integer> regions, Map<String, Integer> sectors,
      int size, boolean byRegion) {
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      lists.add(new ArrayList<>());
    }
    for (String[] edge : edges) {
      int r = regions.get(edge[0]);
      int s = sectors.get(edge[1]);
      lists.get(byRegion ? r : s).add(byRegion ? s : r);
    }
    int[][] result = new int[size][];
    for (int i = 0; i < size; i++) {
      result[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return result;
  }

  private static int components(int[][] regionSectors, int[][] sectorRegions) {
    boolean[] seenRegion = new boolean[regionSectors.length];
    boolean[] seenSector = new boolean[sectorRegions.length];
    int components = 0;
    for (int start = 0; start < regionSectors.length; start++) {
      if (seenRegion[start]) {
        continue;
      }
      components++;
      Deque<Integer> queue = new ArrayDeque<>(List.of(start));
      seenRegion[start] = true;
      while (!queue.isEmpty()) {
        for (int s : regionSectors[queue.poll()]) {
          if (!seenSector[s]) {
            seenSector[s] = true;
            for (int r : sectorRegions[s]) {
              if (!seenRegion[r]) {
                seenRegion[r] = true;
                queue.add(r);
              }
            }
          }
        }
      }
    }
    return components;
  }

  private static double[] deflated(double[] v, double[] unit) {
    double dot = 0;
    for (int i = 0; i < v.length; i++) {
      dot += v[i] * unit[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] -= dot * unit[i];
    }
    return v;
  }

  private static double[] normalised(double[] v) {
    double norm = 0;
    for (double x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      v[i] /= norm;
    }
    return v;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }

  private static double covariance(double[] a, double[] b) {
    double meanA = mean(a);
    double meanB = mean(b);
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - meanA) * (b[i] - meanB);
    }
    return sum;
  }

  /** (x − mean) / population standard deviation, as numpy's default in py-ecomplexity. */
  private static Optional<double[]> zScores(double[] x) {
    double mean = mean(x);
    double variance = 0;
    for (double value : x) {
      variance += (value - mean) * (value - mean);
    }
    double sd = Math.sqrt(variance / x.length);
    if (!(sd > 1e-12)) {
      return Optional.empty();
    }
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = (x[i] - mean) / sd;
    }
    return Optional.of(z);
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double value : x) {
      sum += value;
    }
    return sum / x.length;
  }

  private static Map<String, Double> byName(Map<String, Integer> index, double[] values) {
    Map<String, Double> result = new LinkedHashMap<>();
    index.forEach((name, i) -> result.put(name, values[i]));
    return result;
  }
}
