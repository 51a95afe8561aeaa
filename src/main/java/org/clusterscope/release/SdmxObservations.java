package org.clusterscope.release;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.NaceReference;

/**
 * The observations of the SDMX-CSV export of {@code cs_pub.region_sector}: one row per cell and
 * measure in Eurostat's regional SBS layout, employment as indic_sb V16110 (persons employed) and
 * establishments as V11210 (local units). Only the NACE schemes have codes of Eurostat's NACE_R2
 * code list (section {@code C}, division {@code C10}, class {@code C1011}); a custom scheme's
 * categories have none, so its cells are not exported.
 */
final class SdmxObservations {
  static final List<String> NACE_SCHEMES = List.of("nace_section", "nace_division", "nace_class");
  static final String EMPLOYMENT = "V16110";
  static final String ESTABLISHMENTS = "V11210";

  private final Map<String, String> divisionSections;

  /** @param divisionSections {@link NaceReference#divisionSections()} */
  SdmxObservations(Map<String, String> divisionSections) {
    this.divisionSections = Map.copyOf(divisionSections);
  }

  /**
   * @return (TIME_PERIOD INT, geo, nace_r2, indic_sb, OBS_VALUE DOUBLE (NULL where suppressed),
   *     OBS_STATUS, CONF_STATUS), in the order of the file
   */
  Dataset<Row> of(Dataset<Row> releasedRegionSector) {
    Dataset<Row> nace = releasedRegionSector.filter(col("sector_scheme").isin(NACE_SCHEMES.toArray()));
    return measure(nace, EMPLOYMENT, col("employment"))
        .unionByName(measure(nace, ESTABLISHMENTS, col("establishments").cast("double")))
        .orderBy("TIME_PERIOD", "geo", "nace_r2", "indic_sb");
  }

  private Dataset<Row> measure(Dataset<Row> cells, String indicator, Column value) {
    return cells.select(col("reference_year").as("TIME_PERIOD"), col("region_code").as("geo"),
        naceR2().as("nace_r2"), lit(indicator).as("indic_sb"), value.as("OBS_VALUE"),
        // 'b' marks the period where the series changes source, as Eurostat flags it.
        when(coalesce(col("growth_break"), lit(false)), lit("b")).otherwise(lit("")).as("OBS_STATUS"),
        col("conf_status").as("CONF_STATUS"));
  }

  /** The NACE_R2 code: a section as is, a division or class behind its section letter, without the dot. */
  private Column naceR2() {
    Column code = col("sector_code");
    Column section = NaceReference.sectionOf(divisionSections, substring(code, 1, 2));
    return when(col("sector_scheme").equalTo("nace_section"), code)
        .otherwise(concat(section, regexp_replace(code, "\\.", "")));
  }
}
