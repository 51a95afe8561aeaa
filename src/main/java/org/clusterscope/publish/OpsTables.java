package org.clusterscope.publish;

import static org.clusterscope.publish.ColumnSpec.of;

import java.util.List;
import org.clusterscope.config.CatalogSettings.Layer;

/**
 * The run audit: runs, quarantined records, data-quality checks (docs/design.md 4.9) and the
 * disclosure audit of the released layer (DESIGN 7).
 */
public final class OpsTables {
  private OpsTables() {}

  public static final TableSpec RUNS = new TableSpec(
      Layer.OPS, "runs",
      "One row per clusterscope command run: what ran, on which years, what it read, accepted,"
          + " quarantined and wrote, and how it ended.",
      List.of(
          of("run_id", "STRING", "Run identifier (UTC start time and a random suffix)"),
          of("command", "STRING", "Command: run, ingest, conform, indicators or linkages"),
          of("arguments", "STRING", "Command-line arguments"),
          of("config_file", "STRING", "Configuration file"),
          of("config_digest", "STRING", "SHA-256 of the effective configuration"),
          of("started_at", "TIMESTAMP", "Start time (UTC)"),
          of("finished_at", "TIMESTAMP", "End time (UTC); NULL while running"),
          of("status", "STRING", "running (started, not ended yet), succeeded, failed, cancelled (stopped by SIGTERM or SIGINT) or interrupted (its process died; marked by the next run that took the warehouse lock over)"),
          of("reference_years", "ARRAY<INT>", "Reference years processed"),
          of("source_counts",
              "ARRAY<STRUCT<source: STRING, stage: STRING, records_read: BIGINT, accepted: BIGINT,"
                  + " quarantined: BIGINT, excluded: BIGINT>>",
              "Per source and stage: records read = accepted + quarantined + excluded"),
          of("table_versions", "MAP<STRING, BIGINT>", "Delta version written per table"),
          of("spark_application_id", "STRING", "Spark application id"),
          of("error_message", "STRING", "Error message of a failed run; why a run was cancelled or interrupted"),
          of("skipped", "ARRAY<STRING>", "What an incremental run left out and why, e.g. 'register 2022:"
              + " inputs unchanged since run X' (docs/operations.md, Incremental runs); empty for a full run")),
      List.of());

  public static final TableSpec QUARANTINE = new TableSpec(
      Layer.OPS, "quarantine",
      "Every input record that was rejected, with the reason. Nothing is dropped silently:"
          + " records read = accepted + quarantined + excluded, per source and run.",
      List.of(
          of("run_id", "STRING", "Run that rejected the record"),
          of("stage", "STRING", "Stage that rejected it: ingest or conform"),
          of("source", "STRING", "Configured source name"),
          of("source_file", "STRING", "Input file"),
          of("line_number", "BIGINT", "Line in the input file"),
          of("raw_record", "STRING", "The input line as read"),
          of("reference_year", "INT", "Reference year of the record, when it could be read"),
          of("reason_code", "STRING", "Machine-readable reason, e.g. invalid_nace"),
          of("reason_detail", "STRING", "What exactly is wrong, naming the field and value")),
      List.of());

  public static final TableSpec DATA_QUALITY = new TableSpec(
      Layer.OPS, "data_quality",
      "Data-quality checks evaluated by each run. A failed check of severity error stops the run"
          + " before the gold tables are written.",
      List.of(
          of("run_id", "STRING", "Run"),
          of("table", "STRING", "Table or source checked"),
          of("check", "STRING", "Check"),
          of("severity", "STRING", "error or warn"),
          of("observed", "DOUBLE", "Observed value"),
          of("threshold", "DOUBLE", "Threshold"),
          of("passed", "BOOLEAN", "Whether the check passed"),
          of("detail", "STRING", "Readable explanation")),
      List.of());

