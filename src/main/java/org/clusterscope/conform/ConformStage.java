package org.clusterscope.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.ingest.QuotedValue;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.reference.ReferenceData;

/**
 * Conform: bronze to silver. Register and SIRENE records become {@code establishments}
 * ({@link EstablishmentRules}; repeated establishment ids are rejected, the first occurrence in
 * file and line order kept; closed establishments excluded; NUTS and NACE hierarchies resolved),
 * SBS cells {@code sbs_cells} ({@link SbsCells}), REGPAT files {@code patent_classes} and
 * {@code patent_inventors} ({@link PatentConform}), CORDIS files {@code participations}
 * ({@link ResearchConform}). Each (source, year) in silver is replaced as a whole.
 */
public final class ConformStage {
  private static final String STAGE = "conform";
  private final StageContext ctx;
  private final ReferenceData reference;

  public ConformStage(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
  }

  /**
   * @param selection years of the sources whose records carry their year (register, SIRENE, SBS):
   *     in {@code run}, the years ingest wrote
   * @param deliverySelection the user's --year(s) for complete deliveries whose year is known only
   *     here (REGPAT, CORDIS); empty for every year of the delivery
   * @return the years written to silver
   */
  public SortedSet<Integer> execute(YearSelection selection, YearSelection deliverySelection) {
    ctx.tables().ensure(tables(ctx.settings().sources()));
    SortedSet<Integer> written = new TreeSet<>();
    for (SourceSettings source : ctx.settings().sources()) {
      ctx.describe("conform: " + source.name(), () -> {
        switch (source.format()) {
          case REGISTER_CSV, SIRENE -> establishments(source, selection, written);
          case SBS -> written.addAll(conform(source.name(), PipelineTables.BRONZE_SBS, PipelineTables.SILVER_SBS_CELLS,
              selection, bronze -> SbsCells.classify(bronze, reference), SbsCells::toSilver));
          case REGPAT -> written.addAll(new PatentConform(ctx, reference).execute(source, deliverySelection));
          case CORDIS -> written.addAll(new ResearchConform(ctx).execute(source, deliverySelection));
          default -> throw new IllegalStateException("No conform rules for " + source.format());
        }
        return null;
      });
    }
    ctx.audit().addYears(written);
    return written;
  }

  /** Same selection for every source (the stage command alone). */
  public SortedSet<Integer> execute(YearSelection selection) {
    return execute(selection, selection);
  }

  /** The bronze and silver tables conform reads and writes for the configured sources. */
  public static List<TableSpec> tables(List<SourceSettings> sources) {
    List<TableSpec> tables = new ArrayList<>(IngestStage.bronzeTables(sources));
    for (SourceSettings source : sources) {
      List<TableSpec> silver = switch (source.format()) {
        case REGISTER_CSV, SIRENE -> List.of(PipelineTables.SILVER_ESTABLISHMENTS);
        case SBS -> List.of(PipelineTables.SILVER_SBS_CELLS);
        case REGPAT -> List.of(PipelineTables.SILVER_PATENT_CLASSES, PipelineTables.SILVER_PATENT_INVENTORS);
        case CORDIS -> List.of(PipelineTables.SILVER_PARTICIPATIONS);
      };
      silver.stream().filter(t -> !tables.contains(t)).forEach(tables::add);
    }
    return tables;
  }

  private void establishments(SourceSettings source, YearSelection selection, SortedSet<Integer> written) {
    boolean sirene = source.format() == SourceFormat.SIRENE;
    Dataset<Row> communes = sirene ? CommuneCorrespondence.load(ctx.spark(), source) : null;
    written.addAll(conform(source.name(), PipelineTables.BRONZE_REGISTER, PipelineTables.SILVER_ESTABLISHMENTS,
        selection, bronze -> classify(sirene ? CommuneCorrespondence.place(bronze, communes) : bronze,
            ctx.settings().conform(), reference, sirene), accepted -> accepted));
  }

  /**
   * The shared path of a source whose bronze rows carry their year: read the selected years,
   * classify, settle the counts and quarantine, replace the years in silver.
   */
  private SortedSet<Integer> conform(String source, TableSpec bronzeTable, TableSpec silverTable,
      YearSelection selection, UnaryOperator<Dataset<Row>> rules, UnaryOperator<Dataset<Row>> toSilver) {
    Dataset<Row> bronze = ctx.spark().table(ctx.table(bronzeTable)).filter(col("source").equalTo(source));
    if (selection.years().isPresent()) {
      bronze = bronze.filter(col("reference_year").isin(selection.years().get().toArray()));
    }
    // One pass over the year column alone gives both the records read and the years present;
    // bronze itself is not cached, so 25 million wide rows are not held twice (the classified
    // rows below are); Duplicates reads its Parquet files three times instead.
    long read = 0;
    SortedSet<Integer> years = new TreeSet<>();
    for (Row row : bronze.groupBy("reference_year").count().collectAsList()) {
      years.add(row.getInt(0));
      read += row.getLong(1);
    }
    // Not cached: the counts read only the columns the rules need, the quarantine (when there is
    // one) and silver each read bronze again and apply the rules (deterministic, so all three
    // see the same outcomes). Building a columnar cache of every classified record cost three to
    // four times one such pass (measured on 4.3 million register records: 35 s against 7-10 s).
    Dataset<Row> classified = rules.apply(bronze);
    RecordOutcomes.settle(ctx, classified, read, source, STAGE);
    Dataset<Row> accepted = toSilver.apply(classified.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED)));
    SortedSet<Integer> replaced = selection.years().orElse(years);
    long version = ctx.tables().replaceYears(silverTable, accepted, replaced, source);
    ctx.audit().addVersion(ctx.table(silverTable), version);
    return replaced;
  }

  /** Bronze rows with the silver columns, outcome and reason (also used by {@code validate}). */
  public static Dataset<Row> classify(Dataset<Row> bronze, ConformSettings settings, ReferenceData reference,
      boolean sirene) {
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
