package org.clusterscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clusterscope.errors.Errors;

/**
 * A bench report as an aligned table on the console, as {@code <out>/bench-<timestamp>.json},
 * and as one line appended to {@code <out>/bench.csv} (header written with the first line), so
 * that runs can be compared.
 */
public final class BenchOutput {
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private BenchOutput() {}

  public static void print(BenchReport report, PrintWriter out) {
    out.printf(Locale.ROOT, "%-12s %10s %12s %12s %12s %14s%n", "stage", "seconds", "rows in", "rows out",
        "rows/s", "peak heap MB");
    for (StageFigures s : report.stages()) {
      out.printf(Locale.ROOT, "%-12s %10.1f %12d %12d %12.0f %14.0f%n", s.stage(), s.seconds(), s.rowsIn(),
          s.rowsOut(), s.rowsPerSecond(), s.peakHeapMb());
    }
    CoreFigures core = report.core();
    out.printf(Locale.ROOT, "%ncore indicators for %s: %d establishments, %d region_sector and %d region_profile rows%n",
        core.scope(), core.inputRows(), core.sectorRows(), core.profileRows());
    out.printf(Locale.ROOT, "  DuckDB %.2f s, Spark %.2f s: Spark/DuckDB ratio %.1f%n",
        core.duckDbSeconds(), core.sparkSeconds(), core.sparkToDuckDbRatio());
    comparison(out, core.duckDbComparison());
    core.goldComparison().ifPresentOrElse(gold -> comparison(out, gold),
        () -> out.println("  gold vs spark: not compared (" + core.goldSkipped() + ")"));
    out.println(report.agrees() ? "Results agree (tolerance " + ResultComparison.TOLERANCE + ")."
        : "Results DISAGREE (tolerance " + ResultComparison.TOLERANCE + ").");
    out.flush();
  }

  private static void comparison(PrintWriter out, ResultComparison c) {
    out.printf(Locale.ROOT, "  %s vs %s: %d values compared, %d mismatches, %d missing keys%n",
        c.left(), c.right(), c.valuesCompared(), c.mismatches(), c.missingKeys());
    c.firstDifferences().forEach(d -> out.println("    " + d));
  }

  /** Writes the JSON record and appends the CSV line; returns the JSON file. */
  public static Path write(BenchReport report, Path folder) {
    Path json = folder.resolve("bench-" + FILE_TIME.format(report.timestamp()) + ".json");
    Path csv = folder.resolve("bench.csv");
    try {
      Files.createDirectories(folder);
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), json(report));
    } catch (IOException e) {
      throw Errors.benchOutputFailed(json, e);
    }
    appendCsv(report, csv);
    return json;
  }

  static Map<String, Object> json(BenchReport report) {
    Map<String, Object> root = new LinkedHashMap<>(report.fields());
    root.put("input_bytes_by_source", report.inputBytes());
    root.put("stages", report.stages().stream().map(BenchOutput::stage).toList());
    root.put("duckdb_first_differences", report.core().duckDbComparison().firstDifferences());
    root.put("gold_first_differences", report.core().goldComparison().map(ResultComparison::firstDifferences)
        .orElse(List.of()));
    root.put("gold_skipped", report.core().goldSkipped());
    return root;
  }

  private static Map<String, Object> stage(StageFigures s) {
    Map<String, Object> stage = new LinkedHashMap<>();
    stage.put("stage", s.stage());
    stage.put("seconds", s.seconds());
    stage.put("rows_in", s.rowsIn());
    stage.put("rows_out", s.rowsOut());
    stage.put("rows_per_second", s.rowsPerSecond());
    stage.put("peak_heap_mb", s.peakHeapMb());
    return stage;
  }

  /** One CSV line: the scalar fields, then five columns per stage ({@code ingest_seconds}, ...). */
  static Map<String, Object> csvLine(BenchReport report) {
    Map<String, Object> line = new LinkedHashMap<>(report.fields());
    for (StageFigures s : report.stages()) {
      stage(s).forEach((key, value) -> {
        if (!key.equals("stage")) {
          line.put(s.stage() + "_" + key, value);
        }
      });
    }
    return line;
  }

  private static void appendCsv(BenchReport report, Path csv) {
    Map<String, Object> line = csvLine(report);
    boolean header = !Files.exists(csv);
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();
    try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND); CSVPrinter printer = new CSVPrinter(writer, format)) {
      if (header) {
        printer.printRecord(line.keySet());
      }
      printer.printRecord(line.values());
    } catch (IOException e) {
      throw Errors.benchOutputFailed(csv, e);
    }
  }
}
