package org.clusterscope.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The compared values of one engine's result, in driver memory: region_sector rows keyed by
 * "region_code|sector_code" and region_profile rows keyed by region_code, each a map of column to
 * value (NULL kept as null). Its size is bounded by regions × sectors of one level and scheme.
 */
public record CoreResult(Map<String, Map<String, Double>> regionSector, Map<String, Map<String, Double>> regionProfile) {
  /** The region_sector columns compared (docs/design.md 4.1). */
  public static final List<String> SECTOR_COLUMNS = List.of("employment", "establishments", "size_share", "focus", "lq");
  /** The region_profile columns compared (docs/design.md 4.2). */
  public static final List<String> PROFILE_COLUMNS = List.of("employment", "establishments", "krugman_index", "herfindahl");

  public CoreResult {
    regionSector = Collections.unmodifiableMap(new TreeMap<>(regionSector));
    regionProfile = Collections.unmodifiableMap(new TreeMap<>(regionProfile));
  }

  /** Collects the compared columns of region_sector and region_profile rows of one scope. */
  static CoreResult collect(Dataset<Row> regionSector, Dataset<Row> regionProfile) {
    List<String> sector = new ArrayList<>(List.of("region_code", "sector_code"));
    sector.addAll(SECTOR_COLUMNS);
    List<String> profile = new ArrayList<>(List.of("region_code"));
    profile.addAll(PROFILE_COLUMNS);
    return fromRows(regionSector.selectExpr(sector.toArray(String[]::new)).collectAsList(),
        regionProfile.selectExpr(profile.toArray(String[]::new)).collectAsList());
  }

  /** From Spark rows holding region_code, sector_code (sector rows only) and the compared columns. */
  static CoreResult fromRows(List<Row> sectorRows, List<Row> profileRows) {
    Map<String, Map<String, Double>> sectors = new TreeMap<>();
    for (Row row : sectorRows) {
      sectors.put(row.getAs("region_code") + "|" + row.getAs("sector_code"), values(row, SECTOR_COLUMNS));
    }
    Map<String, Map<String, Double>> profiles = new TreeMap<>();
    for (Row row : profileRows) {
      profiles.put(row.getAs("region_code"), values(row, PROFILE_COLUMNS));
    }
    return new CoreResult(sectors, profiles);
  }

  /** A copy with one value replaced (for tests that check a disagreement is found). */
  public CoreResult withSectorValue(String key, String column, Double value) {
    Map<String, Map<String, Double>> sectors = new TreeMap<>(regionSector);
    Map<String, Double> row = new LinkedHashMap<>(sectors.get(key));
    row.put(column, value);
    sectors.put(key, row);
    return new CoreResult(sectors, regionProfile);
  }

  private static Map<String, Double> values(Row row, List<String> columns) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String column : columns) {
      Object value = row.getAs(column);
      values.put(column, value == null ? null : ((Number) value).doubleValue());
    }
    return values;
  }
}
