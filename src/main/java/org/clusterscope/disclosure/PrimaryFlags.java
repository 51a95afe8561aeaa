package org.clusterscope.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the primary rules decided for one year, read from gold: per released cell whether it is
 * confidential and whether a single enterprise contributes (the singleton problem). Gold keeps the
 * reason ({@code confidentiality}); anything but {@code free} is primary.
 */
final class PrimaryFlags {
  /** A cell's flags. */
  record Flag(boolean primary, boolean singleton) {}

  private final Map<CellKey, Flag> flags;

  private PrimaryFlags(Map<CellKey, Flag> flags) {
    this.flags = flags;
  }

  /** Every cell gold has a row or a total for: region_sector cells and the totals. */
  java.util.Set<CellKey> cells() {
    return flags.keySet();
  }

  Flag of(CellKey key) {
    return flags.getOrDefault(key, new Flag(false, false));
  }

  static PrimaryFlags read(Dataset<Row> regionSector, Dataset<Row> regionProfile, Dataset<Row> sectorProfile) {
    Map<CellKey, Flag> flags = new HashMap<>();
    for (Row r : select(regionSector, col("region_code"), col("sector_scheme"), col("sector_code"), "confidentiality")) {
      CellKey key = new CellKey(r.getInt(0), r.getString(1), r.getString(2), r.getString(3));
      flags.put(key, flag(r));
    }
    for (Row r : select(regionProfile, col("region_code"), lit(CellKey.TOTAL), lit(CellKey.TOTAL), "confidentiality")) {
      flags.put(new CellKey(r.getInt(0), r.getString(1), r.getString(2), r.getString(3)), flag(r));
    }
    for (Row r : select(sectorProfile, lit(CellKey.TOTAL), col("sector_scheme"), col("sector_code"), "confidentiality")) {
      flags.put(new CellKey(r.getInt(0), r.getString(1), r.getString(2), r.getString(3)), flag(r));
    }
    for (Row r : select(sectorProfile, lit(CellKey.TOTAL), lit(CellKey.TOTAL), lit(CellKey.TOTAL), "total_confidentiality")) {
      flags.put(new CellKey(r.getInt(0), r.getString(1), r.getString(2), r.getString(3)), flag(r));
    }
    return new PrimaryFlags(flags);
  }

  /**
   * Level, the three key columns, the flag column and contributors; a table without the flag
   * column (written before the primary rules covered totals) gives every cell free.
   */
  private static List<Row> select(Dataset<Row> table, org.apache.spark.sql.Column region,
      org.apache.spark.sql.Column scheme, org.apache.spark.sql.Column sector, String flag) {
    List<String> columns = List.of(table.columns());
    return table.select(col("nuts_level"), region.cast("string"), scheme.cast("string"), sector.cast("string"),
            columns.contains(flag) ? col(flag) : lit("free"),
            columns.contains("contributors") && !flag.equals("total_confidentiality")
                ? col("contributors") : lit(null).cast("long"))
        .distinct().collectAsList();
  }

  private static Flag flag(Row r) {
    boolean primary = !r.isNullAt(4) && !"free".equals(r.getString(4));
    boolean singleton = primary && !r.isNullAt(5) && ((Number) r.get(5)).longValue() == 1;
    return new Flag(primary, singleton);
  }
}
