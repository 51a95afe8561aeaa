package org.clusterscope.generate.formats;

import java.util.List;

/** The employee size bands of the canonical register (the INSEE bands, written as {@code lo-hi}). */
public final class SizeBands {

  /** Lower bounds of the bands, in order; each band ends one below the next lower bound. */
  private static final int[] LOWER_BOUNDS =
      {0, 1, 3, 6, 10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};

  /** INSEE's codes of the same bands (tranches d'effectifs), in the same order. */
  private static final String[] TRANCHES =
      {"00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"};

  private SizeBands() {
  }

  /** The band notation for a head count, e.g. 0 gives {@code 0-0}, 12 gives {@code 10-19}, 12000 gives {@code 10000+}. */
  public static String bandOf(int employees) {
    return notation(indexOf(employees));
  }

  private static int indexOf(int employees) {
    if (employees < 0) {
      throw new IllegalArgumentException("Invalid employee count: " + employees + " (must be 0 or more)");
    }
    int i = LOWER_BOUNDS.length - 1;
    while (employees < LOWER_BOUNDS[i]) {
      i--;
    }
    return i;
  }

  /** INSEE's size band code (tranche d'effectifs) of a head count, e.g. 12 gives {@code 11}. */
  public static String trancheOf(int employees) {
    return TRANCHES[indexOf(employees)];
  }

  /** All band notations, smallest first. */
  static List<String> all() {
    String[] bands = new String[LOWER_BOUNDS.length];
    for (int i = 0; i < bands.length; i++) {
      bands[i] = notation(i);
    }
    return List.of(bands);
  }

  private static String notation(int i) {
    if (i == LOWER_BOUNDS.length - 1) {
      return LOWER_BOUNDS[i] + "+";
    }
    return LOWER_BOUNDS[i] + "-" + (LOWER_BOUNDS[i + 1] - 1);
  }
}
