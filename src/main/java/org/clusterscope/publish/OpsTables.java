package org.clusterscope.publish;

import static org.clusterscope.publish.ColumnSpec.of;

import java.util.List;
import org.clusterscope.config.CatalogSettings.Layer;

/** The run audit: runs, quarantined records and data-quality checks (docs/design.md 4.9). */
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
          of("finished_at", "TIMESTAMP", "End time (UTC)"),
          of("status", "STRING", "succeeded or failed"),
          of("reference_years", "ARRAY<INT>", "Reference years processed"),
          of("source_counts",
              "ARRAY<STRUCT<source: STRING, stage: STRING, records_read: BIGINT, accepted: BIGINT,"
                  + " quarantined: BIGINT, excluded: BIGINT>>",
              "Per source and stage: records read = accepted + quarantined + excluded"),
          of("table_versions", "MAP<STRING, BIGINT>", "Delta version written per table"),
          of("spark_application_id", "STRING", "Spark application id"),
          of("error_message", "STRING", "Error message of a failed run")),
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
}
