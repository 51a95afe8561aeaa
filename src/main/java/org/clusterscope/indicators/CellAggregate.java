package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.NutsLevels;
import org.clusterscope.reference.SectorScheme;
import org.clusterscope.spark.Checkpoints;
import org.clusterscope.spark.FixedPartitions;
import org.clusterscope.spark.SmallTables;

/**
 * The one aggregate every region × sector indicator is computed from: per (year, NUTS level,
 * region, sector scheme, sector) the employment, the number of establishments, what the primary
 * confidentiality rules need (contributing enterprises and the employment of the m largest, in
 * {@code largest_contributors}, descending), and the sum of squared establishment sizes for the
 * plant Herfindahl. The same measures come for the totals the released tables publish beside the
 * cells, as cells with the code {@value #TOTAL}: a region's total over all sectors (sector scheme
 * and code {@value #TOTAL}), a sector's total over all regions of the level (region and country
 * {@value #TOTAL}) and the level's grand total (all four). An enterprise counts once in each, with
 * its employment summed, however many of the total's cells it has establishments in.
 * {@link #isTotal()} tells them apart; region_sector must not see them.
 *
 * <p>Each establishment counts at its own NUTS level and every coarser one, and once per scheme.
 * Employment, establishments and squared sizes add up, so they are summed once per <em>place</em>
 * (the finest region and NACE class) and then rolled up to every level and scheme from those few
 * hundred thousand rows. Contributors and the largest contributors do not add up across places
 * when an enterprise has establishments in several of them. So enterprises are split: one whose
 * establishments all share a place (nearly all) counts there as one contributor and rolls up like
 * the sums (its place's m largest enterprises, a short list, merge into each cell's m largest);
 * only the establishments of the others, summed per enterprise and place, are expanded to every
 * level and scheme and grouped by enterprise. Expanding every establishment instead meant 16 rows
 * each for four levels and four schemes, 400 million for an EU register, each grouped by
 * enterprise.
 *
 * <p>Whether an enterprise's establishments share a place is decided on the place's exact number
 * ({@link PlaceKey}): its minimum and maximum are plain hash aggregates, where those of the place
 * itself (a struct of strings) made Spark sort all establishments by enterprise, and the places
 * of the one-place enterprises decode from it. The enterprise rows (tens of millions) are grouped
 * a second time in the same pass, into one row per place of the one-place enterprises and one per
 * other enterprise, and only that is kept: caching the enterprise rows for their two readers cost
 * more than the aggregate itself. The m largest of a place come from the list of its enterprises'
 * employment, sorted and cut: Spark has no bounded top-m aggregate, and ranking by a window would
 * shuffle every enterprise row where the list's partial aggregation merges them per place first.
 */
final class CellAggregate {
  /** Enterprises with establishments in several places, up to this many, are joined by broadcast. */
  private static final long BROADCAST_ENTERPRISES = 2_000_000;
  /**
   * Expanded cells of spread enterprises per task, counted as establishments × levels × schemes
   * (an upper bound): a few hundred MB of hash map. With 32 tasks at 100 million establishments
   * (11 million per task by that count) 31 of the 32 maps fell back to sorting and spilled 85 GB,
   * and the indicator stage grew 3.1 times from half that input; with 122 tasks nothing spilled.
   */
  private static final long EXPANDED_ROWS_PER_TASK = 3_000_000;
  private static final String KEY = "place_key";
  /** The code of "all regions" or "all sectors" in the total cells (SDMX's code for a total). */
  static final String TOTAL = "_T";
  private static final List<String> MEASURES =
      List.of("employment", "establishments", "contributors", "squared_sizes", "largest_contributors");

  private CellAggregate() {}

  /** @param largest m, how many of each cell's largest enterprises to keep (at least 1) */
  static Dataset<Row> of(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes, int largest) {
    return of(establishments, levels, schemes, largest, PlaceKey.encode());
  }

  /** With the place key given: tests pass a NULL one, so every enterprise is counted the exact way. */
  static Dataset<Row> of(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes,
      int largest, Column placeKey) {
    return of(establishments, levels, schemes, largest, placeKey, BROADCAST_ENTERPRISES, EXPANDED_ROWS_PER_TASK);
  }

