package org.clusterscope.ops;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.clusterscope.errors.Errors;




/**
 * The shared end of a validating stage. Its input has one row per record read, with
 * {@code outcome} (accepted, quarantined or excluded) and, unless accepted, {@code reason_code}
 * and {@code reason_detail}. It counts the outcomes, writes the quarantined records, checks the
 * counts, and only then lets the stage write its accepted records. The checks are kept in the
 * run's audit and written to {@code cs_ops.data_quality} with the run record.
 */
public final class RecordOutcomes {
  public static final String ACCEPTED = "accepted";
  public static final String QUARANTINED = "quarantined";
  public static final String EXCLUDED = "excluded";

  private RecordOutcomes() {}

  /**
   * Counts, quarantines and checks; throws a data-quality error (exit 3) after recording
   * everything when an error-severity check fails.
   *
   * @param read records the stage read, counted on its input before any join, so that a join
   *     that loses or multiplies records breaks the reconciliation check instead of passing
   */
  public static SourceCounts settle(
      StageContext ctx, Dataset<Row> classified, long read, String source, String stage) {
    return settle(ctx, classified, count(classified, read, source, stage));
  }

  /**
   * As {@link #settle(StageContext, Dataset, long, String, String)}, and the reference years of the
   * accepted records from the same aggregation: for a stage that replaces the years it accepted,
   * which would otherwise take them in a pass of its own over the checked records.
   */
  public static YearlyCounts settleWithYears(
      StageContext ctx, Dataset<Row> classified, long read, String source, String stage) {
    YearlyCounts tallied = countWithYears(classified, source, stage);
    return new YearlyCounts(settle(ctx, classified, tallied.counts().withRead(read)), tallied.acceptedYears());
  }

  /** As {@link #settle(StageContext, Dataset, long, String, String)}, with the counts already taken. */
  public static SourceCounts settle(StageContext ctx, Dataset<Row> classified, SourceCounts counts) {
    String source = counts.source();
    String stage = counts.stage();
    Optional<SourceCounts> earlier = ctx.audit().counts().stream()
        .filter(c -> c.source().equals(source)).reduce((first, second) -> second);
    ctx.audit().addCounts(counts);
    Dataset<Row> rejected = classified.filter(col("outcome").equalTo(QUARANTINED))
        .select(lit(stage).as("stage"), col("source"), col("source_file"), col("line_number"),
            col("raw_record"), col("reference_year"), col("reason_code"), col("reason_detail"));
    if (counts.quarantined() > 0) {
      ctx.ops().quarantine(ctx.audit(), rejected);
    }
    List<QualityCheck> checks = new QualityGate(ctx.settings().maxQuarantineShare()).evaluate(counts, earlier);
    // Written with the run record when the run ends (succeeded or failed), in one append.
    ctx.audit().addChecks(checks);
    List<String> failures = checks.stream().filter(QualityCheck::failsRun).map(QualityCheck::summary).toList();
    if (!failures.isEmpty()) {
      throw Errors.qualityChecksFailed(ctx.audit().runId(), String.join("; ", failures));
    }
    return counts;
  }

  /**
   * The outcomes of {@code classified} and the years of its accepted records, from one
   * aggregation: for a reader whose records read are the rows of {@code classified} itself.
   */
  public static YearlyCounts countWithYears(Dataset<Row> classified, String source, String stage) {
    SortedSet<Integer> years = new TreeSet<>();
    SourceCounts counts = tally(classified.groupBy("outcome", "reason_code", "reference_year").count().collectAsList(),
        source, stage, years);
    return new YearlyCounts(counts, years);
  }

  /**
   * As {@link #countWithYears}, and per (file, reference year) the records and a digest of their
   * line numbers and text ({@link FileYear}), from the same aggregation: what an incremental run
   * compares to find the years of a source whose records changed. {@code classified} has the
   * lineage columns {@code source_file}, {@code line_number} and {@code raw_record}.
   */
  public static FileYearCounts countWithFileYears(Dataset<Row> classified, String source, String stage) {
    List<Row> groups = classified.groupBy("outcome", "reason_code", "reference_year", "source_file")
        .agg(functions.count(lit(1)), functions.expr("bit_xor(xxhash64(line_number, raw_record))"))
        .collectAsList();
    List<Row> outcomes = new ArrayList<>();
    Map<List<Object>, FileYear> fileYears = new LinkedHashMap<>();
    for (Row g : groups) {
      Integer year = g.isNullAt(2) ? null : g.getInt(2);
      long n = g.getLong(4);
      long digest = g.isNullAt(5) ? 0L : g.getLong(5);
      outcomes.add(RowFactory.create(g.get(0), g.get(1), year, n));
      fileYears.merge(java.util.Arrays.asList(g.getString(3), year), new FileYear(source, g.getString(3), year, n, digest),
          (a, b) -> new FileYear(source, a.file(), year, a.records() + b.records(), a.digest() ^ b.digest()));
    }
    SortedSet<Integer> years = new TreeSet<>();
    SourceCounts counts = tally(outcomes, source, stage, years);
    return new FileYearCounts(new YearlyCounts(counts, years), List.copyOf(fileYears.values()));
  }

  /** Counts, accepted years and the records per (file, year). */
  public record FileYearCounts(YearlyCounts yearly, List<FileYear> fileYears) {}

  /** Counts and the reference years of the accepted records (none for records without a year). */
  public record YearlyCounts(SourceCounts counts, SortedSet<Integer> acceptedYears) {}

  /** Counts the outcomes of {@code classified} into a {@link SourceCounts}. */
  public static SourceCounts count(Dataset<Row> classified, long read, String source, String stage) {
    return tally(classified.groupBy("outcome", "reason_code").count().collectAsList(), source, stage, null)
        .withRead(read);
  }

  /**
   * Adds up rows of (outcome, reason_code[, reference_year], count); read is their total. With
   * {@code acceptedYears}, the rows hold the year and the accepted ones' years are collected there.
   */
  private static SourceCounts tally(List<Row> rows, String source, String stage, SortedSet<Integer> acceptedYears) {
    int countField = acceptedYears == null ? 2 : 3;
    long read = 0;
    long accepted = 0;
    Map<String, Long> quarantined = new HashMap<>();
    Map<String, Long> excluded = new HashMap<>();
    for (Row row : rows) {
      long n = row.getLong(countField);
      read += n;
      switch (row.getString(0)) {
        case ACCEPTED -> {
          accepted += n;
          if (acceptedYears != null && !row.isNullAt(2)) {
            acceptedYears.add(row.getInt(2));
          }
        }
        case QUARANTINED -> quarantined.merge(row.getString(1), n, Long::sum);
        case EXCLUDED -> excluded.merge(row.getString(1), n, Long::sum);
        default -> throw new IllegalStateException("Unknown record outcome " + row.getString(0));
      }
    }
    return new SourceCounts(source, stage, read, accepted, quarantined, excluded);
  }
}
