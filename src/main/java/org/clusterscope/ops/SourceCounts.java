package org.clusterscope.ops;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one stage did with the records of one source. Every record read ends up in exactly one of
 * accepted, quarantined or excluded (closed establishments, years outside the selection), so
 * {@link #reconciles()} must hold; a run in which it does not is a bug, reported as an error
 * check.
 */
public record SourceCounts(
    String source,
    String stage,
    long read,
    long accepted,
    Map<String, Long> quarantinedByReason,
    Map<String, Long> excludedByReason) {

  public SourceCounts {
    quarantinedByReason = Map.copyOf(quarantinedByReason);
    excludedByReason = Map.copyOf(excludedByReason);
  }

  public long quarantined() {
    return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public long excluded() {
    return excludedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The same outcomes against the records read as counted on the stage's input, before a join
   * that could lose or multiply records: their difference is then what {@link #reconciles()} catches.
   */
  public SourceCounts withRead(long recordsRead) {
    return new SourceCounts(source, stage, recordsRead, accepted, quarantinedByReason, excludedByReason);
  }

  public boolean reconciles() {
    return read == accepted + quarantined() + excluded();
  }

  /** One log line: "register ingest: read 100 = accepted 95 + quarantined 3 (...) + excluded 2 (...)". */
  public String summary() {
    return source + " " + stage + ": read " + read + " = accepted " + accepted
        + " + quarantined " + quarantined() + breakdown(quarantinedByReason)
        + " + excluded " + excluded() + breakdown(excludedByReason)
        + (reconciles() ? "" : "  [DOES NOT RECONCILE]");
  }

  private static String breakdown(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    return new TreeMap<>(counts).entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
