package org.clusterscope.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * The key columns of the gold tables and of the scopes their indicators are computed over, each
 * listed once: the stages group, join and partition windows by these, so a table's grain cannot
 * drift between the code that computes a column and the code that joins it back. The order of the
 * columns is the order of the table.
 */
public record Grain(List<String> columns) {
  /** One reference year, NUTS level and sector scheme: what every share and quantile is taken within. */
  public static final Grain SCOPE = of("reference_year", "nuts_level", "sector_scheme");
  /** One region of a level in one year, whatever the scheme. */
  public static final Grain REGION = of("reference_year", "nuts_level", "region_code");
  /** {@code region_sector}: one cell. */
  public static final Grain CELL = of("reference_year", "nuts_level", "region_code", "sector_scheme", "sector_code");
  /** {@code region_profile}: one region in one scheme. */
  public static final Grain REGION_PROFILE = of("reference_year", "nuts_level", "region_code", "sector_scheme");
  /** {@code sector_profile}: one sector of a scheme at one level; also the sector of a cross-border cluster. */
  public static final Grain SECTOR_PROFILE = of("reference_year", "nuts_level", "sector_scheme", "sector_code");
  /** {@code region_technology}: one region and WIPO technology field. */
  public static final Grain REGION_TECHNOLOGY = of("reference_year", "nuts_level", "region_code", "tech_field");
  /** {@code region_links}: one pair of regions (region_a < region_b) in one source. */
  public static final Grain REGION_LINKS = of("reference_year", "nuts_level", "source", "region_a", "region_b");
  /** {@code region_openness}: one region and sector (or {@code all}) in one source. */
  public static final Grain REGION_OPENNESS =
      of("reference_year", "nuts_level", "source", "region_code", "sector_scheme", "sector_code");
  /** The sector pairs of one source and scheme in one year, which {@code sector_links} normalises together. */
  public static final Grain SECTOR_LINKS_SCOPE = of("reference_year", "source", "sector_scheme");
  /** {@code sector_links}: one pair of sectors (sector_a < sector_b). */
  public static final Grain SECTOR_LINKS = SECTOR_LINKS_SCOPE.with("sector_a", "sector_b");
  /** {@code cross_border_clusters}: one sector clustered in both regions of a cross-border pair. */
  public static final Grain CROSS_BORDER_CLUSTERS = SECTOR_PROFILE.with("region_a", "region_b");

  public Grain {
    columns = List.copyOf(columns);
  }

  private static Grain of(String... columns) {
    return new Grain(List.of(columns));
  }

  /** This grain followed by more columns, say a sector within a scope. */
  public Grain with(String... more) {
    List<String> all = new ArrayList<>(columns);
    all.addAll(List.of(more));
    return new Grain(all);
  }

  /** The column names, for joins and {@code groupBy(String, String...)}. */
  public String[] names() {
    return columns.toArray(String[]::new);
  }

  /** The columns, for {@code groupBy(Column...)} and window partitions. */
  public Column[] cols() {
    return columns.stream().map(functions::col).toArray(Column[]::new);
  }
}