  /**
   * With the sizes given: tests take the paths of an EU-size register (a shuffled join of the
   * spread enterprises, many tasks for their cells) on a few rows.
   */
  static Dataset<Row> of(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes,
      int largest, Column placeKey, long broadcastEnterprises, long expandedRowsPerTask) {
    if (largest < 1) {
      throw new IllegalArgumentException("Invalid number of largest contributors: " + largest + " (must be at least 1)");
    }
    Dataset<Row> enterprises = establishments.withColumn(KEY, placeKey)
        .groupBy(col("reference_year"), col("enterprise_id"))
        .agg(min(KEY).as("first_key"), max(KEY).as("last_key"), count(col(KEY)).as("keyed"),
            sum("employees").as("employment"), count(lit(1)).as("establishments"),
            sum(col("employees").multiply(col("employees"))).as("squared_sizes"));
    // In one place: every establishment has a key, and the same one.
    Column onePlace = coalesce(col("first_key").equalTo(col("last_key"))
        .and(col("keyed").equalTo(col("establishments"))), lit(false));
    Dataset<Row> parts = Checkpoints.materialise(enterprises
        .groupBy(col("reference_year"), when(onePlace, col("first_key")).as(KEY),
            not(onePlace).as("spread"), when(not(onePlace), col("enterprise_id")).as("spread_enterprise"))
        .agg(sum("employment").as("employment"), sum("establishments").as("establishments"),
            count(lit(1)).as("contributors"), sum("squared_sizes").as("squared_sizes"),
            largest(collect_list("employment"), largest).as("largest_contributors")));

    // Enterprises in one place: one contributor each, rolled up from their place.
    List<Column> placed = new ArrayList<>(List.of(col("reference_year")));
    placed.addAll(List.of(PlaceKey.decode(col(KEY))));
    MEASURES.forEach(measure -> placed.add(col(measure)));
    Dataset<Row> single = expand(parts.filter(not(col("spread"))).select(placed.toArray(Column[]::new)), levels, schemes,
        true)
        .select(cellMeasures());

    // Enterprises in several places: their establishments, grouped by enterprise in every cell.
    // One pass over the stored parts counts them and their establishments: the first decides
    // the join, the second how many tasks share the expanded cells.
    Dataset<Row> spreadParts = parts.filter(col("spread"));
    Row sizes = spreadParts.agg(count(lit(1)), coalesce(sum("establishments"), lit(0L))).first();
    Dataset<Row> spread = SmallTables.markIfSmall(
        spreadParts.select(col("reference_year").as("spread_year"), col("spread_enterprise")),
        sizes.getLong(0), broadcastEnterprises);
    long expandedRows = sizes.getLong(1) * levels.size() * cellsPerLevel(schemes, true);
    // Clustered by enterprise before the expansion, so each task groups only its own
    // enterprises' cells (a hash table that fits in memory) instead of pre-aggregating a
    // share of every enterprise's cells and spilling them; and into enough tasks that each
    // holds at most expandedRowsPerTask of those cells, however large the register.
    Dataset<Row> spreadEstablishments = FixedPartitions.clustered(
            establishments.join(spread,
                    col("reference_year").equalTo(col("spread_year"))
                        .and(col("enterprise_id").eqNullSafe(col("spread_enterprise"))),
                    "left_semi")
                .select(withPlace(col("reference_year"), col("enterprise_id"), col("employees"))),
            expandedRows, expandedRowsPerTask, col("reference_year"), col("enterprise_id"))
        // An enterprise's establishments in one place add up before the expansion: a fifth fewer
        // rows to expand at EU scale, in the same task (the clustering by enterprise covers it).
        .groupBy(withPlace(col("reference_year"), col("enterprise_id")))
        .agg(sum("employees").as("employment"), count(lit(1)).as("establishments"),
            sum(col("employees").multiply(col("employees"))).as("squared_sizes"));
    List<Column> byEnterprise = new ArrayList<>(List.of(cellColumns()));
    byEnterprise.add(col("enterprise_id"));
    Dataset<Row> several = expand(spreadEstablishments, levels, schemes, true)
        .groupBy(byEnterprise.toArray(Column[]::new))
        .agg(sum("employment").as("employment"), sum("establishments").as("establishments"),
            sum("squared_sizes").as("squared_sizes"))
        .withColumn("contributors", lit(1L))
        .withColumn("largest_contributors", array(col("employment")))
        .select(cellMeasures());

    // Both parts hold per-cell contributions (places, or one enterprise each): one roll-up adds them.
    return single.unionByName(several)
        .groupBy(cellColumns())
        .agg(sum("employment").as("employment"), sum("establishments").as("establishments"),
            sum("contributors").as("contributors"), sum("squared_sizes").as("squared_sizes"),
            largest(flatten(collect_list("largest_contributors")), largest).as("largest_contributors"))
        .withColumn("source_confidential", lit(false));
  }

