package org.clusterscope.conform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ingest.QuarantineReason;
import org.clusterscope.ingest.QuotedValue;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.spark.CachedTables;

/**
 * CORDIS projects and organisations to {@code cs_silver.participations}. A project's year is its
 * start year; a participation takes the year of its project, so one whose project is missing or
 * invalid is quarantined ({@link QuarantineReason#UNKNOWN_PROJECT}) rather than guessed. A NUTS
 * code of any level is kept at the levels it determines; an organisation without one counts for
 * its country only.
 */
final class ResearchConform implements ConformFormat {
  static final List<String> ACTIVITY_TYPES = List.of("PRC", "HES", "REC", "PUB", "OTH");
  private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}( .*)?$";
  /** CORDIS writes amounts with a decimal comma and no thousands separator. */
  private static final String AMOUNT = "^[0-9]+(,[0-9]+)?$";
  /**
   * The most euro one participation can plausibly receive: a tenth of Horizon Europe's whole
   * budget (95.5 billion). Larger numbers are typing or export errors; a number too large for a
   * double would otherwise become Infinity.
   */
  static final double MAX_AMOUNT = 1e10;
  private static final List<String> FLAGS = List.of("true", "false");

  @Override
  public List<TableSpec> silverTables() {
    return List.of(PipelineTables.SILVER_PARTICIPATIONS);
  }

  /** The user's selection: the delivery's years are known only here. */
  @Override
  public SortedSet<Integer> conform(StageContext ctx, ReferenceData reference, SourceSettings source, StageYears given) {
    YearSelection selection = given.requested();
    Dataset<Row> projects = Delivery.bronze(ctx, PipelineTables.BRONZE_CORDIS_PROJECTS, source.recordSet(Part.PROJECTS));
    Dataset<Row> organisations = Delivery.bronze(ctx, PipelineTables.BRONZE_CORDIS_ORGANIZATIONS,
        source.recordSet(Part.ORGANIZATIONS));
    // Cached, not checkpointed, as in PatentConform.
    try (CachedTables cached = new CachedTables()) {
      long projectsRead = projects.count();
      long organisationsRead = organisations.count();
      Dataset<Row> checkedProjects = cached.add(Delivery.outcome(projects(projects, ctx.settings().conform()), selection));
      RecordOutcomes.settle(ctx, checkedProjects, projectsRead, source.recordSet(Part.PROJECTS), "conform");
      Dataset<Row> valid = valid(checkedProjects);
      Dataset<Row> checked = cached.add(Delivery.outcome(participations(organisations, valid), selection));
      SortedSet<Integer> years = RecordOutcomes.settleWithYears(ctx, checked, organisationsRead,
          source.recordSet(Part.ORGANIZATIONS), "conform").acceptedYears();
      Dataset<Row> accepted = checked.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
          .withColumn("source", lit(source.name()));
      return Delivery.write(ctx, PipelineTables.SILVER_PARTICIPATIONS, accepted, years, source.name(), selection);
    }
  }

  @Override
  public Map<Part, Dataset<Row>> classify(SparkSession spark, SourceSettings source, Map<Part, Dataset<Row>> accepted,
      Settings settings, ReferenceData reference, YearSelection selection) {
    Map<Part, Dataset<Row>> result = new LinkedHashMap<>();
    Dataset<Row> projects = Delivery.outcome(projects(accepted.get(Part.PROJECTS), settings.conform()), selection);
    result.put(Part.PROJECTS, projects);
    result.put(Part.ORGANIZATIONS, Delivery.outcome(participations(accepted.get(Part.ORGANIZATIONS), valid(projects)),
        selection));
    return result;
  }

  /** The projects a participation can take its year from: those not quarantined, keyed for the join. */
  private static Dataset<Row> valid(Dataset<Row> checkedProjects) {
    return checkedProjects.filter(col("outcome").notEqual(RecordOutcomes.QUARANTINED))
        .select(col("project_id").as("p_id"), col("reference_year").as("p_year"),
            col("framework_programme").as("p_programme"));
  }

  /** Project rows with reference_year (the start year), reason and detail. */
  static Dataset<Row> projects(Dataset<Row> bronze, ConformSettings settings) {
    Column date = expr("try_to_timestamp(substring(start_date, 1, 10), 'yyyy-MM-dd')");
    Column startYear = year(date);
    List<Rule> rules = List.of(
        Rule.of(QuarantineReason.MISSING_VALUE, col("project_id").isNull(), lit("id is empty")),
        Rule.of(QuarantineReason.INVALID_DATE, col("start_date").isNull(), lit("startDate is empty")),
        Rule.of(QuarantineReason.INVALID_DATE, not(col("start_date").rlike(DATE)).or(date.isNull()),
            concat(lit("startDate "), QuotedValue.of(col("start_date")), lit(" is not a date yyyy-mm-dd"))),
        Rule.of(QuarantineReason.INVALID_YEAR,
            startYear.lt(settings.minReferenceYear()).or(startYear.gt(settings.maxReferenceYear())),
            concat(lit("startDate "), QuotedValue.of(col("start_date")), lit(" is outside the accepted years "
                + settings.minReferenceYear() + "-" + settings.maxReferenceYear()))));
    Dataset<Row> checked = Rule.apply(bronze.withColumn("reference_year", startYear), rules);
    return Duplicates.mark(checked, concat(lit("project id "), QuotedValue.of(col("project_id"))), "project_id");
  }

  /**
   * An amount in euro with a decimal comma, at most {@link #MAX_AMOUNT}. A point is rejected, not
   * read: in a comma-decimal file {@code 1.234} is either a thousands separator (1234) or a decimal
   * point (1.234), and nothing in the value tells which.
   */
  private static List<Rule> amountRules(Column text, String field) {
    return List.of(
        Rule.of(QuarantineReason.INVALID_AMOUNT, text.contains("."),
            concat(lit(field + " "), QuotedValue.of(text), lit(" has a point, which in CORDIS's comma-decimal files is"
                + " either a thousands separator or a decimal point; re-export the file with decimal commas"))),
        Rule.of(QuarantineReason.INVALID_AMOUNT, text.isNotNull().and(not(text.rlike(AMOUNT))),
            concat(lit(field + " "), QuotedValue.of(text), lit(" is not a decimal number (digits, decimal comma)"))),
        Rule.of(QuarantineReason.INVALID_AMOUNT, regexp_replace(text, ",", ".").cast("double").gt(MAX_AMOUNT),
            concat(lit(field + " "), QuotedValue.of(text), lit(" is more than "
                + String.format(java.util.Locale.ROOT, "%,.0f", MAX_AMOUNT) + " euro, more than one participation can receive"))));
  }

  /** Organisation rows with the project's year, region columns, reason and detail. */
  static Dataset<Row> participations(Dataset<Row> bronze, Dataset<Row> validProjects) {
    Column nuts = upper(col("nuts_code"));
    Column country = RegionColumns.nutsCountry(upper(col("country")));
    Column amount = regexp_replace(col("ec_contribution"), ",", ".");
    List<Rule> rules = new ArrayList<>();
    rules.add(Rule.of(QuarantineReason.MISSING_VALUE, col("project_id").isNull(), lit("projectID is empty")));
    rules.add(Rule.of(QuarantineReason.MISSING_VALUE, col("organisation_id").isNull(), lit("organisationID is empty")));
    rules.add(Rule.of(QuarantineReason.INVALID_ACTIVITY_TYPE, not(upper(coalesce(col("activity_type"), lit(""))).isin(ACTIVITY_TYPES.toArray())),
        concat(lit("activityType "), QuotedValue.of(col("activity_type")), lit(" is not one of " + String.join(", ", ACTIVITY_TYPES)))));
    rules.add(Rule.of(QuarantineReason.MISSING_VALUE, col("country").isNull().and(col("nuts_code").isNull()),
        lit("neither country nor nutsCode is given")));
    rules.add(Rule.of(QuarantineReason.INVALID_REGION, col("country").isNotNull().and(not(upper(col("country")).rlike("^[A-Z]{2}$"))),
        concat(lit("country "), QuotedValue.of(col("country")), lit(" is not a two-letter country code"))));
    rules.add(Rule.of(QuarantineReason.INVALID_REGION, nuts.isNotNull().and(not(nuts.rlike(RegionColumns.NUTS_SHAPE))),
        concat(lit("nutsCode "), QuotedValue.of(col("nuts_code")), lit(" is not a NUTS code of level 0 to 3"))));
    rules.add(Rule.of(QuarantineReason.REGION_COUNTRY_MISMATCH,
        nuts.isNotNull().and(col("country").isNotNull()).and(substring(nuts, 1, 2).notEqual(country)),
        concat(lit("nutsCode "), QuotedValue.of(col("nuts_code")), lit(" lies outside country "), QuotedValue.of(col("country")))));
    rules.add(Rule.of(QuarantineReason.INVALID_FLAG, col("sme").isNotNull().and(not(lower(col("sme")).isin(FLAGS.toArray()))),
        concat(lit("SME "), QuotedValue.of(col("sme")), lit(" is neither true nor false (nor empty, for unknown)"))));
    rules.addAll(amountRules(col("ec_contribution"), "ecContribution"));
    rules.add(Rule.of(QuarantineReason.UNKNOWN_PROJECT, col("p_id").isNull(),
        concat(lit("projectID "), QuotedValue.of(col("project_id")), lit(" has no valid row in the project file"))));
    Dataset<Row> joined = bronze.join(broadcast(validProjects), col("project_id").equalTo(col("p_id")), "left");
    Dataset<Row> checked = Rule.apply(joined
            .withColumn("reference_year", col("p_year"))
            .withColumn("framework_programme", col("p_programme")), rules)
        .withColumn("activity_type", upper(col("activity_type")))
        .withColumn("sme", when(lower(col("sme")).equalTo("true"), lit(true))
            .when(lower(col("sme")).equalTo("false"), lit(false)))
        .withColumn("ec_contribution", when(col("ec_contribution").rlike(AMOUNT), amount.cast("double")))
        .drop("p_id", "p_year", "p_programme");
    Dataset<Row> marked = Duplicates.mark(checked,
        concat(lit("organisation "), QuotedValue.of(col("organisation_id")), lit(" in project "), QuotedValue.of(col("project_id"))),
        "project_id", "organisation_id");
    Column region = when(nuts.isNotNull().and(length(nuts).geq(2)), nuts).otherwise(country);
    return RegionColumns.add(marked, region);
  }
}
