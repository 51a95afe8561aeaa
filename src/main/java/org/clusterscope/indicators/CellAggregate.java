package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
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
import org.clusterscope.spark.FixedPartitions;
import org.clusterscope.spark.SmallTables;

/**
 * The one aggregate every region × sector indicator is computed from: per (year, NUTS level,
 * region, sector scheme, sector) the employment, the number of establishments, and what the
 * confidentiality rule needs (contributing enterprises and the largest one's employment), and the
 * sum of squared establishment sizes for the plant Herfindahl.
 *
 * <p>Each establishment counts at its own NUTS level and every coarser one, and once per scheme.
 * Employment, establishments and squared sizes add up, so they are summed once per <em>place</em>
 * (the finest region and NACE class) and then rolled up to every level and scheme from those few
 * hundred thousand rows. Contributors and the largest contributor do not add up across places
 * when an enterprise has establishments in several of them. So enterprises are split: one whose
 * establishments all share a place (nearly all) counts there as one contributor and rolls up like
 * the sums; only the establishments of the others, summed per enterprise and place, are expanded
 * to every level and scheme and grouped by enterprise. Expanding every establishment instead
 * meant 16 rows each for four levels and four schemes, 400 million for an EU register, each
 * grouped by enterprise.
 *
 * <p>Whether an enterprise's establishments share a place is decided on the place's exact number
 * ({@link PlaceKey}): its minimum and maximum are plain hash aggregates, where those of the place
 * itself (a struct of strings) made Spark sort all establishments by enterprise, and the places
 * of the one-place enterprises decode from it. The enterprise rows (tens of millions) are grouped
 * a second time in the same pass, into one row per place of the one-place enterprises and one per
 * other enterprise, and only that is kept: caching the enterprise rows for their two readers cost
 * more than the aggregate itself.
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

  private CellAggregate() {}

  static Dataset<Row> of(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes) {
    return of(establishments, levels, schemes, PlaceKey.encode());
  }

  /** With the place key given: tests pass a NULL one, so every enterprise is counted the exact way. */
  static Dataset<Row> of(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes,
      Column placeKey) {
    return of(establishments, levels, schemes, placeKey, BROADCAST_ENTERPRISES, EXPANDED_ROWS_PER_TASK);
  }

  /**
   * With the sizes given: tests take the paths of an EU-size register (a shuffled join of the
   * spread enterprises, many tasks for their cells) on a few rows.
   */
  static Dataset<Row> of(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes,
      Column placeKey, long broadcastEnterprises, long expandedRowsPerTask) {
    Dataset<Row> enterprises = establishments.withColumn(KEY, placeKey)
        .groupBy(col("reference_year"), col("enterprise_id"))
        .agg(min(KEY).as("first_key"), max(KEY).as("last_key"), count(col(KEY)).as("keyed"),
            sum("employees").as("employment"), count(lit(1)).as("establishments"),
            sum(col("employees").multiply(col("employees"))).as("squared_sizes"));
    // In one place: every establishment has a key, and the same one.
    Column onePlace = coalesce(col("first_key").equalTo(col("last_key"))
        .and(col("keyed").equalTo(col("establishments"))), lit(false));
    Dataset<Row> parts = enterprises
        .groupBy(col("reference_year"), when(onePlace, col("first_key")).as(KEY),
            not(onePlace).as("spread"), when(not(onePlace), col("enterprise_id")).as("spread_enterprise"))
        .agg(sum("employment").as("employment"), sum("establishments").as("establishments"),
            count(lit(1)).as("contributors"), sum("squared_sizes").as("squared_sizes"),
            max("employment").as("largest_contributor"))
        .localCheckpoint();

    // Enterprises in one place: one contributor each, rolled up from their place.
    List<Column> placed = new ArrayList<>(List.of(col("reference_year")));
    placed.addAll(List.of(PlaceKey.decode(col(KEY))));
    for (String measure : List.of("employment", "establishments", "contributors", "squared_sizes", "largest_contributor")) {
      placed.add(col(measure));
    }
    Dataset<Row> single = expand(parts.filter(not(col("spread"))).select(placed.toArray(Column[]::new)), levels, schemes)
        .select(cellMeasures());

    // Enterprises in several places: their establishments, grouped by enterprise in every cell.
    // One pass over the stored parts counts them and their establishments: the first decides
    // the join, the second how many tasks share the expanded cells.
    Dataset<Row> spreadParts = parts.filter(col("spread"));
    Row sizes = spreadParts.agg(count(lit(1)), coalesce(sum("establishments"), lit(0L))).first();
    Dataset<Row> spread = SmallTables.markIfSmall(
        spreadParts.select(col("reference_year").as("spread_year"), col("spread_enterprise")),
        sizes.getLong(0), broadcastEnterprises);
    long expandedRows = sizes.getLong(1) * levels.size() * schemes.size();
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
    Dataset<Row> several = expand(spreadEstablishments, levels, schemes)
        .groupBy(byEnterprise.toArray(Column[]::new))
        .agg(sum("employment").as("employment"), sum("establishments").as("establishments"),
            sum("squared_sizes").as("squared_sizes"))
        .withColumn("contributors", lit(1L))
        .withColumn("largest_contributor", col("employment"))
        .select(cellMeasures());

    // Both parts hold per-cell contributions (places, or one enterprise each): one roll-up adds them.
    return single.unionByName(several)
        .groupBy(cellColumns())
        .agg(sum("employment").as("employment"), sum("establishments").as("establishments"),
            sum("contributors").as("contributors"), sum("squared_sizes").as("squared_sizes"),
            max("largest_contributor").as("largest_contributor"))
        .withColumn("source_confidential", lit(false));
  }

  /**
   * Employment, establishments and squared sizes per cell, rolled up from places, without the
   * contributor measures (NULL): what the benchmark's core step needs, by the same roll-up.
   */
  static Dataset<Row> sums(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes) {
    Dataset<Row> byPlace = establishments.groupBy(withPlace(col("reference_year")))
        .agg(sum("employees").as("employment"), count(lit(1)).as("establishments"),
            sum(col("employees").multiply(col("employees"))).as("squared_sizes"));
    return expand(byPlace, levels, schemes)
        .groupBy(cellColumns())
        .agg(sum("employment").as("employment"), sum("establishments").as("establishments"),
            sum("squared_sizes").as("squared_sizes"))
        .withColumn("contributors", lit(null).cast("long"))
        .withColumn("largest_contributor", lit(null).cast("double"))
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
    for (String measure : List.of("employment", "establishments", "contributors", "squared_sizes", "largest_contributor")) {
      columns.add(col(measure));
    }
    return columns.toArray(Column[]::new);
  }

  private static Column[] cellColumns() {
    return new Column[] {col("reference_year"), col("nuts_level"), col("region_code"), col("country_code"),
        col("sector_scheme"), col("sector_code")};
  }

  /** Rows with the place columns, once per configured level (at or above their own) and scheme. */
  private static Dataset<Row> expand(Dataset<Row> rows, List<Integer> levels, List<SectorScheme> schemes) {
    List<Column> sectors = new ArrayList<>();
    for (SectorScheme scheme : schemes) {
      sectors.add(struct(lit(scheme.name()).as("scheme"), scheme.sectorCode().as("code")));
    }
    return NutsLevels.atLevels(rows.withColumn("sectors", array(sectors.toArray(Column[]::new))), levels)
        .select(col("*"), explode(col("sectors")).as("s"))
        .withColumn("sector_scheme", col("s.scheme"))
        .withColumn("sector_code", col("s.code"));
  }
}
