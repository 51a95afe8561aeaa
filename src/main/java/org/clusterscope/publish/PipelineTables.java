package org.clusterscope.publish;

import static org.clusterscope.publish.ColumnSpec.of;

import java.util.List;
import org.clusterscope.config.CatalogSettings.Layer;

/** Bronze and silver tables: raw records with lineage, and conformed establishments. */
public final class PipelineTables {
  private PipelineTables() {}

  /**
   * Every write to a bronze or silver table replaces one source (and its years), so the source is
   * a partition column: the replaced rows are then whole partitions, removed from the Delta log
   * without reading them. Partitioned by year alone, Delta had to scan the year's files for the
   * source's rows and rewrite them on every rerun. Tables created by an earlier release keep their
   * partitioning and stay correct; only the rerun is slower there.
   */
  private static final List<String> BY_YEAR_AND_SOURCE = List.of("reference_year", "source");
  /** Deliveries replaced as a whole (REGPAT, CORDIS), see {@link #BY_YEAR_AND_SOURCE}. */
  private static final List<String> BY_SOURCE = List.of("source");

  public static final TableSpec BRONZE_REGISTER = new TableSpec(
      Layer.BRONZE, "register",
      "Business-register records as read from the input files (values untouched, as text), with"
          + " lineage. One row per input record whose reference year could be read.",
      List.of(
          of("run_id", "STRING", "Run that read the record (cs_ops.runs.run_id)"),
          of("source", "STRING", "Configured source name"),
          of("source_file", "STRING", "Input file"),
          of("line_number", "BIGINT", "Line of the record in the input file (the header is line 1)"),
          of("raw_record", "STRING", "The input line as read"),
          of("establishment_id", "STRING", "Establishment identifier as given"),
          of("enterprise_id", "STRING", "Enterprise identifier as given"),
          of("region_code", "STRING", "Region code as given"),
          of("nace", "STRING", "Activity code as given"),
          of("employees", "STRING", "Employees as given"),
          of("size_band", "STRING", "Size band as given"),
          of("status", "STRING", "Status as given"),
          of("reference_year", "INT", "Reference year of the record"),
          of("nace_nomenclature", "STRING", "Activity nomenclature as given (SIRENE: NAFRev2, NAFRev1, ...); NULL for register-csv"),
          of("commune_code", "STRING", "Commune code as given (SIRENE); NULL for register-csv")),
      BY_YEAR_AND_SOURCE);

  public static final TableSpec BRONZE_SBS = new TableSpec(
      Layer.BRONZE, "sbs",
      "Eurostat structural business statistics cells as read (one row per series and period), values"
          + " untouched, with lineage.",
      List.of(
          of("run_id", "STRING", "Run that read the record (cs_ops.runs.run_id)"),
          of("source", "STRING", "Configured source name"),
          of("source_file", "STRING", "Input file"),
          of("line_number", "BIGINT", "Line of the series in the input file (the header is line 1)"),
          of("raw_record", "STRING", "The input line as read"),
          of("freq", "STRING", "Frequency dimension as given (A = annual)"),
          of("indicator", "STRING", "indic_sbs as given (EMP_LOC_NR, LOC_NR, ...)"),
          of("nace_r2", "STRING", "nace_r2 as given (C, C29, B-N_S95_X_K, ...)"),
          of("geo", "STRING", "geo as given (a NUTS code)"),
          of("value", "STRING", "Cell as given: a number with optional flags (628 e), ':' or ': c'"),
          of("reference_year", "INT", "Period of the cell")),
      BY_YEAR_AND_SOURCE);

  public static final TableSpec BRONZE_REGPAT_PERSONS = new TableSpec(
      Layer.BRONZE, "regpat_persons",
      "REGPAT inventor and applicant rows as read, values untouched, with lineage. Each source's"
          + " delivery replaces its previous one as a whole (the year is known only from the IPC file).",
      List.of(
          of("run_id", "STRING", "Run that read the record (cs_ops.runs.run_id)"),
          of("source", "STRING", "Configured source and part, e.g. regpat:inventors"),
          of("role", "STRING", "inventor or applicant"),
          of("source_file", "STRING", "Input file"),
          of("line_number", "BIGINT", "Line in the input file (the header is line 1)"),
          of("raw_record", "STRING", "The input line as read"),
          of("appln_id", "STRING", "Application id as given"),
          of("person_id", "STRING", "Person id as given"),
          of("reg_code", "STRING", "Region code as given (NUTS 3 or OECD TL3)"),
          of("ctry_code", "STRING", "Country code as given"),
          of("reg_share", "STRING", "Share of the person's address in this region, as given"),
          of("share", "STRING", "inv_share or app_share as given")),
      BY_SOURCE);