  public static final TableSpec DISCLOSURE_AUDIT = new TableSpec(
      Layer.OPS, "disclosure_audit",
      "Independent check of the released layer (cs_pub), per run: for each released table, reference"
          + " year, NUTS level and sector scheme, how many cells are suppressed, how many of them the"
          + " released values determine exactly (must be 0: a run with any is refused and publishes"
          + " nothing), and how wide the feasible range of the primary cells stays (docs/disclosure.md, Audit).",
      List.of(
          of("run_id", "STRING", "Run that published (or was refused)"),
          of("table", "STRING", "Released table: region_sector, region_profile, sector_profile, or total (the grand total E of the level and scheme, released as region_sector.total_employment)"),
          of("reference_year", "INT", "Reference year"),
          of("nuts_level", "INT", "NUTS level"),
          of("sector_scheme", "STRING", "Sector scheme"),
          of("cells", "BIGINT", "Rows of the table for this year, level and scheme (1 for total)"),
          of("primary", "BIGINT", "Of those, cells confidential by a primary rule (conf_status C)"),
          of("secondary", "BIGINT", "Of those, cells suppressed to protect others (conf_status D)"),
          of("exactly_disclosed", "BIGINT", "Primary cells whose employment or establishments the released values determine exactly: by exact linear algebra over the additive relations of the year (all levels and schemes), with non-negativity (released zeros, totals equal to their released parts), or an interval of width 0. Must be 0"),
          of("min_protection_ratio", "DOUBLE", "Smallest (max - min) / value of employment over the interval-checked primary cells, [min, max] the feasible range given the released values and cells >= 0; NULL when no such cell has a finite ratio (none, value 0, or unbounded)"),
          of("min_protection_ratio_establishments", "DOUBLE", "The same for establishments"),
          of("interval_checked", "BIGINT", "Primary cells whose feasible range is known for both measures: by linear programming, or a single value where the exact check disclosed them"),
          of("interval_unchecked", "BIGINT", "Primary cells not interval-checked: their relations form a component beyond the solver's cap (their exact check still ran)"),
          of("source_constants", "BIGINT", "Cells fed by SBS: values Eurostat published or kept confidential, taken as constants outside the audit's model"),
          of("unmatched_cells", "BIGINT", "Cells whose gold value differs from the audit's own rebuild from silver (must be 0; otherwise the audited relations do not describe the table)"),
          of("note", "STRING", "What a statistician should know about the row: SBS constants, unchecked intervals, unmatched cells")),
      List.of());

  public static final TableSpec RELEASES = new TableSpec(
      Layer.OPS, "releases",
      "One row per release: a publish that completed. The released layer (cs_pub) shows the newest"
          + " release as a whole; `sql --as-of <release>` and serve.release read an earlier one"
          + " (docs/operations.md, Releases and maintenance). A publish that failed or was killed"
          + " records no row and leaves the release before it in place.",
      List.of(
          of("release", "STRING", "Release name, unique: given with --release or made from publish.release-name-pattern"),
          of("created_at", "TIMESTAMP", "When the release was recorded (UTC), after its tables were written"),
          of("run_id", "STRING", "Run that published it (cs_ops.runs)"),
          of("table_versions", "MAP<STRING, BIGINT>",
              "Per released table (cs_pub.<table>), the Delta version of its stored table (cs_pub_store.<table>) that"
                  + " the release reads"),
          of("reference_years", "ARRAY<INT>", "Reference years in the released tables at this release"),
          of("published_years", "ARRAY<INT>", "Reference years this publish wrote; the others are as the release before")),
      List.of());

  public static final TableSpec INPUT_FINGERPRINTS = new TableSpec(
      Layer.OPS, "input_fingerprints",
      "The inputs each successful complete run read: every file of every source part, the reference"
          + " files and the application's code, with size, modification time and content hash, and for"
          + " sources whose records carry their year, a digest of each year's records per file. The next"
          + " run compares its inputs with the latest complete run's rows to skip what did not change"
          + " (docs/operations.md, Incremental runs).",
      List.of(
          of("run_id", "STRING", "Run that read the inputs and succeeded"),
          of("kind", "STRING", "input (a source's file), reference (a reference or source option file) or code"),
          of("source", "STRING", "Configured source name; for reference files 'reference', for code 'clusterscope'"),
          of("part", "STRING", "Part of the source (records, inventors, ipc, ...), the reference key, or 'jar'"),
          of("file", "STRING", "The file as read (a local path or a URI)"),
          of("size_bytes", "BIGINT", "File size in bytes"),
          of("modified_at", "TIMESTAMP", "Modification time of the file (UTC)"),
          of("content_hash", "STRING", "XXH64 of the file's bytes, hexadecimal; what decides whether the file changed"),
          of("year_digests",
              "ARRAY<STRUCT<reference_year: INT, records: BIGINT, digest: BIGINT>>",
              "For sources whose records carry their year: per reference year in the file (NULL for records"
                  + " without a readable year), the records and the XOR of the XXH64 of their line number and"
                  + " text. NULL for complete deliveries (REGPAT, CORDIS), reference files and code")),
      List.of());
}
