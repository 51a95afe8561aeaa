package org.clusterscope.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The shape of one kind of input record: the canonical fields it yields (all as text, values are
 * interpreted by conform), the header names each is read from (matched case-insensitively), which
 * fields a file must have, the delimiter, and whether double quotes enclose fields.
 *
 * @param name what the records are, for messages ("SIRENE establishment")
 * @param fields canonical fields in output order
 * @param required groups of canonical fields; a file must have at least one field of each group
 * @param delimiter field delimiter
 * @param quoted true for RFC 4180 quoting; false where quotes are ordinary characters (REGPAT)
 */
public record RecordLayout(
    String name, List<Field> fields, List<List<String>> required, char delimiter, boolean quoted)
    implements Serializable {

  /** A canonical field and the header names that may carry it. */
  public record Field(String canonical, List<String> headerNames) implements Serializable {
    public Field {
      headerNames = headerNames.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }
  }

  public RecordLayout {
    fields = List.copyOf(fields);
    required = required.stream().map(List::copyOf).toList();
  }

  /** The canonical business-register fields (docs/design.md 3.1) plus SIRENE's nomenclature and commune. */
  private static final List<String> REGISTER_FIELDS = List.of(
      "establishment_id", "enterprise_id", "region_code", "nace", "employees", "size_band",
      "reference_year_raw", "status", "nace_nomenclature", "commune_code");

  /** register-csv: the canonical names themselves. */
  public static RecordLayout register(char delimiter) {
    List<Field> fields = new ArrayList<>();
    for (String f : REGISTER_FIELDS) {
      String header = f.equals("reference_year_raw") ? "reference_year" : f;
      fields.add(new Field(f, f.equals("nace_nomenclature") || f.equals("commune_code") ? List.of() : List.of(header)));
    }
    return new RecordLayout("register record", fields,
        List.of(List.of("establishment_id"), List.of("region_code"), List.of("nace"),
            List.of("reference_year_raw"), List.of("employees", "size_band")),
        delimiter, true);
  }

  /** The INSEE StockEtablissement columns clusterscope reads; the other 45+ are ignored. */
  public static RecordLayout sirene() {
    List<Field> fields = List.of(
        new Field("establishment_id", List.of("siret")),
        new Field("enterprise_id", List.of("siren")),
        new Field("region_code", List.of()),
        new Field("nace", List.of("activitePrincipaleEtablissement")),
        new Field("employees", List.of()),
        new Field("size_band", List.of("trancheEffectifsEtablissement")),
        new Field("reference_year_raw", List.of("anneeEffectifsEtablissement")),
        new Field("status", List.of("etatAdministratifEtablissement")),
        new Field("nace_nomenclature", List.of("nomenclatureActivitePrincipaleEtablissement")),
        new Field("commune_code", List.of("codeCommuneEtablissement")));
    return new RecordLayout("SIRENE establishment", fields,
        List.of(List.of("establishment_id"), List.of("nace"), List.of("size_band"), List.of("reference_year_raw"),
            List.of("status"), List.of("nace_nomenclature"), List.of("commune_code")),
        ',', true);
  }

  /** REGPAT inventor or applicant file; older releases capitalise the names. */
  public static RecordLayout regpatPersons(String shareColumn) {
    return new RecordLayout("REGPAT " + (shareColumn.equals("inv_share") ? "inventor" : "applicant"),
        List.of(
            new Field("appln_id", List.of("appln_id")),
            new Field("person_id", List.of("person_id")),
            new Field("reg_code", List.of("reg_code")),
            new Field("ctry_code", List.of("ctry_code")),
            new Field("reg_share", List.of("reg_share")),
            new Field("share", List.of(shareColumn))),
        List.of(List.of("appln_id"), List.of("person_id"), List.of("reg_code"), List.of("ctry_code"),
            List.of("reg_share"), List.of("share")),
        '|', false);
  }

  public static RecordLayout regpatIpc() {
    return new RecordLayout("REGPAT IPC",
        List.of(
            new Field("appln_id", List.of("appln_id")),
            new Field("prio_year", List.of("prio_year")),
            new Field("app_year", List.of("app_year")),
            new Field("ipc", List.of("ipc"))),
        List.of(List.of("appln_id"), List.of("prio_year"), List.of("app_year"), List.of("ipc")),
        '|', false);
  }

  /** CORDIS organization.csv, with or without contentUpdateDate;rcn. */
  public static RecordLayout cordisOrganizations() {
    return new RecordLayout("CORDIS organisation",
        List.of(
            new Field("project_id", List.of("projectID")),
            new Field("organisation_id", List.of("organisationID")),
            new Field("name", List.of("name")),
            new Field("sme", List.of("SME")),
            new Field("activity_type", List.of("activityType")),
            new Field("country", List.of("country")),
            new Field("nuts_code", List.of("nutsCode")),
            new Field("role", List.of("role")),
            new Field("ec_contribution", List.of("ecContribution"))),
        List.of(List.of("project_id"), List.of("organisation_id"), List.of("activity_type"),
            List.of("country"), List.of("nuts_code"), List.of("role")),
        ';', true);
  }

  public static RecordLayout cordisProjects() {
    return new RecordLayout("CORDIS project",
        List.of(
            new Field("project_id", List.of("id")),
            new Field("acronym", List.of("acronym")),
            new Field("start_date", List.of("startDate")),
            new Field("framework_programme", List.of("frameworkProgramme"))),
        List.of(List.of("project_id"), List.of("start_date")),
        ';', true);
  }

  /** RFC 4180 with this layout's delimiter: how quoted lines and headers are read. */
  CSVFormat csvFormat() {
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).build();
  }

  public int fieldIndex(String canonical) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).canonical().equals(canonical)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " has no field " + canonical);
  }

  /** Lineage, the canonical fields as text, and the parse-level reason. */
  public StructType schema() {
    List<StructField> out = new ArrayList<>();
    out.add(DataTypes.createStructField("source", DataTypes.StringType, false));
    out.add(DataTypes.createStructField("source_file", DataTypes.StringType, false));
    out.add(DataTypes.createStructField("line_number", DataTypes.LongType, false));
    out.add(DataTypes.createStructField("raw_record", DataTypes.StringType, false));
    for (Field field : fields) {
      out.add(DataTypes.createStructField(field.canonical(), DataTypes.StringType, true));
    }
    out.add(DataTypes.createStructField("reason_code", DataTypes.StringType, true));
    out.add(DataTypes.createStructField("reason_detail", DataTypes.StringType, true));
    return DataTypes.createStructType(out);
  }
}
