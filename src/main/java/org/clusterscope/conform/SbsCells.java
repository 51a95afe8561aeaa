package org.clusterscope.conform;

import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.clusterscope.ingest.QuarantineReason;
import org.clusterscope.ingest.QuotedValue;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.reference.NaceReference;
import org.clusterscope.reference.ReferenceData;

/**
 * The rules of a Eurostat SBS cell. Cells of indicators clusterscope does not use, of aggregate
 * activities ({@code B-N_S95_X_K}) or regions ({@code EU27_2020}), and values not available
 * ({@code :}) are excluded and counted; confidential cells ({@code : c}) are accepted as
 * confidential with no value, never imputed; anything else that cannot be read is quarantined.
 */
final class SbsCells {
  /** Employment: persons employed in local units, and its pre-2021 code. */
  static final List<String> EMPLOYMENT = List.of("EMP_LOC_NR", "V16110");
  /** Number of local units, and its pre-2021 code. */
  static final List<String> ESTABLISHMENTS = List.of("LOC_NR", "V11210");
  private static final String NUMBER = "^([0-9]+(\\.[0-9]+)?)( ([a-z]+))?$";
  private static final String MISSING = "^:( ([a-z]+))?$";

  private SbsCells() {}

  /** Bronze SBS cells with outcome and reason, and the parsed value, flags and NACE code. */
  static Dataset<Row> classify(Dataset<Row> bronze, ReferenceData reference) {
    Column nace = upper(trim(col("nace_r2")));
    Column geo = upper(trim(col("geo")));
    Column indicator = upper(trim(col("indicator")));
    Column isSection = nace.rlike("^[A-U]$");
    Column isDivision = nace.rlike("^[A-U][0-9]{2}$");
    Column division = when(isDivision, substring(nace, 2, 2));
    Column divisionSection = NaceReference.sectionOf(reference.nace().divisionSections(), division);
    Column value = trim(col("value"));
    Column flags = when(value.rlike(NUMBER), regexp_extract(value, NUMBER, 4))
        .when(value.rlike(MISSING), regexp_extract(value, MISSING, 2));
    Column confidential = value.rlike(MISSING).and(flags.contains("c"));

    List<Column[]> excluded = new ArrayList<>();
    excluded.add(new Column[] {not(indicator.isin(usedIndicators())), lit("other_indicator")});
    excluded.add(new Column[] {not(upper(col("freq")).eqNullSafe("A")), lit("not_annual")});
    excluded.add(new Column[] {nace.rlike("[-_]"), lit("aggregate_nace")});
    excluded.add(new Column[] {geo.contains("_"), lit("aggregate_region")});
    excluded.add(new Column[] {value.rlike(MISSING).and(not(confidential)), lit("not_available")});

    List<Column[]> rejected = new ArrayList<>();
    rejected.add(new Column[] {not(geo.rlike(RegionColumns.NUTS_SHAPE)), lit(QuarantineReason.INVALID_REGION.code()),
        concat(lit("geo "), QuotedValue.of(col("geo")), lit(" is not a NUTS code of level 0 to 3"))});
    reference.nuts().ifPresent(nuts -> rejected.add(new Column[] {
        not(RegionColumns.extraRegio(geo)).and(not(geo.isin(nuts.labels().keySet().toArray()))),
        lit(QuarantineReason.UNKNOWN_REGION.code()),
        concat(lit("geo "), QuotedValue.of(col("geo")), lit(" is not in the NUTS list (clusterscope.reference.nuts-regions)"))}));
    rejected.add(new Column[] {not(isSection.or(isDivision.and(divisionSection.eqNullSafe(substring(nace, 1, 1))))),
        lit(QuarantineReason.INVALID_NACE.code()),
        concat(lit("nace_r2 "), QuotedValue.of(col("nace_r2")), lit(" is neither a NACE Rev.2 section (C) nor one of its divisions (C29)"))});
    rejected.add(new Column[] {not(value.rlike(NUMBER).or(value.rlike(MISSING))), lit(QuarantineReason.INVALID_VALUE.code()),
        concat(lit("value "), QuotedValue.of(col("value")), lit(" is neither a number with optional flags (628 e) nor ':' / ': c'"))});

    Column excludedReason = lit(null).cast("string");
    for (int i = excluded.size() - 1; i >= 0; i--) {
      excludedReason = when(excluded.get(i)[0], excluded.get(i)[1]).otherwise(excludedReason);
    }
    Column code = lit(null).cast("string");
    Column detail = lit(null).cast("string");
    for (int i = rejected.size() - 1; i >= 0; i--) {
      code = when(rejected.get(i)[0], rejected.get(i)[1]).otherwise(code);
      detail = when(rejected.get(i)[0], rejected.get(i)[2]).otherwise(detail);
    }
    Column kind = when(indicator.isin(EMPLOYMENT.toArray()), lit("employment")).otherwise(lit("establishments"));
    Dataset<Row> checked = bronze
        .withColumn("excluded_reason", excludedReason)
        .withColumn("reason_code", when(col("excluded_reason").isNull(), code))
        .withColumn("reason_detail", when(col("excluded_reason").isNull(), detail))
        .withColumn("kind", kind)
        .withColumn("nace_code", when(isDivision, division).otherwise(nace))
        .withColumn("nace_level", when(isDivision, lit("division")).otherwise(lit("section")))
        .withColumn("nace_section", substring(nace, 1, 1))
        .withColumn("cell_value", when(value.rlike(NUMBER), regexp_extract(value, NUMBER, 1).cast("double")))
        .withColumn("cell_flags", when(flags.notEqual(""), flags))
        .withColumn("confidential", confidential);
    var sameCell = Window.partitionBy(col("source"), col("reference_year"), col("kind"), geo, nace)
        .orderBy(col("reason_code").isNotNull().or(col("excluded_reason").isNotNull()), col("source_file"), col("line_number"));
    Column valid = col("reason_code").isNull().and(col("excluded_reason").isNull());
    Column duplicate = valid.and(row_number().over(sameCell).gt(1));
    return checked
        .withColumn("reason_detail", when(duplicate, concat(lit("the cell "), col("indicator"), lit(" "), col("nace_r2"),
            lit(" "), col("geo"), lit(" "), col("reference_year").cast("string"), lit(" already appears in line "),
            first(col("line_number")).over(sameCell).cast("string"))).otherwise(col("reason_detail")))
        .withColumn("reason_code", when(duplicate, lit(QuarantineReason.DUPLICATE_ID.code())).otherwise(col("reason_code")))
        .withColumn("outcome", when(col("excluded_reason").isNotNull(), lit(RecordOutcomes.EXCLUDED))
            .when(col("reason_code").isNotNull(), lit(RecordOutcomes.QUARANTINED))
            .otherwise(lit(RecordOutcomes.ACCEPTED)))
        .withColumn("reason_code", when(col("outcome").equalTo(RecordOutcomes.EXCLUDED), col("excluded_reason"))
            .otherwise(col("reason_code")))
        .withColumn("geo_code", geo);
  }

  /** Accepted cells, one row per (source, year, region, NACE code) with both measures. */
  static Dataset<Row> toSilver(Dataset<Row> accepted) {
    Column employment = col("kind").equalTo("employment");
    Dataset<Row> cells = accepted
        .groupBy("source", "reference_year", "geo_code", "nace_code", "nace_level", "nace_section")
        .agg(first(when(employment, col("cell_value")), true).as("employment"),
            first(when(employment, col("cell_flags")), true).as("employment_flags"),
            first(when(not(employment), col("cell_value")), true).as("establishments"),
            first(when(not(employment), col("cell_flags")), true).as("establishments_flags"),
            bool_or(col("confidential")).as("confidential"));
    return RegionColumns.add(cells, col("geo_code"));
  }

  private static Object[] usedIndicators() {
    List<String> all = new ArrayList<>(EMPLOYMENT);
    all.addAll(ESTABLISHMENTS);
    return all.toArray();
  }
}
