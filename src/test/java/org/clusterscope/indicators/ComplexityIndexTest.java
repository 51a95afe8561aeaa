package org.clusterscope.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ECI and PCI on a network whose eigenvector is derived by hand.
 *
 * <p>M (lq ≥ 1): R1 = {s1, s2}, R2 = {s2, s3}, R3 = {s3}; diversity (2, 2, 1), ubiquity (1, 2, 2).
 * M̃ = D⁻¹ M U⁻¹ Mᵀ = [[3/4, 1/4, 0], [1/4, 1/2, 1/4], [0, 1/2, 1/2]]. Its eigenvalues are 1 and
 * the roots of λ² − (3/4)λ + 1/16 (trace 7/4, determinant 1/16): λ₂ = (3 + √5)/8. From rows 1 and
 * 3 of (M̃ − λ₂I)e = 0: e = (1, (√5 − 3)/2, 1 − √5), which already decreases with diversity.
 * PCI before standardising is the mean of e over each sector's regions: (1, (√5 − 1)/4, −(1 + √5)/4).
 */
class ComplexityIndexTest {
  private static final double SQRT5 = Math.sqrt(5);

  @Test
  void eciIsTheStandardisedSecondEigenvectorSignedByDiversity() {
    ComplexityIndex.Result result = ComplexityIndex.compute(List.of(
        new String[] {"R1", "s1"}, new String[] {"R1", "s2"}, new String[] {"R2", "s2"},
        new String[] {"R2", "s3"}, new String[] {"R3", "s3"}));

    double[] eci = zScores(1, (SQRT5 - 3) / 2, 1 - SQRT5);
    assertEquals(eci[0], result.eci().get("R1"), 1e-9);
    assertEquals(eci[1], result.eci().get("R2"), 1e-9);
    assertEquals(eci[2], result.eci().get("R3"), 1e-9);
    double[] pci = zScores(1, (SQRT5 - 1) / 4, -(1 + SQRT5) / 4);
    assertEquals(pci[0], result.pci().get("s1"), 1e-9);
    assertEquals(pci[1], result.pci().get("s2"), 1e-9);
    assertEquals(pci[2], result.pci().get("s3"), 1e-9);
    assertTrue(result.undefinedBecause().isEmpty());
  }

  @Test
  void aDisconnectedNetworkHasNoComplexity() {
    ComplexityIndex.Result result = ComplexityIndex.compute(List.of(
        new String[] {"R1", "s1"}, new String[] {"R2", "s2"}, new String[] {"R3", "s2"}));
    assertTrue(result.eci().isEmpty() && result.pci().isEmpty());
    assertEquals("the region-sector network is disconnected (2 components)", result.undefinedBecause().orElseThrow());
  }

  @Test
  void oneRegionHasNoComplexity() {
    ComplexityIndex.Result result = ComplexityIndex.compute(List.<String[]>of(new String[] {"R1", "s1"}, new String[] {"R1", "s2"}));
    assertTrue(result.undefinedBecause().orElseThrow().startsWith("fewer than two regions"));
  }

  /** Independent z-scores with the population standard deviation. */
  private static double[] zScores(double... x) {
    double mean = (x[0] + x[1] + x[2]) / 3;
    double sd = Math.sqrt(((x[0] - mean) * (x[0] - mean) + (x[1] - mean) * (x[1] - mean) + (x[2] - mean) * (x[2] - mean)) / 3);
    return new double[] {(x[0] - mean) / sd, (x[1] - mean) / sd, (x[2] - mean) / sd};
  }
}
