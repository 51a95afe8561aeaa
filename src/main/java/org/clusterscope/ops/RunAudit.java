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
 * whether it succeeded or failed.
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
    this.runId = ID_TIME.format(startedAt) + "-"
        + String.format("%06x", ThreadLocalRandom.current().nextInt(0x1000000));
    this.command = command;
    this.arguments = arguments;
    this.startedAt = startedAt;
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

  public void addYears(Collection<Integer> processed) {
    years.addAll(processed);
  }

  public void addCounts(SourceCounts sourceCounts) {
    counts.add(sourceCounts);
  }

  public void addVersion(String table, long version) {
    tableVersions.put(table, version);
  }

  public void addChecks(Collection<QualityCheck> evaluated) {
    checks.addAll(evaluated);
  }

  /** Notes work an incremental run left out and why, e.g. "register 2022: inputs unchanged since run X". */
  public void addSkipped(String note) {
    skipped.add(note);
  }

  /** The records of each (file, year) ingest read, for the input fingerprints of an incremental run. */
  public void addFileYears(Collection<FileYear> read) {
    fileYears.addAll(read);
  }

  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  public List<FileYear> fileYears() {
    return List.copyOf(fileYears);
  }

  public SortedSet<Integer> years() {
    return Collections.unmodifiableSortedSet(years);
  }

  public List<SourceCounts> counts() {
    return List.copyOf(counts);
  }

  public Map<String, Long> tableVersions() {
    return Collections.unmodifiableMap(tableVersions);
  }

  public List<QualityCheck> checks() {
    return List.copyOf(checks);
  }
}
