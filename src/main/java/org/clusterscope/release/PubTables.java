package org.clusterscope.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.publish.ColumnSpec;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.TableSpec;

/**
 * The released tables of docs/design.md section 7, database {@code cs_pub}: each is its gold table
 * with the same name, grain, partitioning and column names, less the internal columns, plus the
 * SDMX status columns. The specs are derived from {@link GoldTables} so that a column gold gains
 * appears here too; the BI contract is then the gold comments plus what these add.
 */
public final class PubTables {
  private PubTables() {}

  /**
   * Gold columns that stay in the house: the primary-rule reason and the contributor counts
   * behind it tell more about a cell than its value (a count of 1 names a single enterprise).
   */
  static final Set<String> INTERNAL = Set.of("confidentiality", "contributors", "total_confidentiality");

  public static final String OBS_STATUS = "obs_status";
  public static final String CONF_STATUS = "conf_status";

  private static final String RELEASE_NOTE = " Released layer: values that could reveal a confidential"
      + " cell are NULL (conf_status says why; docs/disclosure.md gives the rule of each column).";

  private static final String CELL_STATUS = "Confidentiality of the cell (SDMX CONF_STATUS): F free, C"
      + " confidential by a primary rule (too few enterprises, or a few dominating), D suppressed to"
      + " protect another cell, N no status known (not published)";
  private static final String ROW_STATUS = "Confidentiality of the row (SDMX CONF_STATUS): F every value"
      + " released; otherwise the strongest reason among the values set to NULL: C a primary confidential"
      + " cell, D a cell suppressed to protect another, N a cell without a known status";
  private static final String PUBLIC_STATUS =
      "Confidentiality of the row (SDMX CONF_STATUS): always F, the sources are public";
  private static final String GROWTH_BREAK = "Observation status (SDMX OBS_STATUS): b break in series where a"
      + " released employment_growth_1y or employment_cagr_5y compares years fed by different sources"
      + " (growth_break, cagr_5y_break true); empty otherwise";
  private static final String NO_BREAK =
      "Observation status (SDMX OBS_STATUS): empty; kept for the same layout as region_sector";

  public static final TableSpec REGION_SECTOR = released(GoldTables.REGION_SECTOR,
      " Every value of a cell whose conf_status is not F is NULL; in a free cell, a ratio or total is"
          + " NULL where it would reveal a suppressed total, and growth where the earlier year's cell was"
          + " suppressed.", GROWTH_BREAK, CELL_STATUS);

  public static final TableSpec REGION_PROFILE = released(GoldTables.REGION_PROFILE,
      " employment and establishments follow the status of the region's total; an index computed from"
          + " cells is NULL unless every cell and total it reads is free.", NO_BREAK, ROW_STATUS);

  public static final TableSpec SECTOR_PROFILE = released(GoldTables.SECTOR_PROFILE,
      " employment and establishments follow the status of the sector's total; a concentration index"
          + " is NULL unless every cell of the sector at this level, and every total it reads, is free.",
      NO_BREAK, ROW_STATUS);

  public static final TableSpec REGION_TECHNOLOGY = released(GoldTables.REGION_TECHNOLOGY,
      " Patent data are public (OECD REGPAT): every row is released as in gold.", NO_BREAK, PUBLIC_STATUS);

  public static final TableSpec REGION_LINKS = released(GoldTables.REGION_LINKS,
      " Patent and research-project data are public (REGPAT, CORDIS): every row is released as in gold.",
      NO_BREAK, PUBLIC_STATUS);

  public static final TableSpec REGION_OPENNESS = released(GoldTables.REGION_OPENNESS,
      " Patent and research-project data are public (REGPAT, CORDIS): every row is released as in gold.",
      NO_BREAK, PUBLIC_STATUS);

  public static final TableSpec SECTOR_LINKS = released(GoldTables.SECTOR_LINKS,
      " Released as in gold: co_classification comes from public patent data; co_location counts"
          + " regions whose location quotients are at least 1, which states no employment value.",
      NO_BREAK, PUBLIC_STATUS);

  public static final TableSpec CROSS_BORDER_CLUSTERS = released(GoldTables.CROSS_BORDER_CLUSTERS,
      " A pair is listed only where the sector's cells of both regions are free (the row itself says"
          + " both are clusters); lq_a and lq_b are NULL where a total they read is suppressed.",
      NO_BREAK, ROW_STATUS);

  /** The gold tables that are released, in the order of {@link #ALL}: what the publish stage reads. */
  public static final List<TableSpec> GOLD = List.of(GoldTables.REGION_SECTOR, GoldTables.REGION_PROFILE,
      GoldTables.SECTOR_PROFILE, GoldTables.REGION_TECHNOLOGY, GoldTables.REGION_LINKS, GoldTables.REGION_OPENNESS,
      GoldTables.SECTOR_LINKS, GoldTables.CROSS_BORDER_CLUSTERS);

  /** Every released table, in the order of docs/design.md section 4. */
  public static final List<TableSpec> ALL = List.of(REGION_SECTOR, REGION_PROFILE, SECTOR_PROFILE,
      REGION_TECHNOLOGY, REGION_LINKS, REGION_OPENNESS, SECTOR_LINKS, CROSS_BORDER_CLUSTERS);

  /**
   * The Delta table behind a released table, in {@code cs_pub_store}: publish writes it, and the
   * released table is a view of the version the current release recorded ({@link ReleaseViews}).
   * Same name, columns, comments and partitioning.
   */
  public static TableSpec stored(TableSpec released) {
    return new TableSpec(Layer.PUB_STORE, released.name(), released.comment(), released.columns(),
        released.partitionBy());
  }

  /** The stored tables of {@link #ALL}, in the same order. */
  public static final List<TableSpec> STORED = ALL.stream().map(PubTables::stored).toList();

  /** The released table of the gold table called {@code name}, if it has one. */
  public static Optional<TableSpec> named(String name) {
    return ALL.stream().filter(spec -> spec.name().equals(name)).findFirst();
  }

  private static TableSpec released(TableSpec gold, String whatIsReleased, String obsStatus, String confStatus) {
    List<ColumnSpec> columns = new ArrayList<>();
    gold.columns().stream().filter(c -> !INTERNAL.contains(c.name())).forEach(columns::add);
    columns.add(ColumnSpec.of(OBS_STATUS, "STRING", obsStatus));
    columns.add(ColumnSpec.of(CONF_STATUS, "STRING", confStatus));
    return new TableSpec(Layer.PUB, gold.name(), gold.comment() + RELEASE_NOTE + whatIsReleased, columns,
        gold.partitionBy());
  }
}
