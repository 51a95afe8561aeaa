package org.clusterscope.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.ConformSettings;
import org.clusterscope.ingest.QuarantineReason;
import org.clusterscope.ingest.QuotedValue;
import org.clusterscope.reference.NaceReference;
import org.clusterscope.reference.ReferenceData;

/**
 * The validation and normalisation rules of a business-register record, as Spark column
 * expressions over a bronze row. Each rule yields a reason code and a detail naming the field and
 * the bad value; the first rule that fails decides.
 */
final class EstablishmentRules {
  private static final String NUTS_SHAPE = RegionColumns.NUTS_SHAPE;

  private final ConformSettings settings;
  private final ReferenceData reference;
  private final boolean sirene;

  /** @param sirene true for SIRENE records, whose region comes from the commune and which carry a nomenclature */
  EstablishmentRules(ConformSettings settings, ReferenceData reference, boolean sirene) {
    this.settings = settings;
    this.reference = reference;
    this.sirene = sirene;
  }

  /** Normalised region code (upper case), a column of {@link #normalise}. */
  static final String REGION = "region_upper";
  /** active, closed or NULL, a column of {@link #normalise}. */
  static final String STATUS = "status_value";
  /** The size band without spaces ({@link SizeBands#normalised}), a column of {@link #normalise}. */
  static final String SIZE_BAND = "size_band_value";

  /**
   * Adds the normalised values the rules and silver read: region ({@link #REGION}), nace_class,
   * nace_division, nace_section, status ({@link #STATUS}), size band ({@link #SIZE_BAND}). Computed once as columns, because
   * the rules read each several times and Spark does not share an expression repeated inside
   * conditions: written into every rule, the NACE class alone was parsed eight times a record.
   */
  Dataset<Row> normalise(Dataset<Row> bronze) {
    return bronze
        .withColumn(REGION, upper(col("region_code")))
        .withColumn("nace_class", naceClass())
        .withColumn("nace_division", substring(col("nace_class"), 1, 2))
        .withColumn("nace_section", NaceReference.sectionOf(reference.nace().divisionSections(), col("nace_division")))
        .withColumn(STATUS, status())
        .withColumn(SIZE_BAND, SizeBands.normalised());
  }

  /** Adds reason_code and reason_detail of the first failing rule to {@link #normalise}d rows. */
  Dataset<Row> check(Dataset<Row> normalised) {
    return Rule.apply(normalised, rules());
  }

  private static Column region() {
    return col(REGION);
  }

  private static Column extraRegio() {
    return RegionColumns.extraRegio(region());
  }

  /** NACE class NN.NN from 29.32, 2932, 29.32Z or 2932Z; NULL otherwise. */
  private static Column naceClass() {
    Column code = upper(trim(col("nace")));
    return when(code.rlike("^[0-9]{2}\\.[0-9]{2}[A-Z]?$"), substring(code, 1, 5))
        .when(code.rlike("^[0-9]{4}[A-Z]?$"), concat(substring(code, 1, 2), lit("."), substring(code, 3, 2)));
  }

  /** active, closed, or NULL when the status is not recognised. Empty means active. */
  private static Column status() {
    Column s = lower(col("status"));
    return when(s.isNull().or(s.isin("active", "a")), lit("active"))
        .when(s.isin("closed", "c", "f"), lit("closed"));
  }

  Column employees() {
    return when(col("employees").isNotNull(), col("employees").cast("double"))
        .otherwise(SizeBands.estimate(settings.sizeBandEstimator(), col(SIZE_BAND)));
  }

  Column employmentMethod() {
    return when(col("employees").isNotNull(), lit("reported"))
        .otherwise(lit(settings.sizeBandEstimator().method()));
  }

  /**
   * INSEE's identifiers by their documented format: a siret is the 9-digit siren of its enterprise
   * followed by a 5-digit nic. Both are text; a spreadsheet that read them as numbers writes
   * {@code 9.13654321E+13} or drops leading zeros. The siret's Luhn check digit is not tested: INSEE
   * documents exceptions (La Poste's establishments), so a failing check does not make it wrong.
   */
  private static List<Rule> sireneIds() {
    Column siret = col("establishment_id");
    Column siren = col("enterprise_id");
    return List.of(
        Rule.of(QuarantineReason.INVALID_ID, not(siret.rlike("^[0-9]{14}$")),
            concat(lit("siret "), QuotedValue.of(siret), lit(" is not 14 digits (a siret is text: a spreadsheet that"
                + " read it as a number writes it in exponent notation or drops its leading zeros)"))),
        Rule.of(QuarantineReason.MISSING_VALUE, siren.isNull(), lit("siren is empty")),
        Rule.of(QuarantineReason.INVALID_ID, not(siren.rlike("^[0-9]{9}$")),
            concat(lit("siren "), QuotedValue.of(siren), lit(" is not 9 digits"))),
        Rule.of(QuarantineReason.INVALID_ID, substring(siret, 1, 9).notEqual(siren),
            concat(lit("siret "), QuotedValue.of(siret), lit(" does not begin with its siren "), QuotedValue.of(siren),
                lit(" (a siret is the siren followed by the 5-digit nic)"))));
  }