  public static final TableSpec BRONZE_REGPAT_IPC = new TableSpec(
      Layer.BRONZE, "regpat_ipc",
      "REGPAT IPC rows (one per application and IPC code) as read, with lineage. Replaced per source as a whole.",
      List.of(
          of("run_id", "STRING", "Run that read the record (cs_ops.runs.run_id)"),
          of("source", "STRING", "Configured source and part, e.g. regpat:ipc"),
          of("source_file", "STRING", "Input file"),
          of("line_number", "BIGINT", "Line in the input file (the header is line 1)"),
          of("raw_record", "STRING", "The input line as read"),
          of("appln_id", "STRING", "Application id as given"),
          of("prio_year", "STRING", "Priority year as given"),
          of("app_year", "STRING", "Application year as given"),
          of("ipc", "STRING", "IPC code as given (with REGPAT's inner spaces)")),
      BY_SOURCE);

  public static final TableSpec BRONZE_CORDIS_ORGANIZATIONS = new TableSpec(
      Layer.BRONZE, "cordis_organizations",
      "CORDIS participations (organization.csv rows) as read, with lineage. Replaced per source as a whole.",
      List.of(
          of("run_id", "STRING", "Run that read the record (cs_ops.runs.run_id)"),
          of("source", "STRING", "Configured source and part, e.g. cordis:organizations"),
          of("source_file", "STRING", "Input file"),
          of("line_number", "BIGINT", "First line of the record in the input file (the header is line 1)"),
          of("raw_record", "STRING", "The record as read"),
          of("project_id", "STRING", "projectID as given"),
          of("organisation_id", "STRING", "organisationID as given"),
          of("name", "STRING", "Organisation name as given"),
          of("sme", "STRING", "SME flag as given"),
          of("activity_type", "STRING", "activityType as given (PRC, HES, REC, PUB, OTH)"),
          of("country", "STRING", "Country code as given"),
          of("nuts_code", "STRING", "nutsCode as given (any NUTS level)"),
          of("role", "STRING", "Role as given (coordinator, participant, ...)"),
          of("ec_contribution", "STRING", "ecContribution as given (comma decimals)")),
      BY_SOURCE);

  public static final TableSpec BRONZE_CORDIS_PROJECTS = new TableSpec(
      Layer.BRONZE, "cordis_projects",
      "CORDIS projects (project.csv rows) as read, with lineage. Replaced per source as a whole.",
      List.of(
          of("run_id", "STRING", "Run that read the record (cs_ops.runs.run_id)"),
          of("source", "STRING", "Configured source and part, e.g. cordis:projects"),
          of("source_file", "STRING", "Input file"),
          of("line_number", "BIGINT", "First line of the record in the input file (the header is line 1)"),
          of("raw_record", "STRING", "The record as read"),
          of("project_id", "STRING", "id as given"),
          of("acronym", "STRING", "Acronym as given"),
          of("start_date", "STRING", "startDate as given"),
          of("framework_programme", "STRING", "frameworkProgramme as given")),
      BY_SOURCE);

  public static final TableSpec SILVER_ESTABLISHMENTS = new TableSpec(
      Layer.SILVER, "establishments",
      "Active establishments (local units) that passed every validation rule, with NUTS and NACE"
          + " hierarchies resolved and employment measured or estimated. Closed establishments are"
          + " excluded; rejected records are in cs_ops.quarantine.",
      List.of(
          of("source", "STRING", "Configured source name"),
          of("reference_year", "INT", "Reference year"),
          of("establishment_id", "STRING", "Establishment identifier, unique per source and year"),
          of("enterprise_id", "STRING", "Enterprise identifier (the establishment's own id when not given); the contributor unit of confidentiality rules"),
          of("country_code", "STRING", "Country code (first two characters of the NUTS code)"),
          of("region_code", "STRING", "NUTS code as given, upper case"),
          of("region_level", "INT", "NUTS level of the given code (0 to 3); the establishment counts at this level and above"),
          of("nuts1", "STRING", "NUTS 1 region, NULL if the given code is coarser"),
          of("nuts2", "STRING", "NUTS 2 region, NULL if the given code is coarser"),
          of("nuts3", "STRING", "NUTS 3 region, NULL if the given code is coarser"),
          of("extra_regio", "BOOLEAN", "True for extra-regio codes (ZZ / Z): counted, but excluded from indicators"),
          of("nace_class", "STRING", "NACE Rev.2 class, dotted (29.32)"),
          of("nace_division", "STRING", "NACE Rev.2 division (29)"),
          of("nace_section", "STRING", "NACE Rev.2 section letter (C)"),
          of("employees", "DOUBLE", "Employment: reported, or estimated from the size band"),
          of("employment_method", "STRING", "reported, band_midpoint or band_lower_bound"),
          of("size_band", "STRING", "Size band as given (NULL if not given)"),
          of("source_file", "STRING", "Input file of the record"),
          of("line_number", "BIGINT", "Line of the record in the input file")),
      BY_YEAR_AND_SOURCE);

  private static final List<ColumnSpec> REGION_COLUMNS = List.of(
      of("country_code", "STRING", "Country code (first two characters of the NUTS code)"),
      of("region_code", "STRING", "NUTS code as given, upper case (NULL when only the country is known)"),
      of("region_level", "INT", "NUTS level of the given code (0 to 3); the record counts at this level and above"),
      of("nuts1", "STRING", "NUTS 1 region, NULL if the given code is coarser"),
      of("nuts2", "STRING", "NUTS 2 region, NULL if the given code is coarser"),
      of("nuts3", "STRING", "NUTS 3 region, NULL if the given code is coarser"),
      of("extra_regio", "BOOLEAN", "True for extra-regio codes (ZZ / Z): counted, but excluded from indicators"));

