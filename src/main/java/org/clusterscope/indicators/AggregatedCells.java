package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.SectorScheme;

/**
 * Cells that come aggregated from the source (Eurostat SBS) in the shape of {@link CellAggregate}.
 * A cell counts only at the NUTS level of its own code (the source publishes each level; summing
 * regions with confidential cells would understate the total) and only in the scheme its NACE
 * level determines: sections in {@code nace_section}, divisions in {@code nace_division}. Other
 * schemes need establishments. What establishments would tell (enterprises, establishment sizes)
 * is NULL, so confidentiality comes from the source and plant-size indicators are NULL.
 */
final class AggregatedCells {
  private AggregatedCells() {}

  static Dataset<Row> of(Dataset<Row> sbsCells, List<Integer> levels, List<SectorScheme> schemes) {
    List<String> names = schemes.stream().map(SectorScheme::name).toList();
    Dataset<Row> result = null;
    for (String[] scheme : new String[][] {{"nace_section", "section"}, {"nace_division", "division"}}) {
      if (!names.contains(scheme[0])) {
        continue;
      }
      Dataset<Row> cells = sbsCells
          .filter(col("extra_regio").equalTo(false).and(col("region_level").isin(levels.toArray()))
              .and(col("nace_level").equalTo(scheme[1])))
          .select(col("reference_year"), col("region_level").as("nuts_level"), col("region_code"),
              col("country_code"), lit(scheme[0]).as("sector_scheme"), col("nace_code").as("sector_code"),
              col("employment"), col("establishments").cast("long").as("establishments"),
              lit(null).cast("long").as("contributors"), lit(null).cast("double").as("squared_sizes"),
              lit(null).cast("array<double>").as("largest_contributors"), col("confidential").as("source_confidential"));
      result = result == null ? cells : result.unionByName(cells);
    }
    return result;
  }

  /** Which schemes aggregated cells can serve. */
  static List<String> servedSchemes() {
    return new ArrayList<>(List.of("nace_section", "nace_division"));
  }
}