  /** The rules in order. */
  private List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    if (sirene) {
      rules.add(Rule.of(QuarantineReason.MISSING_VALUE, col("establishment_id").isNull(), lit("siret is empty")));
      rules.addAll(sireneIds());
      rules.add(Rule.of(QuarantineReason.MISSING_VALUE, col("commune_code").isNull(), lit("codeCommuneEtablissement is empty")));
      rules.add(Rule.of(QuarantineReason.UNKNOWN_COMMUNE, col("region_code").isNull(),
          concat(lit("codeCommuneEtablissement "), QuotedValue.of(col("commune_code")),
              lit(" is not in the commune-to-NUTS 3 correspondence (the source's commune-nuts option)"))));
      rules.add(Rule.of(QuarantineReason.WRONG_NOMENCLATURE, not(col("nace_nomenclature").eqNullSafe("NAFRev2")),
          concat(lit("nomenclatureActivitePrincipaleEtablissement "), QuotedValue.of(col("nace_nomenclature")),
              lit(" is not NAFRev2; only NAF rev. 2 activities map to NACE Rev.2"))));
    }
    for (String field : List.of("establishment_id", "region_code", "nace")) {
      rules.add(Rule.of(QuarantineReason.MISSING_VALUE, col(field).isNull(), lit(field + " is empty")));
    }
    rules.add(Rule.of(QuarantineReason.INVALID_REGION, not(region().rlike(NUTS_SHAPE)),
        concat(lit("region_code "), QuotedValue.of(col("region_code")),
            lit(" is not a NUTS code (two-letter country code and up to three characters, levels 0 to 3)"))));
    reference.nuts().ifPresent(nuts -> rules.add(Rule.of(QuarantineReason.UNKNOWN_REGION,
        not(extraRegio()).and(not(region().isin(nuts.labels().keySet().toArray()))),
        concat(lit("region_code "), QuotedValue.of(col("region_code")),
            lit(" is not in the NUTS list (clusterscope.reference.nuts-regions)")))));
    rules.add(Rule.of(QuarantineReason.INVALID_NACE, col("nace_class").isNull(),
        concat(lit("nace "), QuotedValue.of(col("nace")), lit(" is not a NACE Rev.2 class (29.32, 2932 or 29.32Z)"))));
    rules.add(Rule.of(QuarantineReason.INVALID_NACE, col("nace_section").isNull(),
        concat(lit("nace "), QuotedValue.of(col("nace")), lit(": division "), col("nace_division"),
            lit(" does not exist in NACE Rev.2"))));
    if (!reference.nace().classLabels().isEmpty()) {
      rules.add(Rule.of(QuarantineReason.INVALID_NACE,
          not(col("nace_class").isin(reference.nace().classLabels().keySet().toArray())),
          concat(lit("nace "), QuotedValue.of(col("nace")), lit(": class "), col("nace_class"),
              lit(" does not exist in NACE Rev.2 (clusterscope.reference.nace)"))));
    }
    rules.add(Rule.of(QuarantineReason.INVALID_STATUS, col(STATUS).isNull(),
        concat(lit("status "), QuotedValue.of(col("status")), lit(" is neither active nor closed"))));
    rules.add(Rule.of(QuarantineReason.INVALID_EMPLOYEES,
        col("employees").isNotNull().and(not(col("employees").rlike("^[0-9]+(\\.[0-9]+)?$"))),
        concat(lit("employees "), QuotedValue.of(col("employees")), lit(" is not a non-negative number"))));
    rules.add(Rule.of(QuarantineReason.INVALID_EMPLOYEES, col("employees").cast("double").gt(settings.maxEmployees()),
        concat(lit("employees "), QuotedValue.of(col("employees")), lit(" is more than " + settings.maxEmployees()
            + ", the most one establishment may have (clusterscope.conform.max-employees)"))));
    rules.add(Rule.of(QuarantineReason.MISSING_EMPLOYMENT,
        col("employees").isNull().and(col("size_band").isNull()),
        lit("neither employees nor size_band is given")));
    rules.add(Rule.of(QuarantineReason.INVALID_SIZE_BAND,
        col("employees").isNull().and(not(SizeBands.isAccepted(col(SIZE_BAND)))),
        concat(lit("size_band "), QuotedValue.of(col("size_band")), lit(" is not an accepted band (" + SizeBands.list() + ")"))));
    return rules;
  }
}
