package org.clusterscope.publish;

import static org.clusterscope.publish.ColumnSpec.of;

import java.util.List;
import org.clusterscope.config.CatalogSettings.Layer;

/** Gold (reporting) tables of DESIGN section 4. Names and columns are a public contract. */
public final class GoldTables {
  private GoldTables() {}

  public static final TableSpec REGION_SECTOR = new TableSpec(
      Layer.GOLD, "region_sector",
      "Cluster indicators per region and sector: size, specialisation (location quotient), focus,"
          + " European Cluster Observatory stars and U.S. Cluster Mapping strong clusters. One row per"
          + " reference year, NUTS level, region, sector scheme and sector with at least one"
          + " establishment. Extra-regio establishments are excluded. Ratios whose denominator is 0"
          + " are NULL.",
      List.of(
          of("reference_year", "INT", "Reference year"),
          of("nuts_level", "INT", "NUTS level of region_code (0 = country, 3 = small region)"),
          of("region_code", "STRING", "NUTS code of the region"),
          of("country_code", "STRING", "Country code of the region"),
          of("sector_scheme", "STRING", "Sector classification: nace_section, nace_division, nace_class or a custom cluster scheme"),
          of("sector_code", "STRING", "Sector code within the scheme (other = not in any category of a custom scheme)"),
          of("sector_label", "STRING", "Sector name"),
          of("employment", "DOUBLE", "E_rs: employment of the sector in the region"),
          of("establishments", "BIGINT", "Number of active establishments of the sector in the region"),
          of("avg_establishment_size", "DOUBLE", "employment / establishments"),
          of("region_employment", "DOUBLE", "E_r: employment of the region, all sectors of the scheme"),
          of("sector_employment", "DOUBLE", "E_s: employment of the sector, all regions at this level"),
          of("total_employment", "DOUBLE", "E: employment of all regions and sectors at this level"),
          of("size_share", "DOUBLE", "E_rs / E_s: the region's share of the sector"),
          of("focus", "DOUBLE", "E_rs / E_r: the sector's share of the region"),
          of("lq", "DOUBLE", "Location quotient (E_rs/E_r)/(E_s/E); above 1 means more specialised than the whole area"),
          of("lq_national", "DOUBLE", "Location quotient against the region's own country: (E_rs/E_r)/(E_cs/E_c)"),
          of("size_star", "BOOLEAN", "size_share at or above the configured quantile (default 0.90) of size_share over regions with employment in the sector"),
          of("specialisation_star", "BOOLEAN", "lq at or above the configured threshold (default 2)"),
          of("focus_star", "BOOLEAN", "focus at or above the configured quantile (default 0.90) of focus over regions with employment in the sector"),
          of("stars", "INT", "Number of stars, 0 to 3 (European Cluster Observatory)"),
          of("strong_cluster", "BOOLEAN", "U.S. Cluster Mapping rule: lq >= Q75(lq), lq >= 1, employment > Q25(employment), establishments > Q25(establishments)"),
          of("employment_growth_1y", "DOUBLE", "E_t / E_(t-1) - 1; NULL without a cell in the previous year"),
          of("employment_cagr_5y", "DOUBLE", "(E_t / E_(t-5))^(1/5) - 1; NULL without a cell five years earlier"),
          of("patents", "DOUBLE", "Fractional patent count attributed to the sector (NULL until patent data is ingested)"),
          of("patents_per_10k_employees", "DOUBLE", "patents per 10,000 employees (NULL until patent data is ingested)"),
          of("relatedness_density", "DOUBLE", "Share of the sector's related sectors in which the region is specialised (NULL until sector relatedness is computed)"),
          of("confidentiality", "STRING", "free, primary_frequency (fewer contributing enterprises than the threshold) or primary_dominance (one enterprise above the dominance share); confidential cells must not be published as such")),
      List.of("reference_year"));
}
