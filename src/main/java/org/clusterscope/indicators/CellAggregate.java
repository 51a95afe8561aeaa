package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.NutsLevels;
import org.clusterscope.reference.SectorScheme;

/**
 * The one aggregate every region × sector indicator is computed from: per (year, NUTS level,
 * region, sector scheme, sector) the employment, the number of establishments, and what the
 * confidentiality rule needs (contributing enterprises and the largest one's employment), and the
 * sum of squared establishment sizes for the plant Herfindahl.
 *
 * <p>Each establishment is counted at its own NUTS level and every coarser one, and once per
 * scheme, by exploding two small arrays rather than by one query per level and scheme.
 */
final class CellAggregate {
  private CellAggregate() {}

  static Dataset<Row> of(Dataset<Row> establishments, List<Integer> levels, List<SectorScheme> schemes) {
    List<Column> sectors = new ArrayList<>();
    for (SectorScheme scheme : schemes) {
      sectors.add(struct(lit(scheme.name()).as("scheme"), scheme.sectorCode().as("code")));
    }
    Dataset<Row> exploded = establishments
        .select(col("reference_year"), col("country_code"), col("enterprise_id"), col("employees"),
            array(sectors.toArray(Column[]::new)).as("sectors"),
            NutsLevels.explodeLevels(levels, NutsLevels::regionAt).as("r"))
        .filter(col("r.code").isNotNull())
        .select(col("*"), explode(col("sectors")).as("s"));
    Dataset<Row> byEnterprise = exploded
        .groupBy(col("reference_year"), col("r.level").as("nuts_level"), col("r.code").as("region_code"),
            col("country_code"), col("s.scheme").as("sector_scheme"), col("s.code").as("sector_code"),
            col("enterprise_id"))
        .agg(sum("employees").as("enterprise_employment"), count(lit(1)).as("enterprise_establishments"),
            sum(col("employees").multiply(col("employees"))).as("enterprise_squared_sizes"));
    return byEnterprise
        .groupBy("reference_year", "nuts_level", "region_code", "country_code", "sector_scheme", "sector_code")
        .agg(sum("enterprise_employment").as("employment"),
            sum("enterprise_establishments").as("establishments"),
            count(lit(1)).as("contributors"),
            sum("enterprise_squared_sizes").as("squared_sizes"),
            max("enterprise_employment").as("largest_contributor"))
        .withColumn("source_confidential", lit(false));
  }

}
