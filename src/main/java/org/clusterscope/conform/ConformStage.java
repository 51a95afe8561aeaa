package org.clusterscope.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ingest.QuarantineReason;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.reference.ReferenceData;

/**
 * Conform: {@code cs_bronze.register} to {@code cs_silver.establishments}. Applies
 * {@link EstablishmentRules}, rejects repeated establishment ids (the first occurrence in file
 * and line order is kept), excludes closed establishments, and resolves the NUTS and NACE
 * hierarchies. Each (source, year) in silver is replaced as a whole.
 */
public final class ConformStage {
  private static final String STAGE = "conform";
  private final StageContext ctx;
  private final ReferenceData reference;

  public ConformStage(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
  }

  /** @return the years written to silver */
  public SortedSet<Integer> execute(YearSelection selection) {
    ctx.tables().ensure(List.of(PipelineTables.BRONZE_REGISTER, PipelineTables.SILVER_ESTABLISHMENTS));
    SortedSet<Integer> written = new TreeSet<>();
    List<SourceCounts> counts = new ArrayList<>();
    for (SourceSettings source : ctx.settings().sources()) {
      ctx.describe("conform: " + source.name(), () -> {
        conform(source.name(), selection, written, counts);
        return null;
      });
    }
    ctx.audit().addYears(written);
    return written;
  }

  private void conform(String source, YearSelection selection, SortedSet<Integer> written,
      List<SourceCounts> counts) {
    Dataset<Row> bronze = ctx.spark().table(ctx.table(PipelineTables.BRONZE_REGISTER))
        .filter(col("source").equalTo(source));
    if (selection.years().isPresent()) {
      bronze = bronze.filter(col("reference_year").isin(selection.years().get().toArray()));
    }
    bronze = bronze.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long read = bronze.count();
      SortedSet<Integer> years = new TreeSet<>();
      bronze.select("reference_year").distinct().collectAsList().forEach(r -> years.add(r.getInt(0)));
      // Checkpointed, not only persisted: the rules make a large plan, which every later query
      // (counts, quarantine, silver) would otherwise analyse again.
      Dataset<Row> classified = classify(bronze, ctx.settings().conform(), reference).localCheckpoint();
      counts.add(RecordOutcomes.settle(ctx, classified, read, source, STAGE));
      Dataset<Row> accepted = classified.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED));
      SortedSet<Integer> replaced = selection.years().orElse(years);
      long version = ctx.tables().replaceYears(PipelineTables.SILVER_ESTABLISHMENTS, accepted, replaced, source);
      ctx.audit().addVersion(ctx.table(PipelineTables.SILVER_ESTABLISHMENTS), version);
      written.addAll(replaced);
    } finally {
      bronze.unpersist();
    }
  }

  /** Bronze rows with the silver columns, outcome and reason (also used by {@code validate}). */
  public static Dataset<Row> classify(Dataset<Row> bronze, ConformSettings settings, ReferenceData reference) {
    EstablishmentRules rules = new EstablishmentRules(settings, reference);
    Dataset<Row> checked = bronze
        .withColumn("reason_code", rules.reasonCode())
        .withColumn("reason_detail", rules.reasonDetail());
    WindowSpec sameId = Window.partitionBy("source", "reference_year", "establishment_id")
        .orderBy(col("reason_code").isNotNull(), col("source_file"), col("line_number"));
    Column valid = col("reason_code").isNull();
    Column duplicate = valid.and(row_number().over(sameId).gt(1));
    Column firstSeen = concat(lit("establishment_id '"), col("establishment_id"),
        lit("' already appears in "), first(col("source_file")).over(sameId),
        lit(" line "), first(col("line_number")).over(sameId).cast("string"));
    Column region = EstablishmentRules.region();
    return checked
        .withColumn("reason_detail", when(duplicate, firstSeen).otherwise(col("reason_detail")))
        .withColumn("reason_code", when(duplicate, lit(QuarantineReason.DUPLICATE_ID.code())).otherwise(col("reason_code")))
        .withColumn("outcome",
            when(col("reason_code").isNotNull(), lit(RecordOutcomes.QUARANTINED))
                .when(EstablishmentRules.status().equalTo("closed"), lit(RecordOutcomes.EXCLUDED))
                .otherwise(lit(RecordOutcomes.ACCEPTED)))
        .withColumn("reason_code",
            when(col("outcome").equalTo(RecordOutcomes.EXCLUDED), lit("closed")).otherwise(col("reason_code")))
        .withColumn("enterprise_id", coalesce(col("enterprise_id"), col("establishment_id")))
        .withColumn("country_code", substring(region, 1, 2))
        .withColumn("region_level", length(region).minus(2))
        .withColumn("nuts1", when(length(region).geq(3), substring(region, 1, 3)))
        .withColumn("nuts2", when(length(region).geq(4), substring(region, 1, 4)))
        .withColumn("nuts3", when(length(region).geq(5), substring(region, 1, 5)))
        .withColumn("extra_regio", EstablishmentRules.extraRegio())
        .withColumn("nace_class", EstablishmentRules.naceClass())
        .withColumn("nace_division", substring(EstablishmentRules.naceClass(), 1, 2))
        .withColumn("nace_section", rules.naceSection())
        .withColumn("employees_value", rules.employees())
        .withColumn("employment_method", rules.employmentMethod())
        .withColumn("region_code", region)
        .drop("employees")
        .withColumnRenamed("employees_value", "employees");
  }
}
