package org.clusterscope.publish;

import static org.clusterscope.publish.ColumnSpec.of;

import java.util.List;
import org.clusterscope.config.CatalogSettings.Layer;

/** Bronze and silver tables: raw records with lineage, and conformed establishments. */
public final class PipelineTables {
  private PipelineTables() {}

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
          of("reference_year", "INT", "Reference year of the record")),
      List.of("reference_year"));

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
      List.of("reference_year"));
}
