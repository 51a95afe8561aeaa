package org.clusterscope.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ingest.QuotedValue;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/**
 * register-csv and sirene: register records to {@code cs_silver.establishments} by
 * {@link EstablishmentRules}. Repeated establishment ids are rejected, the first occurrence in
 * file and line order kept; closed establishments excluded; NUTS and NACE hierarchies resolved.
 * The two formats share the table and the rules; a SIRENE record is first placed in its region
 * through the source's commune correspondence, and its codes read as SIRENE writes them.
 */
final class EstablishmentConform implements ConformFormat {
  static final EstablishmentConform REGISTER_CSV = new EstablishmentConform(false);
  static final EstablishmentConform SIRENE = new EstablishmentConform(true);

  private final boolean sirene;

  private EstablishmentConform(boolean sirene) {
    this.sirene = sirene;
  }

  @Override
  public List<TableSpec> silverTables() {
    return List.of(PipelineTables.SILVER_ESTABLISHMENTS);
  }

  /** The years ingest wrote in this run (all of bronze when conform runs alone). */
  @Override
  public SortedSet<Integer> conform(StageContext ctx, ReferenceData reference, SourceSettings source, StageYears years) {
    Dataset<Row> communes = sirene ? CommuneCorrespondence.load(ctx.spark(), source) : null;
    return YearlyConform.replace(ctx, source.name(), PipelineTables.BRONZE_REGISTER,
        PipelineTables.SILVER_ESTABLISHMENTS, years.upstream(),
        bronze -> classify(sirene ? CommuneCorrespondence.place(bronze, communes) : bronze,
            ctx.settings().conform(), reference, sirene), accepted -> accepted);
  }

  @Override
  public Map<Part, Dataset<Row>> classify(SparkSession spark, SourceSettings source, Map<Part, Dataset<Row>> accepted,
      Settings settings, ReferenceData reference, YearSelection selection) {
    Dataset<Row> records = accepted.get(Part.RECORDS);
    Dataset<Row> placed = sirene ? CommuneCorrespondence.place(records, CommuneCorrespondence.load(spark, source)) : records;
    return Map.of(Part.RECORDS, classify(placed, settings.conform(), reference, sirene));
  }

  /** Bronze rows with the silver columns, outcome and reason. */
  static Dataset<Row> classify(Dataset<Row> bronze, ConformSettings settings, ReferenceData reference, boolean sirene) {
    EstablishmentRules rules = new EstablishmentRules(settings, reference, sirene);
    Dataset<Row> checked = Duplicates.mark(rules.check(rules.normalise(bronze)),
        concat(lit("establishment_id "), QuotedValue.of(col("establishment_id"))),
        "source", "reference_year", "establishment_id");
    Dataset<Row> resolved = checked
        .withColumn("outcome",
            when(col("reason_code").isNotNull(), lit(RecordOutcomes.QUARANTINED))
                .when(col(EstablishmentRules.STATUS).equalTo("closed"), lit(RecordOutcomes.EXCLUDED))
                .otherwise(lit(RecordOutcomes.ACCEPTED)))
        .withColumn("reason_code",
            when(col("outcome").equalTo(RecordOutcomes.EXCLUDED), lit("closed")).otherwise(col("reason_code")))
        .withColumn("enterprise_id", coalesce(col("enterprise_id"), col("establishment_id")))
        .withColumn("employees_value", rules.employees())
        .withColumn("employment_method", rules.employmentMethod())
        .drop("employees", EstablishmentRules.STATUS, EstablishmentRules.SIZE_BAND)
        .withColumnRenamed("employees_value", "employees");
    return RegionColumns.add(resolved, col(EstablishmentRules.REGION)).drop(EstablishmentRules.REGION);
  }
}
