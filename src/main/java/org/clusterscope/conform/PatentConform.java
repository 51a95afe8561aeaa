package org.clusterscope.conform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;
import org.clusterscope.ingest.IngestFormat;
import org.clusterscope.ingest.QuarantineReason;
import org.clusterscope.ingest.QuotedValue;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.IpcConcordance;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.spark.CachedTables;

/**
 * REGPAT IPC and person files to {@code cs_silver.patent_classes} and
 * {@code cs_silver.patent_inventors}. An application's year is its priority year (or application
 * year, option {@code reference-year}), the earliest over its valid IPC rows; a person row takes
 * it from its application, so one whose application has no valid IPC row is quarantined
 * ({@link QuarantineReason#UNKNOWN_APPLICATION}). A person's weight is
 * {@code inv_share * reg_share} (OECD fractional counting), each share greater than 0 and at most 1,
 * and an application's weights sum to 1 ({@link ShareSums}). Regions: a NUTS code of a NUTS country
 * at the levels it determines; persons in other countries (OECD TL codes) count for their
 * country only.
 */
final class PatentConform implements ConformFormat {
  private static final String SHARE = "^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE]-?[0-9]+)?$";

  @Override
  public List<TableSpec> silverTables() {
    return List.of(PipelineTables.SILVER_PATENT_CLASSES, PipelineTables.SILVER_PATENT_INVENTORS);
  }

  /** The user's selection: the delivery's years are known only here. */
  @Override
  public SortedSet<Integer> conform(StageContext ctx, ReferenceData reference, SourceSettings source, StageYears given) {
    YearSelection selection = given.requested();
    IpcConcordance concordance = reference.ipc().orElseThrow(
        () -> Errors.referenceNotConfigured("clusterscope.reference.ipc-technology and clusterscope.reference.ipc-nace"));
    boolean priority = source.option("reference-year", "priority").equals("priority");
    Dataset<Row> ipc = Delivery.bronze(ctx, PipelineTables.BRONZE_REGPAT_IPC, source.recordSet(Part.IPC));
    // Classified IPC rows are cached (columnar, compressed, spilling to disk): the counts, the
    // quarantine, the applications' years and silver read them, and each would repeat the window
    // over applications. A localCheckpoint held millions of them as row objects.
    try (CachedTables cached = new CachedTables()) {
      long ipcRead = ipc.count();
      Dataset<Row> classes = cached.add(Delivery.outcome(classes(ipc, ctx.settings().conform(), priority), selection));
      SortedSet<Integer> classYears = RecordOutcomes.settleWithYears(ctx, classes, ipcRead, source.recordSet(Part.IPC),
          "conform").acceptedYears();
      Dataset<Row> applications = cached.add(applications(classes));
      Dataset<Row> acceptedClasses = concordance.classify(
              classes.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED)).withColumn("ipc", col("ipc_code")))
          .withColumn("source", lit(source.name()))
          .withColumn("ipc_subclass", substring(col("ipc"), 1, 4));
      SortedSet<Integer> years = new TreeSet<>(
          Delivery.write(ctx, PipelineTables.SILVER_PATENT_CLASSES, acceptedClasses, classYears, source.name(), selection));