  /** True on the total cells ({@value #TOTAL} as region or sector scheme), which are no region_sector row. */
  static Column isTotal() {
    return col("region_code").equalTo(TOTAL).or(col("sector_scheme").equalTo(TOTAL));
  }

  /** The first {@code m} of the values, largest first. */
  private static Column largest(Column values, int m) {
    return slice(sort_array(values, false), 1, m);
  }

  /**
   * Employment, establishments and squared sizes per cell, rolled up from places, without the
   * contributor measures (NULL): what the benchmark's core step needs, by the same roll-up.
   */
  static Dataset<Row> sums(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes) {
    Dataset<Row> byPlace = establishments.groupBy(withPlace(col("reference_year")))
        .agg(sum("employees").as("employment"), count(lit(1)).as("establishments"),
            sum(col("employees").multiply(col("employees"))).as("squared_sizes"));
    return expand(byPlace, levels, schemes, false)
        .groupBy(cellColumns())
        .agg(sum("employment").as("employment"), sum("establishments").as("establishments"),
            sum("squared_sizes").as("squared_sizes"))
        .withColumn("contributors", lit(null).cast("long"))
        .withColumn("largest_contributors", lit(null).cast("array<double>"))
        .withColumn("source_confidential", lit(false));
  }

  /** The given columns followed by the place columns ({@link PlaceKey#COLUMNS}). */
  private static Column[] withPlace(Column... leading) {
    List<Column> columns = new ArrayList<>(List.of(leading));
    PlaceKey.COLUMNS.forEach(c -> columns.add(col(c)));
    return columns.toArray(Column[]::new);
  }

  /** The cell columns and the measures each part contributes to a cell. */
  private static Column[] cellMeasures() {
    List<Column> columns = new ArrayList<>(List.of(cellColumns()));
    MEASURES.forEach(measure -> columns.add(col(measure)));
    return columns.toArray(Column[]::new);
  }

  private static Column[] cellColumns() {
    return new Column[] {col("reference_year"), col("nuts_level"), col("region_code"), col("country_code"),
        col("sector_scheme"), col("sector_code")};
  }

  /**
   * Rows with the place columns, once per configured level (at or above their own) and scheme;
   * with {@code totals} also once more per level as the region's total ({@value #TOTAL} sector),
   * and all of that again as the totals over all regions of the level ({@value #TOTAL} region and
   * country).
   */
  private static Dataset<Row> expand(Dataset<Row> rows, List<Integer> levels, List<SectorScheme> schemes,
      boolean totals) {
    List<Column[]> sectors = new ArrayList<>();
    for (SectorScheme scheme : schemes) {
      sectors.add(new Column[] {lit(scheme.name()), scheme.sectorCode()});
    }
    List<Column[]> regions = new ArrayList<>();
    regions.add(new Column[] {col("region_code"), col("country_code")});
    if (totals) {
      sectors.add(new Column[] {lit(TOTAL), lit(TOTAL)});
      regions.add(new Column[] {lit(TOTAL), lit(TOTAL)});
    }
    List<Column> cells = new ArrayList<>();
    for (Column[] region : regions) {
      for (Column[] sector : sectors) {
        cells.add(struct(region[0].as("region"), region[1].as("country"), sector[0].as("scheme"), sector[1].as("code")));
      }
    }
    // The region columns exist once the rows are at their levels.
    return NutsLevels.atLevels(rows, levels)
        .withColumn("cells", array(cells.toArray(Column[]::new)))
        .select(col("*"), explode(col("cells")).as("c"))
        .withColumn("region_code", col("c.region"))
        .withColumn("country_code", col("c.country"))
        .withColumn("sector_scheme", col("c.scheme"))
        .withColumn("sector_code", col("c.code"))
        .drop("cells", "c");
  }

  /** The cells one row makes at one level: one per scheme, and with totals the three kinds of total too. */
  private static long cellsPerLevel(List<SectorScheme> schemes, boolean totals) {
    return totals ? 2L * (schemes.size() + 1) : schemes.size();
  }
}
