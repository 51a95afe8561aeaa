package org.clusterscope.ops;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.clusterscope.ingest.QuarantineReason;

/**
 * Counts the outcomes of a stage's classified records while the stage writes its accepted ones,
 * in the same pass over the input (Spark's {@link Observation}). Counting first, in an aggregation
 * of its own, parsed every input line or evaluated every rule twice: at EU scale that pass was a
 * third of the register's ingest and a fifth of its conform.
 *
 * <p>The counts are per outcome and reason code, so every reason a stage can give is counted by a
 * condition of its own: the {@link QuarantineReason} codes for quarantined records, and the
 * stage's own exclusion reasons for excluded ones. A record whose reason is none of them
 * is a bug: it makes {@link #counts} throw instead of vanishing from the reconciliation.
 */
public final class ObservedOutcomes {
  private static final String READ = "read";
  private static final String ACCEPTED = "accepted";
  private static final String QUARANTINED = "quarantined";
  private static final String EXCLUDED = "excluded";
  private static final String YEARS = "accepted_years";
  /** How long the counts may take to arrive after the action that read the rows. */
  private static final java.time.Duration REPORT_WAIT = java.time.Duration.ofSeconds(60);

  private final Observation observation;
  private final Dataset<Row> rows;

  private final List<String> exclusions;

  private ObservedOutcomes(Observation observation, Dataset<Row> rows, List<String> exclusions) {
    this.observation = observation;
    this.rows = rows;
    this.exclusions = exclusions;
  }

  /**
   * @param classified rows with {@code outcome}, {@code reason_code} and {@code reference_year}
   *     (NULL for records without a year of their own)
   * @param exclusions every reason code the stage excludes records for
   */
  public static ObservedOutcomes of(Dataset<Row> classified, List<String> exclusions) {
    Observation observation = new Observation("outcomes_" + UUID.randomUUID().toString().replace('-', '_'));
    Column outcome = col("outcome");
    Column reason = col("reason_code");
    List<Column> metrics = new ArrayList<>(List.of(
        count(lit(1)).as(READ),
        count_if(outcome.equalTo(RecordOutcomes.ACCEPTED)).as(ACCEPTED),
        count_if(outcome.equalTo(RecordOutcomes.QUARANTINED)).as(QUARANTINED),
        count_if(outcome.equalTo(RecordOutcomes.EXCLUDED)).as(EXCLUDED),
        collect_set(when(outcome.equalTo(RecordOutcomes.ACCEPTED), col("reference_year"))).as(YEARS)));
    for (String code : QuarantineReason.codes()) {
      metrics.add(count_if(outcome.equalTo(RecordOutcomes.QUARANTINED).and(reason.equalTo(code)))
          .as(quarantinedName(code)));
    }
    for (String code : exclusions) {
      metrics.add(count_if(outcome.equalTo(RecordOutcomes.EXCLUDED).and(reason.equalTo(code)))
          .as(excludedName(code)));
    }
    Dataset<Row> rows = classified.observe(observation, metrics.get(0),
        metrics.subList(1, metrics.size()).toArray(Column[]::new));
    return new ObservedOutcomes(observation, rows, List.copyOf(exclusions));
  }

  /** The classified rows, counted as an action reads them: the stage writes from these. */
  public Dataset<Row> rows() {
    return rows;
  }

  /**
   * The counts of the first action that read {@link #rows()}, once Spark has reported them (at
   * once after the action, through its listener bus).
   *
   * @throws IllegalStateException if none are reported within {@link #REPORT_WAIT}: no action read
   *     the rows, a bug of the caller that would otherwise wait forever
   */
  public RecordOutcomes.YearlyCounts counts(String source, String stage) {
    Map<String, Object> observed;
    try {
      observed = java.util.concurrent.CompletableFuture.supplyAsync(this::awaitReport)
          .get(REPORT_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("No counts of " + source + " " + stage + " were reported within "
          + REPORT_WAIT.toSeconds() + " s: the stage's write did not read its records", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("Counting the records of " + source + " " + stage + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the counts of " + source + " " + stage, e);
    }
    Map<String, Long> quarantined = byReason(observed, QuarantineReason.codes(), ObservedOutcomes::quarantinedName);
    Map<String, Long> excluded = byReason(observed, exclusions, ObservedOutcomes::excludedName);
    long quarantinedTotal = (Long) observed.get(QUARANTINED);
    long excludedTotal = (Long) observed.get(EXCLUDED);
    if (quarantined.values().stream().mapToLong(Long::longValue).sum() != quarantinedTotal
        || excluded.values().stream().mapToLong(Long::longValue).sum() != excludedTotal) {
      throw new IllegalStateException(source + " " + stage + ": " + quarantinedTotal + " quarantined and "
          + excludedTotal + " excluded records, but their known reasons count " + quarantined + " and " + excluded
          + "; a rule gives a reason code that is neither a QuarantineReason nor an exclusion reason");
    }
    SortedSet<Integer> years = new TreeSet<>();
    for (Object year : scala.collection.JavaConverters.seqAsJavaList((scala.collection.Seq<?>) observed.get(YEARS))) {
      years.add((Integer) year);
    }
    SourceCounts counts = new SourceCounts(source, stage, (Long) observed.get(READ), (Long) observed.get(ACCEPTED),
        quarantined, excluded);
    return new RecordOutcomes.YearlyCounts(counts, years);
  }

  private Map<String, Object> awaitReport() {
    try {
      return observation.getAsJava();
    } catch (Exception e) {
      throw new java.util.concurrent.CompletionException(e);
    }
  }

  private static Map<String, Long> byReason(Map<String, Object> observed, List<String> codes,
      java.util.function.UnaryOperator<String> name) {
    Map<String, Long> counts = new HashMap<>();
    for (String code : codes) {
      long n = (Long) observed.get(name.apply(code));
      if (n > 0) {
        counts.put(code, n);
      }
    }
    return counts;
  }

  private static String quarantinedName(String code) {
    return "quarantined_" + code;
  }

  private static String excludedName(String code) {
    return "excluded_" + code;
  }
}
