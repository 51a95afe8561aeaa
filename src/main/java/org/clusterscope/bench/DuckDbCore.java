package org.clusterscope.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clusterscope.errors.Errors;

/**
 * The core indicators in plain SQL on an in-memory DuckDB over the establishments' Parquet: an
 * independent implementation of the formulas of docs/design.md 4.1 and 4.2, the reference the Spark
 * result is checked against. Krugman is summed over the full region × sector grid, so absent
 * sectors contribute E_s/E explicitly rather than in closed form as in the product.
 */
final class DuckDbCore {
  private DuckDbCore() {}

  static Timed<CoreResult> compute(Path parquetFolder, CoreScope scope) {
    try (Connection duck = connect()) {
      return Timed.of(() -> query(duck, parquetFolder, scope));
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
    }
  }

  private static Connection connect() {
    try {
      return DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw Errors.duckDbUnavailable(e);
    }
  }

  private static CoreResult query(Connection duck, Path parquetFolder, CoreScope scope) {
    try (Statement statement = duck.createStatement()) {
      statement.execute(cellsView(parquetFolder, scope));
      return new CoreResult(
          rows(statement, REGION_SECTOR, List.of("region_code", "sector_code"), CoreResult.SECTOR_COLUMNS),
          rows(statement, REGION_PROFILE, List.of("region_code"), CoreResult.PROFILE_COLUMNS));
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + e.getMessage(), e);
    }
  }

  /** Employment and establishments per region and sector, as the product's cell aggregate. */
  static String cellsView(Path parquetFolder, CoreScope scope) {
    String files = parquetFolder.resolve("*.parquet").toString().replace("'", "''");
    return "CREATE OR REPLACE TEMP VIEW cells AS"
        + " SELECT " + scope.regionColumn() + " AS region_code, " + scope.scheme() + " AS sector_code,"
        + " sum(employees) AS employment, count(*) AS establishments"
        + " FROM read_parquet('" + files + "')"
        + " WHERE NOT extra_regio AND reference_year = " + scope.year() + " AND " + scope.regionColumn() + " IS NOT NULL"
        + " GROUP BY 1, 2";
  }

  private static final String REGION_SECTOR = """
      SELECT region_code, sector_code, employment, establishments,
             employment / nullif(e_s, 0) AS size_share,
             employment / nullif(e_r, 0) AS focus,
             (employment / nullif(e_r, 0)) / nullif(e_s / nullif(e, 0), 0) AS lq
      FROM (SELECT *, sum(employment) OVER (PARTITION BY region_code) AS e_r,
                      sum(employment) OVER (PARTITION BY sector_code) AS e_s,
                      sum(employment) OVER () AS e
            FROM cells)
      """;

  private static final String REGION_PROFILE = """
      WITH regions AS (SELECT region_code, sum(employment) AS e_r, sum(establishments) AS establishments
                       FROM cells GROUP BY region_code),
           sectors AS (SELECT sector_code, sum(employment) AS e_s FROM cells GROUP BY sector_code),
           total AS (SELECT sum(employment) AS e FROM cells),
           grid AS (SELECT r.region_code, r.e_r, r.establishments, s.e_s, t.e,
                           coalesce(c.employment, 0) AS e_rs
                    FROM regions r CROSS JOIN sectors s CROSS JOIN total t
                    LEFT JOIN cells c ON c.region_code = r.region_code AND c.sector_code = s.sector_code)
      SELECT region_code, e_r AS employment, establishments,
             CASE WHEN e_r > 0 THEN sum(abs(e_rs / e_r - e_s / nullif(e, 0))) END AS krugman_index,
             CASE WHEN e_r > 0 THEN sum((e_rs / e_r) * (e_rs / e_r)) END AS herfindahl
      FROM grid GROUP BY region_code, e_r, establishments
      """;

  private static Map<String, Map<String, Double>> rows(Statement statement, String sql, List<String> keys,
      List<String> columns) throws SQLException {
    Map<String, Map<String, Double>> rows = new TreeMap<>();
    try (ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        StringBuilder key = new StringBuilder();
        for (String k : keys) {
          key.append(key.length() == 0 ? "" : "|").append(result.getString(k));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String column : columns) {
          double value = result.getDouble(column);
          values.put(column, result.wasNull() ? null : value);
        }
        rows.put(key.toString(), values);
      }
    }
    return rows;
  }
}
