package org.clusterscope.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The location quotients of one page as a regions × sectors matrix, behind the heat map, the
 * region profiles and the map. Spark groups the cells by region, so the driver receives one row
 * per region (1,166 at NUTS 3) rather than one per cell; the matrix is dense because a region has
 * most sectors of a scheme. {@link #WITHHELD} marks a cell whose lq is not released.
 *
 * @param regions rows, ordered by country and code
 * @param sectors columns, ordered by code
 * @param lq lq rounded to 3 decimals, {@code null} where the region has no cell of the sector
 * @param stars {@code [region, sector, stars]} for every cell with at least one star
 */
record CellMatrix(List<Region> regions, List<Sector> sectors, List<List<Double>> lq, List<int[]> stars) {
  /** The lq of a cell that exists but whose value is withheld or not computable. */
  static final double WITHHELD = -1;

  record Region(String code, String label, String country) {}

  record Sector(String code, String label) {}

  /** @param cells the page's cells (one year, level and scheme) */
  static CellMatrix of(Dataset<Row> cells, Map<String, String> regionLabels) {
    List<Sector> sectors = new ArrayList<>();
    for (Row r : cells.groupBy("sector_code").agg(first("sector_label", true).as("sector_label"))
        .orderBy("sector_code").collectAsList()) {
      sectors.add(new Sector(r.getAs("sector_code"), r.getAs("sector_label")));
    }
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < sectors.size(); i++) {
      column.put(sectors.get(i).code(), i);
    }
    List<Row> byRegion = new ArrayList<>(cells.groupBy("region_code")
        .agg(first("country_code").as("country_code"),
            collect_list(struct(col("sector_code"), round(col("lq"), 3).as("lq"), col("stars"))).as("cells"))
        .collectAsList());
    byRegion.sort(Comparator.comparing((Row r) -> r.<String>getAs("country_code"))
        .thenComparing(r -> r.<String>getAs("region_code")));
    List<Region> regions = new ArrayList<>();
    List<List<Double>> lq = new ArrayList<>();
    List<int[]> stars = new ArrayList<>();
    for (Row r : byRegion) {
      String code = r.getAs("region_code");
      regions.add(new Region(code, regionLabels.getOrDefault(code, ""), r.getAs("country_code")));
      Double[] values = new Double[sectors.size()];
      for (Row cell : r.<Row>getList(r.fieldIndex("cells"))) {
        int s = column.get(cell.<String>getAs("sector_code"));
        Double value = cell.getAs("lq");
        values[s] = value == null ? WITHHELD : value;
        Integer n = cell.getAs("stars");
        if (n != null && n > 0) {
          stars.add(new int[] {regions.size() - 1, s, n});
        }
      }
      lq.add(Arrays.asList(values));
    }
    return new CellMatrix(regions, sectors, lq, stars);
  }

  /** The countries of the regions, in the order of the rows. */
  List<String> countries() {
    return regions.stream().map(Region::country).distinct().toList();
  }
}