  private static List<ColumnSpec> columns(List<ColumnSpec> head, List<ColumnSpec> region, List<ColumnSpec> tail) {
    List<ColumnSpec> all = new java.util.ArrayList<>(head);
    all.addAll(region);
    all.addAll(tail);
    return all;
  }

  public static final TableSpec SILVER_SBS_CELLS = new TableSpec(
      Layer.SILVER, "sbs_cells",
      "Aggregated employment and local-unit counts per region, NACE section or division and year from"
          + " Eurostat SBS. Confidential cells are kept, flagged, with NULL values: never imputed.",
      columns(List.of(
          of("source", "STRING", "Configured source name"),
          of("reference_year", "INT", "Reference year (the period)")),
          REGION_COLUMNS,
          List.of(
          of("nace_code", "STRING", "NACE Rev.2 section letter (C) or division (29)"),
          of("nace_level", "STRING", "section or division"),
          of("nace_section", "STRING", "NACE Rev.2 section of the code"),
          of("employment", "DOUBLE", "Persons employed (EMP_LOC_NR / V16110); NULL when confidential or not available"),
          of("employment_flags", "STRING", "Eurostat flags of the employment cell (e estimated, p provisional, c confidential, ...)"),
          of("establishments", "DOUBLE", "Local units (LOC_NR / V11210); NULL when confidential or not available"),
          of("establishments_flags", "STRING", "Eurostat flags of the local-units cell"),
          of("confidential", "BOOLEAN", "True when the employment or local-units cell is confidential in the source"))),
      BY_YEAR_AND_SOURCE);

  public static final TableSpec SILVER_PATENT_CLASSES = new TableSpec(
      Layer.SILVER, "patent_classes",
      "IPC codes of patent applications (one row per application and code), normalised and mapped to"
          + " the WIPO technology field and to NACE Rev.2 divisions through the configured concordances.",
      List.of(
          of("source", "STRING", "Configured source name"),
          of("reference_year", "INT", "Reference year of the application (priority year unless configured otherwise)"),
          of("appln_id", "STRING", "Application id"),
          of("ipc", "STRING", "IPC code, single-spaced (A61K 31/00)"),
          of("ipc_subclass", "STRING", "IPC subclass (A61K)"),
          of("tech_field", "INT", "WIPO technology field (1-35); NULL when the concordance has no row for the code"),
          of("nace_divisions", "ARRAY<STRING>", "NACE Rev.2 divisions the code gives in this application (after not_with / unless_with); empty when none"),
          of("source_file", "STRING", "Input file of the record"),
          of("line_number", "BIGINT", "Line of the record in the input file")),
      BY_YEAR_AND_SOURCE);

  public static final TableSpec SILVER_PATENT_INVENTORS = new TableSpec(
      Layer.SILVER, "patent_inventors",
      "Inventors (and applicants, by role) of patent applications with their region and weight"
          + " inv_share * reg_share; the year is the application's reference year.",
      columns(List.of(
          of("source", "STRING", "Configured source name"),
          of("reference_year", "INT", "Reference year of the application"),
          of("appln_id", "STRING", "Application id"),
          of("person_id", "STRING", "Person id"),
          of("role", "STRING", "inventor or applicant")),
          REGION_COLUMNS,
          List.of(
          of("reg_share", "DOUBLE", "Share of the person's address in this region"),
          of("person_share", "DOUBLE", "inv_share or app_share: the person's share of the application"),
          of("weight", "DOUBLE", "person_share * reg_share: the fraction of the application counted in this region"),
          of("source_file", "STRING", "Input file of the record"),
          of("line_number", "BIGINT", "Line of the record in the input file"))),
      BY_YEAR_AND_SOURCE);

  public static final TableSpec SILVER_PARTICIPATIONS = new TableSpec(
      Layer.SILVER, "participations",
      "Participations of organisations in research projects (CORDIS), with region at the level the"
          + " NUTS code determines; the year is the project's start year.",
      columns(List.of(
          of("source", "STRING", "Configured source name"),
          of("reference_year", "INT", "Start year of the project"),
          of("project_id", "STRING", "Project id"),
          of("framework_programme", "STRING", "Framework programme (H2020, HORIZON, ...)"),
          of("organisation_id", "STRING", "Organisation id"),
          of("name", "STRING", "Organisation name"),
          of("activity_type", "STRING", "PRC company, HES higher education, REC research organisation, PUB public body, OTH other"),
          of("sme", "BOOLEAN", "SME flag (NULL when not given)"),
          of("role", "STRING", "Role in the project (coordinator, participant, ...)")),
          REGION_COLUMNS,
          List.of(
          of("ec_contribution", "DOUBLE", "EU contribution in euro (NULL when not given)"),
          of("source_file", "STRING", "Input file of the record"),
          of("line_number", "BIGINT", "Line of the record in the input file"))),
      BY_YEAR_AND_SOURCE);
}
