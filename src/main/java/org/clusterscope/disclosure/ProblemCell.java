package org.clusterscope.disclosure;

import java.util.Arrays;
import java.util.Objects;

/**
 * One released cell of a year as the suppression sees it: the atoms (finest cells) it sums, its
 * values, and what the primary rules decided.
 *
 * @param key the cell's name, for a deterministic order between cells of equal value
 * @param atoms the atoms, strictly increasing
 * @param employment the cell's employment, to prefer suppressing small cells
 * @param establishments the cell's establishments, the second order
 * @param primary whether a primary rule flags the cell
 * @param singleton whether the cell has one contributor, who knows its value
 */
record ProblemCell(String key, int[] atoms, double employment, long establishments, boolean primary,
    boolean singleton) {

  ProblemCell {
    Objects.requireNonNull(key, "key");
    for (int k = 1; k < atoms.length; k++) {
      if (atoms[k] <= atoms[k - 1]) {
        throw new IllegalArgumentException("Atoms of cell " + key + " are not strictly increasing: "
            + Arrays.toString(atoms));
      }
    }
  }
}
