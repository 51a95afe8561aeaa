package org.clusterscope.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reference case M2 of shared/reference-cases/README.md (the EconGeo documentation example):
 * five regions × five sectors, cells = employment, one establishment per non-zero cell. It runs
 * once per JVM with the other reference cases of its configuration ({@link ReferenceCases#run}).
 */
public final class CaseM2 {
  public static final String[] REGIONS = {"DK011", "DK012", "DK013", "DK014", "DK021"};
  public static final String[] SECTORS = {"10.11", "20.11", "26.11", "29.10", "62.01"};
  public static final int YEAR = 2023;

  /** Regions × sectors, cells = employment. */
  public static final double[][] MATRIX = {
      {100, 0, 0, 0, 0},
      {0, 15, 5, 70, 10},
      {0, 20, 10, 20, 50},
      {0, 25, 30, 5, 40},
      {0, 40, 55, 5, 0}};

  private CaseM2() {
  }

  /** One establishment (and enterprise) per non-zero cell of {@code matrix}, in the case's regions and sectors. */
  public static String[] records(double[][] matrix, int year) {
    List<String> records = new ArrayList<>();
    for (int r = 0; r < matrix.length; r++) {
      for (int s = 0; s < matrix[r].length; s++) {
        if (matrix[r][s] > 0) {
          records.add(record("E" + r + "_" + s, REGIONS[r], SECTORS[s], (long) matrix[r][s], year));
        }
      }
    }
    return records.toArray(String[]::new);
  }

  /** A register-csv record of an active establishment that is its own enterprise. */
  public static String record(String id, String region, String nace, long employees, int year) {
    return id + "," + id + "," + region + "," + nace + "," + employees + ",," + year + ",active";
  }
}
