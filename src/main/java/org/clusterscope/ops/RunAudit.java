package org.clusterscope.ops;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.SortedSet;

/**
 * What one run did, collected while it runs and written to {@code cs_ops.runs} at its end,
 * whether it succeeded, failed or was cancelled. Thread-safe: a shutdown hook records a
 * cancelled run while its stages may still be adding to it.
 */
public final class RunAudit {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String runId;
  private final String command;
  private final String arguments;
  private final Instant startedAt;
  private final SortedSet<Integer> years = new TreeSet<>();
  private final List<SourceCounts> counts = new ArrayList<>();
  private final Map<String, Long> tableVersions = new LinkedHashMap<>();
  private final List<QualityCheck> checks = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<FileYear> fileYears = new ArrayList<>();

  public RunAudit(String command, String arguments, Instant startedAt) {
    this(newRunId(startedAt), command, arguments, startedAt);
  }

  /** @param runId from {@link #newRunId}, when the id is needed before the run (the warehouse lock names it) */
  public RunAudit(String runId, String command, String arguments, Instant startedAt) {
    this.runId = runId;
    this.command = command;
    this.arguments = arguments;
    this.startedAt = startedAt;
  }

  /** The UTC start time and a random suffix: sorts by time, unique in practice. */
  public static String newRunId(Instant startedAt) {
    return ID_TIME.format(startedAt) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(0x1000000));
  }

  public String runId() {
    return runId;
  }

  public String command() {
    return command;
  }

  public String arguments() {
    return arguments;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public synchronized void addYears(Collection<Integer> processed) {
    years.addAll(processed);
  }

  public synchronized void addCounts(SourceCounts sourceCounts) {
    counts.add(sourceCounts);
  }

  public synchronized void addVersion(String table, long version) {
    tableVersions.put(table, version);
  }

  public synchronized void addChecks(Collection<QualityCheck> evaluated) {
    checks.addAll(evaluated);
  }

  /** Notes work an incremental run left out and why, e.g. "register 2022: inputs unchanged since run X". */
  public synchronized void addSkipped(String note) {
    skipped.add(note);
  }

  /** The records of each (file, year) ingest read, for the input fingerprints of an incremental run. */
  public synchronized void addFileYears(Collection<FileYear> read) {
    fileYears.addAll(read);
  }

  public synchronized List<String> skipped() {
    return List.copyOf(skipped);
  }

  public synchronized List<FileYear> fileYears() {
    return List.copyOf(fileYears);
  }

  public synchronized SortedSet<Integer> years() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(years));
  }

  public synchronized List<SourceCounts> counts() {
    return List.copyOf(counts);
  }

  public synchronized Map<String, Long> tableVersions() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(tableVersions));
  }

  public synchronized List<QualityCheck> checks() {
    return List.copyOf(checks);
  }
}
