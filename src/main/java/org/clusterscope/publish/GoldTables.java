package org.clusterscope.publish;

import static org.clusterscope.publish.ColumnSpec.of;

import java.util.List;
import org.clusterscope.config.CatalogSettings.Layer;

/** Gold (reporting) tables of docs/design.md section 4. Names and columns are a public contract. */
public final class GoldTables {
  private GoldTables() {}

  private static final String CODES = "free, primary_frequency, primary_dominance or primary_p_percent";

  private static final String CELL_CONFIDENTIALITY = "Primary status of the cell, the first rule that holds:"
      + " confidential_in_source (SBS cell flagged c), primary_frequency (fewer contributing enterprises than"
      + " indicators.confidentiality.min-contributors), primary_dominance (for a pair (n, k) of"
      + " indicators.confidentiality.dominance the n largest enterprises hold more than k % of the employment),"
      + " primary_p_percent (employment less the two largest enterprises below p % of the largest), else free."
      + " A cell that is not free is never released as it is (cs_pub)";

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
          of("patents", "DOUBLE", "Fractional patent count attributed to the sector through the IPC-NACE concordance (division level; a custom category gets the fraction of each division's classes it holds). NULL for years without patent data and for nace_class"),
          of("patents_per_10k_employees", "DOUBLE", "patents per 10,000 employees (NULL below indicators.patent-intensity-min-employment employees, default 100, for years without patent data and for nace_class)"),
          of("relatedness_density", "DOUBLE", "Share of the sector's related sectors (co-location proximity at the configured NUTS level) in which the region is specialised: sum of M_rq phi_qs / sum of phi_qs, M_rq = 1 where lq >= 1"),
          of("confidentiality", "STRING", CELL_CONFIDENTIALITY),
          of("source", "STRING", "Name of the configured source that fed the cell's employment (one source per country and year)"),
          of("growth_break", "BOOLEAN", "True where employment_growth_1y compares years fed by different sources (a break in series: the change of source shows as growth); NULL without growth"),
          of("cagr_5y_break", "BOOLEAN", "True where employment_cagr_5y compares years fed by different sources (a break in series); NULL without a CAGR"),
          of("contributors", "BIGINT", "Contributing enterprises of the cell, each counted once whatever its establishments (internal: not released); NULL for SBS cells")),
      List.of("reference_year"));

  public static final TableSpec REGION_PROFILE = new TableSpec(
      Layer.GOLD, "region_profile",
      "Economic structure of each region: specialisation (Krugman, Hoover), concentration"
          + " (Herfindahl), diversity (entropy, related and unrelated variety), average location"
          + " quotient and Hachman index, and its clusters. One row per reference year, NUTS level,"
          + " region and sector scheme. Ratios whose denominator is 0 are NULL.",
      List.of(
          of("reference_year", "INT", "Reference year"),
          of("nuts_level", "INT", "NUTS level of region_code"),
          of("region_code", "STRING", "NUTS code of the region"),
          of("sector_scheme", "STRING", "Sector classification the measures are computed over"),
          of("country_code", "STRING", "Country code of the region"),
          of("employment", "DOUBLE", "E_r: employment of the region"),
          of("establishments", "BIGINT", "Active establishments in the region"),
          of("sectors_present", "BIGINT", "Sectors of the scheme with employment in the region"),
          of("krugman_index", "DOUBLE", "Krugman specialisation index: sum over every sector of |E_rs/E_r - E_s/E|; 0 = same structure as the whole area, 2 = no sector in common"),
          of("hoover_specialisation", "DOUBLE", "Hoover specialisation: half the Krugman index (0 to 1)"),
          of("herfindahl", "DOUBLE", "Herfindahl index of the sector shares of the region: sum of (E_rs/E_r)^2"),
          of("entropy", "DOUBLE", "Shannon entropy of the sector shares, log base 2 (0 log 0 = 0); higher = more diversified"),
          of("lq_avg", "DOUBLE", "Employment-weighted average location quotient: sum of lq_rs * E_rs/E_r"),
          of("hachman", "DOUBLE", "Hachman index 1 / lq_avg: 1 = same structure as the whole area, towards 0 = specialised"),
          of("specialised_sectors", "BIGINT", "Sectors with lq >= 1"),
          of("stars_total", "BIGINT", "Sum of the cluster stars of the region's sectors"),
          of("strong_clusters", "BIGINT", "Number of strong clusters (U.S. Cluster Mapping rule)"),
          of("strong_cluster_employment_share", "DOUBLE", "Share of the region's employment in strong clusters"),
          of("unrelated_variety", "DOUBLE", "Entropy of NACE division shares (Frenken et al. 2007, log2); the same for every scheme"),
          of("related_variety", "DOUBLE", "Weighted entropy of NACE class shares within divisions (Frenken et al. 2007, log2); the same for every scheme"),
          of("eci", "DOUBLE", "Economic complexity index (Harvard Growth Lab convention, M from lq >= 1, z-scored); NULL when the region-sector network is disconnected or has fewer than two regions"),
          of("patents", "DOUBLE", "Fractional patent applications of the region: sum of inventor weights inv_share * reg_share (NULL for years without patent data)"),
          of("patents_per_10k_employees", "DOUBLE", "patents per 10,000 employees (NULL below indicators.patent-intensity-min-employment employees, default 100)"),
          of("confidentiality", "STRING", "Primary status of the region's total over all sectors (employment and establishments), by the rules of region_sector.confidentiality: " + CODES + "; free for a region fed by SBS"),
          of("contributors", "BIGINT", "Contributing enterprises of the region's total, each counted once however many sectors it is in (internal: not released); NULL for a region fed by SBS")),
      List.of("reference_year"));

  public static final TableSpec SECTOR_PROFILE = new TableSpec(
      Layer.GOLD, "sector_profile",
      "Geographic concentration of each sector: Herfindahl and Krugman concentration across regions,"
          + " locational Gini, plant Herfindahl, Ellison-Glaeser and Maurel-Sedillot agglomeration"
          + " indices. One row per reference year, NUTS level, sector scheme and sector.",
      List.of(
          of("reference_year", "INT", "Reference year"),
          of("nuts_level", "INT", "NUTS level of the regions the measures are computed over"),
          of("sector_scheme", "STRING", "Sector classification"),
          of("sector_code", "STRING", "Sector code within the scheme"),
          of("sector_label", "STRING", "Sector name"),
          of("employment", "DOUBLE", "E_s: employment of the sector in all regions at this level"),
          of("establishments", "BIGINT", "Active establishments of the sector"),
          of("regions_present", "BIGINT", "Regions with employment in the sector"),
          of("herfindahl_regions", "DOUBLE", "Herfindahl index of the regional shares of the sector: sum of (E_rs/E_s)^2"),
          of("krugman_concentration", "DOUBLE", "Krugman concentration: sum over every region of |E_rs/E_s - E_r/E|"),
          of("locational_gini", "DOUBLE", "Locational Gini (EconGeo): Gini of the sector's regional distribution against total employment, regions ordered by E_rs/E_r, divided by 2 (0 to 0.5)"),
          of("plant_herfindahl", "DOUBLE", "Herfindahl index of establishment sizes: sum over establishments of (e_k/E_s)^2"),
          of("ellison_glaeser", "DOUBLE", "Ellison-Glaeser agglomeration index [G - (1 - sum x_r^2) H] / [(1 - sum x_r^2)(1 - H)], x_r = E_r/E, H = plant_herfindahl; about 0 = random location"),
          of("maurel_sedillot", "DOUBLE", "Maurel-Sedillot agglomeration index (G_MS - H)/(1 - H), G_MS = (sum s_r^2 - sum x_r^2)/(1 - sum x_r^2)"),
          of("strong_clusters", "BIGINT", "Regions where the sector is a strong cluster"),
          of("pci", "DOUBLE", "Sector complexity index: mean ECI eigenvector over the regions specialised in the sector, z-scored; NULL where ECI is"),
          of("confidentiality", "STRING", "Primary status of the sector's total over all regions of the level, by the rules of region_sector.confidentiality, on the establishments' enterprises: " + CODES + "; free where SBS alone feeds it"),
          of("contributors", "BIGINT", "Contributing enterprises of the sector's total, each counted once however many regions it is in (internal: not released); NULL where SBS alone feeds it"),
          of("total_confidentiality", "STRING", "Primary status of the grand total of the level (all regions and sectors), the same on every row of the level (internal: not released)")),
      List.of("reference_year"));

  public static final TableSpec REGION_TECHNOLOGY = new TableSpec(
      Layer.GOLD, "region_technology",
      "Patent applications per region and WIPO technology field, counted fractionally (OECD rules:"
          + " inventor weight inv_share * reg_share, split equally over the application's fields) and"
          + " whole, with the revealed technological advantage. One row per reference year (priority"
          + " year), NUTS level, region and technology field with patents. Ratios whose denominator is 0 are NULL.",
      List.of(
          of("reference_year", "INT", "Reference year: priority year of the applications (or application year, see the regpat source options)"),
          of("nuts_level", "INT", "NUTS level of region_code"),
          of("region_code", "STRING", "NUTS code of the region (inventor address)"),
          of("country_code", "STRING", "Country code of the region"),
          of("tech_field", "INT", "WIPO technology field (1-35, Schmoch 2008)"),
          of("tech_field_label", "STRING", "Name of the technology field"),
          of("tech_sector", "STRING", "WIPO technology sector of the field (Electrical engineering, Instruments, Chemistry, Mechanical engineering, Other fields)"),
          of("patents", "DOUBLE", "Fractional count P_rt: sum over inventors in the region of inv_share * reg_share / (number of distinct fields of the application)"),
          of("patents_whole", "BIGINT", "Applications with at least one inventor in the region and a code in the field"),
          of("share_of_region", "DOUBLE", "P_rt / P_r: the field's share of the region's patents"),
          of("rta", "DOUBLE", "Revealed technological advantage (P_rt/P_r)/(P_t/P); above 1 = specialised"),
          of("rta_symmetric", "DOUBLE", "(rta - 1)/(rta + 1), from -1 to 1; above 0 = specialised")),
      List.of("reference_year"));

  public static final TableSpec REGION_LINKS = new TableSpec(
      Layer.GOLD, "region_links",
      "Links between two regions through co-invention (inventors of one patent application) or"
          + " research collaboration (organisations of one project). One row per reference year,"
          + " NUTS level, source and unordered region pair (region_a < region_b). Each activity's"
          + " pairs of distinct participants weigh 1/C(n,2), so an activity sums to 1 however large.",
      List.of(
          of("reference_year", "INT", "Reference year (priority year of the application; start year of the project)"),
          of("nuts_level", "INT", "NUTS level of the regions"),
          of("source", "STRING", "co_invention (REGPAT inventors) or research (CORDIS participations)"),
          of("region_a", "STRING", "First region of the pair (the smaller code); at level 0 a country code, also for countries outside NUTS"),
          of("region_b", "STRING", "Second region of the pair"),
          of("country_a", "STRING", "Country of region_a"),
          of("country_b", "STRING", "Country of region_b"),
          of("cross_border", "BOOLEAN", "True when the regions are in different countries"),
          of("links", "BIGINT", "Activities (applications, projects) with a pair of distinct participants, one in each region (one person with an address in each is no link)"),
          of("weight", "DOUBLE", "Sum over those activities of (n_a * n_b - sum_p w_pa * w_pb) / C(n, 2): the share of each activity's pairs of distinct participants that join a and b; above 0 for every link")),
      List.of("reference_year"));

  public static final TableSpec REGION_OPENNESS = new TableSpec(
      Layer.GOLD, "region_openness",
      "How open each region (and each region's sector) is: its activities with partners elsewhere and"
          + " abroad, and the weight of its external versus internal participant pairs. 1 - openness is"
          + " the cluster's self-sufficiency. Region totals have sector_scheme = sector_code = 'all'.",
      List.of(
          of("reference_year", "INT", "Reference year"),
          of("nuts_level", "INT", "NUTS level of region_code"),
          of("source", "STRING", "co_invention or research"),
          of("region_code", "STRING", "NUTS code of the region"),
          of("sector_scheme", "STRING", "all, nace_section, nace_division or a custom scheme (patents attributed through the IPC-NACE concordance; custom categories through their divisions)"),
          of("sector_code", "STRING", "all, or the sector"),
          of("country_code", "STRING", "Country of the region"),
          of("activities", "DOUBLE", "Activities with at least one participant in the region (whole count; for a sector, weighted by the activity's share of the sector)"),
          of("collaborative", "DOUBLE", "Of those, activities with at least 2 participants"),
          of("with_other_region", "DOUBLE", "Of those, activities with another participant in another region or country"),
          of("with_foreign", "DOUBLE", "Of those, activities with another participant in another country"),
          of("cross_region_share", "DOUBLE", "with_other_region / activities"),
          of("cross_border_share", "DOUBLE", "with_foreign / activities (the OECD co-invention share, at regional level)"),
          of("internal_weight", "DOUBLE", "Sum over activities of (n_r^2 - sum_p w_pr^2) / 2 / C(n, 2): pairs of distinct participants inside the region"),
          of("external_weight", "DOUBLE", "Sum over activities of (n_r (n_located - n_r) - sum_p w_pr (W_p,located - w_pr)) / C(n, 2): pairs with one end in the region and the other in another region at this level"),
          of("openness", "DOUBLE", "external_weight / (internal_weight + external_weight); 1 - openness is the self-sufficiency"),
          of("foreign_weight", "DOUBLE", "Sum over activities of (n_r (n - n_country) - sum_p w_pr W_p,abroad) / C(n, 2): pairs with the other end abroad"),
          of("partner_regions", "BIGINT", "Distinct other regions (at this level) sharing an activity with the region"),
          of("partner_countries", "BIGINT", "Distinct foreign countries sharing an activity with the region"),
          of("research_partner_share", "DOUBLE", "research only: share of the region's company (PRC) participations in projects with a university (HES) or research organisation (REC) partner")),
      List.of("reference_year"));

  public static final TableSpec SECTOR_LINKS = new TableSpec(
      Layer.GOLD, "sector_links",
      "Relatedness between two sectors: how often they are combined in one patent application"
          + " (co_classification) or are both specialisations of one region (co_location), with the"
          + " normalisations of van Eck and Waltman (2009) as in EconGeo relatedness(). One row per"
          + " reference year, source, sector scheme and unordered sector pair (sector_a < sector_b).",
      List.of(
          of("reference_year", "INT", "Reference year"),
          of("source", "STRING", "co_classification (IPC codes of one application) or co_location (lq >= 1 in one region)"),
          of("sector_scheme", "STRING", "Sector classification"),
          of("sector_a", "STRING", "First sector (the smaller code)"),
          of("sector_b", "STRING", "Second sector"),
          of("cooccurrences", "BIGINT", "c_ab: applications with both sectors, or regions specialised in both"),
          of("association", "DOUBLE", "Association strength c_ab T / (s_a s_b), s the row sums without the diagonal, T their total; above 1 = more often together than by chance"),
          of("cosine", "DOUBLE", "c_ab / sqrt(s_a s_b)"),
          of("jaccard", "DOUBLE", "c_ab / (s_a + s_b - c_ab)"),
          of("probabilistic", "DOUBLE", "EconGeo probability index c_ab / ([s_a/T * s_b/(T - s_a) + s_b/T * s_a/(T - s_b)] T/2); above 1 = related"),
          of("proximity", "DOUBLE", "co_location only: c_ab / max(u_a, u_b), u the number of regions specialised in the sector (Hidalgo et al. 2007); serves relatedness_density")),
      List.of("reference_year"));

  public static final TableSpec CROSS_BORDER_CLUSTERS = new TableSpec(
      Layer.GOLD, "cross_border_clusters",
      "Pairs of regions in different countries where the sector is a cluster on both sides (stars or"
          + " strong_cluster, configurable) and the regions are linked by co-invention or research."
          + " One row per reference year, NUTS level, sector scheme, sector and region pair.",
      List.of(
          of("reference_year", "INT", "Reference year"),
          of("nuts_level", "INT", "NUTS level of the regions"),
          of("sector_scheme", "STRING", "Sector classification"),
          of("sector_code", "STRING", "Sector that is a cluster in both regions"),
          of("region_a", "STRING", "First region (the smaller code)"),
          of("region_b", "STRING", "Second region"),
          of("country_a", "STRING", "Country of region_a"),
          of("country_b", "STRING", "Country of region_b"),
          of("stars_a", "INT", "Stars of the sector in region_a"),
          of("stars_b", "INT", "Stars of the sector in region_b"),
          of("lq_a", "DOUBLE", "Location quotient of the sector in region_a"),
          of("lq_b", "DOUBLE", "Location quotient of the sector in region_b"),
          of("employment_a", "DOUBLE", "Employment of the sector in region_a"),
          of("employment_b", "DOUBLE", "Employment of the sector in region_b"),
          of("links", "BIGINT", "Activities of any source joining the two regions"),
          of("weight", "DOUBLE", "Sum of the pair weights of region_links over the sources")),
      List.of("reference_year"));
}
