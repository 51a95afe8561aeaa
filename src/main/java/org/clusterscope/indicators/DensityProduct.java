package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The two matrix products of relatedness, per year and scheme, with M the specialisation matrix
 * (regions × sectors, 1 where lq ≥ 1) and φ the proximity matrix (sectors × sectors):
 * co-occurrences MᵀM (sector pairs specialised in the same region), and the density numerator
 * Mφ (Σ_q M_rq φ_qs for every region r and sector s).
 *
 * <p>Computed on the driver in dense arrays, like the complexity eigenvectors: both matrices are
 * bounded by regions × sectors (some 1,500 regions at four NUTS levels, 615 NACE classes), and
 * each product is a few hundred million additions, well under a second. As Spark joins of each
 * region's specialised sectors with each other and with all their related sectors, they were as
 * many rows, shuffled and aggregated: most of the indicator stage on an EU register.
 */
final class DensityProduct {
  static final StructType NEAR = new StructType()
      .add("reference_year", DataTypes.IntegerType, false)
      .add("sector_scheme", DataTypes.StringType, false)
      .add("nuts_level", DataTypes.IntegerType, false)
      .add("region_code", DataTypes.StringType, false)
      .add("sector_code", DataTypes.StringType, false)
      .add("proximity_specialised", DataTypes.DoubleType, false);
  static final StructType PAIRS = new StructType()
      .add("reference_year", DataTypes.IntegerType, false)
      .add("sector_scheme", DataTypes.StringType, false)
      .add("sector_a", DataTypes.StringType, false)
      .add("sector_b", DataTypes.StringType, false)
      .add("cooccurrences", DataTypes.LongType, false);

  private DensityProduct() {}

  /**
   * @param specialised (reference_year, sector_scheme, region_code, sector_code) at one level
   * @return (reference_year, sector_scheme, sector_a, sector_b, cooccurrences) for every pair of
   *     sectors specialised in at least one common region, both orders and a = b
   */
  static Dataset<Row> cooccurrences(SparkSession spark, Dataset<Row> specialised) {
    Map<String, Matrix> byScheme = new LinkedHashMap<>();
    Map<List<Object>, List<Integer>> regions = new LinkedHashMap<>();
    for (Row row : specialised.select(col("reference_year"), col("sector_scheme"), col("region_code"),
        col("sector_code")).collectAsList()) {
      Matrix matrix = Matrix.of(byScheme, row.getInt(0), row.getString(1));
      regions.computeIfAbsent(List.of(row.getInt(0), row.getString(1), row.getString(2)), k -> new ArrayList<>())
          .add(matrix.index(row.getString(3)));
    }
    Map<String, long[][]> counts = new HashMap<>();
    byScheme.forEach((key, matrix) -> counts.put(key, new long[matrix.size()][matrix.size()]));
    regions.forEach((region, sectors) -> {
      long[][] c = counts.get(Matrix.key((Integer) region.get(0), (String) region.get(1)));
      for (int a : sectors) {
        for (int b : sectors) {
          c[a][b]++;
        }
      }
    });
    List<Row> rows = new ArrayList<>();
    byScheme.forEach((key, matrix) -> {
      long[][] c = counts.get(key);
      for (int a = 0; a < matrix.size(); a++) {
        for (int b = 0; b < matrix.size(); b++) {
          if (c[a][b] > 0) {
            rows.add(RowFactory.create(matrix.year, matrix.scheme, matrix.sectors.get(a), matrix.sectors.get(b), c[a][b]));
          }
        }
      }
    });
    return spark.createDataFrame(rows, PAIRS);
  }

  /**
   * @param specialised (reference_year, sector_scheme, nuts_level, region_code, q): the sectors
   *     in which each region is specialised, at every level
   * @param related (reference_year, sector_scheme, q, sector_code, proximity)
   * @return (reference_year, sector_scheme, nuts_level, region_code, sector_code,
   *     proximity_specialised) for every sector related to at least one of the region's
   */
  static Dataset<Row> near(SparkSession spark, Dataset<Row> specialised, Dataset<Row> related) {
    Map<String, Matrix> byScheme = new HashMap<>();
    List<Row> proximities = related.select(col("reference_year"), col("sector_scheme"), col("q"),
        col("sector_code"), col("proximity")).filter(col("proximity").isNotNull()).collectAsList();
    for (Row row : proximities) {
      Matrix matrix = Matrix.of(byScheme, row.getInt(0), row.getString(1));
      matrix.index(row.getString(2));
      matrix.index(row.getString(3));
    }
    Map<String, double[][]> phi = new HashMap<>();
    byScheme.forEach((key, matrix) -> phi.put(key, new double[matrix.size()][matrix.size()]));
    for (Row row : proximities) {
      String key = Matrix.key(row.getInt(0), row.getString(1));
      Matrix matrix = byScheme.get(key);
      phi.get(key)[matrix.index(row.getString(2))][matrix.index(row.getString(3))] = row.getDouble(4);
    }
    Map<List<Object>, double[]> sums = new LinkedHashMap<>();
    for (Row row : specialised.select(col("reference_year"), col("sector_scheme"), col("nuts_level"),
        col("region_code"), col("q")).collectAsList()) {
      String key = Matrix.key(row.getInt(0), row.getString(1));
      Matrix matrix = byScheme.get(key);
      Integer q = matrix == null ? null : matrix.indices.get(row.getString(4));
      if (q == null) {
        continue;
      }
      double[] sum = sums.computeIfAbsent(List.of(row.getInt(0), row.getString(1), row.getInt(2), row.getString(3)),
          k -> new double[matrix.size()]);
      double[] near = phi.get(key)[q];
      for (int s = 0; s < sum.length; s++) {
        sum[s] += near[s];
      }
    }
    List<Row> rows = new ArrayList<>();
    sums.forEach((region, sum) -> {
      Matrix matrix = byScheme.get(Matrix.key((Integer) region.get(0), (String) region.get(1)));
      for (int s = 0; s < sum.length; s++) {
        if (sum[s] != 0) {
          rows.add(RowFactory.create(region.get(0), region.get(1), region.get(2), region.get(3), matrix.sectors.get(s), sum[s]));
        }
      }
    });
    return spark.createDataFrame(rows, NEAR);
  }

  /** The sectors of one year and scheme, numbered in order of appearance. */
  private static final class Matrix {
    final int year;
    final String scheme;
    final List<String> sectors = new ArrayList<>();
    final Map<String, Integer> indices = new HashMap<>();

    Matrix(int year, String scheme) {
      this.year = year;
      this.scheme = scheme;
    }

    /** The key of a year and scheme in the maps of matrices. */
    static String key(int year, String scheme) {
      return year + "|" + scheme;
    }

    /** The matrix of a year and scheme, created empty on first use. */
    static Matrix of(Map<String, Matrix> byScheme, int year, String scheme) {
      return byScheme.computeIfAbsent(key(year, scheme), k -> new Matrix(year, scheme));
    }

    int index(String sector) {
      return indices.computeIfAbsent(sector, s -> {
        sectors.add(s);
        return sectors.size() - 1;
      });
    }

    int size() {
      return sectors.size();
    }
  }
}