      Dataset<Row> accepted = null;
      SortedSet<Integer> personYears = new TreeSet<>();
      for (Part part : List.of(Part.INVENTORS, Part.APPLICANTS)) {
        if (source.paths(part).isEmpty()) {
          continue;
        }
        Dataset<Row> bronze = Delivery.bronze(ctx, PipelineTables.BRONZE_REGPAT_PERSONS, source.recordSet(part));
        long read = bronze.count();
        // Not cached, as the register's records are not: the counts read only the columns the
        // rules need, and silver applies the rules again (5 million rows: filling a columnar cache
        // of the checked rows took 45 s of executor time, the passes without it less than half).
        Dataset<Row> checked = Delivery.outcome(persons(bronze, applications), selection);
        personYears.addAll(
            RecordOutcomes.settleWithYears(ctx, checked, read, source.recordSet(part), "conform").acceptedYears());
        Dataset<Row> ok = checked.filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED));
        accepted = accepted == null ? ok : accepted.unionByName(ok);
      }
      years.addAll(Delivery.write(ctx, PipelineTables.SILVER_PATENT_INVENTORS,
          accepted.withColumn("source", lit(source.name())), personYears, source.name(), selection));
      return years;
    }
  }

  @Override
  public Map<Part, Dataset<Row>> classify(SparkSession spark, SourceSettings source, Map<Part, Dataset<Row>> accepted,
      Settings settings, ReferenceData reference, YearSelection selection) {
    Map<Part, Dataset<Row>> result = new LinkedHashMap<>();
    boolean priority = source.option("reference-year", "priority").equals("priority");
    Dataset<Row> classes = Delivery.outcome(classes(accepted.get(Part.IPC), settings.conform(), priority), selection);
    result.put(Part.IPC, classes);
    Dataset<Row> applications = applications(classes);
    IngestFormat bronze = IngestFormat.of(SourceFormat.REGPAT);
    for (Part part : new Part[] {Part.INVENTORS, Part.APPLICANTS}) {
      if (accepted.containsKey(part)) {
        result.put(part, Delivery.outcome(persons(bronze.bronzeRows(accepted.get(part), part), applications), selection));
      }
    }
    return result;
  }

  /** Each application's year: the earliest over its IPC rows that are not quarantined. */
  private static Dataset<Row> applications(Dataset<Row> classes) {
    return classes.filter(col("outcome").notEqual(RecordOutcomes.QUARANTINED))
        .groupBy(col("appln_id").as("a_id")).agg(min("reference_year").as("a_year"));
  }

  /** IPC rows with the normalised code ({@code ipc_code}), the application's year, reason and detail. */
  static Dataset<Row> classes(Dataset<Row> bronze, ConformSettings settings, boolean priority) {
    String yearField = priority ? "prio_year" : "app_year";
    Column raw = col(yearField);
    Column year = when(raw.rlike("^[0-9]{4}$"), raw.cast("int"));
    Column code = IpcConcordance.normalise(col("ipc"));
    List<Rule> rules = List.of(
        Rule.of(QuarantineReason.MISSING_VALUE, col("appln_id").isNull(), lit("appln_id is empty")),
        Rule.of(QuarantineReason.MISSING_VALUE, col("ipc").isNull(), lit("IPC is empty")),
        Rule.of(QuarantineReason.INVALID_YEAR, year.isNull(),
            concat(lit(yearField + " "), QuotedValue.of(raw), lit(" is not a four-digit year"))),
        Rule.of(QuarantineReason.INVALID_YEAR, year.lt(settings.minReferenceYear()).or(year.gt(settings.maxReferenceYear())),
            concat(lit(yearField + " " ), raw, lit(" is outside the accepted years "
                + settings.minReferenceYear() + "-" + settings.maxReferenceYear()
                + " (clusterscope.conform.min-reference-year / max-reference-year)"))),
        Rule.of(QuarantineReason.INVALID_IPC, not(IpcConcordance.isWellFormed(code)),
            concat(lit("IPC "), QuotedValue.of(col("ipc")), lit(" is not an IPC symbol such as A61K 31/00"))));
    Dataset<Row> checked = Rule.apply(bronze.withColumn("ipc_code", code), rules);
    Dataset<Row> marked = Duplicates.mark(checked,
        concat(lit("IPC "), QuotedValue.of(col("ipc_code")), lit(" of application "), QuotedValue.of(col("appln_id"))),
        "appln_id", "ipc_code");
    Column applicationYear = min(when(col("reason_code").isNull(), year)).over(Window.partitionBy("appln_id"));
    return marked.withColumn("reference_year", when(col("reason_code").isNull(), applicationYear).otherwise(year));
  }

  /** A share as a number, NULL (not an ANSI error) when it is not one. */
  private static Column number(Column text) {
    return when(text.rlike(SHARE), text.cast("double"));
  }

  /** Person rows with the application's year, region columns, weight, reason and detail. */
  static Dataset<Row> persons(Dataset<Row> bronze, Dataset<Row> applications) {
    Column reg = upper(col("reg_code"));
    Column country = coalesce(RegionColumns.nutsCountry(upper(col("ctry_code"))), substring(reg, 1, 2));
    Column european = country.isin(org.clusterscope.reference.NutsCountries.CODES.toArray());
    List<Rule> rules = new ArrayList<>();
    rules.add(Rule.of(QuarantineReason.MISSING_VALUE, col("appln_id").isNull(), lit("appln_id is empty")));
    rules.add(Rule.of(QuarantineReason.MISSING_VALUE, col("reg_code").isNull(), lit("reg_code is empty")));
    Column ctry = upper(col("ctry_code"));
    rules.add(Rule.of(QuarantineReason.INVALID_REGION, ctry.isNotNull().and(not(ctry.rlike("^[A-Z]{2}$"))),
        concat(lit("ctry_code "), QuotedValue.of(col("ctry_code")), lit(" is not a two-letter country code"))));
    rules.add(Rule.of(QuarantineReason.INVALID_REGION, ctry.isNull().and(not(reg.rlike("^[A-Z]{2}"))),
        concat(lit("ctry_code is empty and reg_code "), QuotedValue.of(col("reg_code")),
            lit(" does not begin with a two-letter country code"))));
    for (String[] share : new String[][] {{"reg_share", "reg_share"}, {"share", "inv_share / app_share"}}) {
      Column value = col(share[0]);
      rules.add(Rule.of(QuarantineReason.INVALID_SHARE, value.isNull().or(not(value.rlike(SHARE))),
          concat(lit(share[1] + " "), QuotedValue.of(value), lit(" is not a number"))));
      rules.add(Rule.of(QuarantineReason.INVALID_SHARE, not(number(value).gt(0).and(number(value).leq(1))),
          concat(lit(share[1] + " "), QuotedValue.of(value), lit(" reads as "), number(value).cast("string"),
              lit(", not a share greater than 0 and at most 1"))));
    }
    rules.add(Rule.of(QuarantineReason.INVALID_REGION, european.and(not(reg.rlike(RegionColumns.NUTS_SHAPE))),
        concat(lit("reg_code "), QuotedValue.of(col("reg_code")), lit(" is not a NUTS code of level 0 to 3 (unknown NUTS level)"))));
    rules.add(Rule.of(QuarantineReason.REGION_COUNTRY_MISMATCH, european.and(substring(reg, 1, 2).notEqual(country)),
        concat(lit("reg_code "), QuotedValue.of(col("reg_code")), lit(" lies outside ctry_code "), QuotedValue.of(col("ctry_code")))));
    rules.add(Rule.of(QuarantineReason.UNKNOWN_APPLICATION, col("a_id").isNull(),
        concat(lit("appln_id "), QuotedValue.of(col("appln_id")), lit(" has no valid row in the IPC file, so its year is unknown"))));
    Dataset<Row> checked = Rule.apply(bronze.join(broadcast(applications), col("appln_id").equalTo(col("a_id")), "left")
            .withColumn("reference_year", col("a_year")), rules)
        .withColumn("person_share", number(col("share")))
        .withColumn("reg_share", number(col("reg_share")))
        .withColumn("weight", col("person_share").multiply(col("reg_share")))
        .drop("a_id", "a_year");
    Dataset<Row> marked = Duplicates.mark(checked,
        concat(lit("person "), QuotedValue.of(col("person_id")), lit(" in region "), QuotedValue.of(col("reg_code")),
            lit(" of application "), QuotedValue.of(col("appln_id"))),
        "role", "appln_id", "person_id", "reg_code");
    return RegionColumns.add(ShareSums.check(marked), when(european, reg).otherwise(country));
  }
}
