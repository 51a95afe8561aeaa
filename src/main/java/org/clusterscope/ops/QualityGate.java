package org.clusterscope.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a stage's counts before it writes: the counts reconcile, and the share of quarantined
 * records stays under the configured maximum. A source that delivers mostly garbage must stop
 * the run rather than publish indicators from what is left.
 */
public final class QualityGate {
  private final double maxQuarantineShare;

  public QualityGate(double maxQuarantineShare) {
    this.maxQuarantineShare = maxQuarantineShare;
  }

  public List<QualityCheck> evaluate(SourceCounts counts) {
    return evaluate(counts, java.util.Optional.empty());
  }

  /**
   * @param earlier the same source's counts from an earlier stage of the same run: its rejects
   *     count too, against what it read, so that two stages each just under the limit cannot
   *     pass a source that is over it
   */
  public List<QualityCheck> evaluate(SourceCounts counts, java.util.Optional<SourceCounts> earlier) {
    String table = counts.source() + " (" + counts.stage() + ")";
    List<QualityCheck> checks = new ArrayList<>();
    long balance = counts.read() - counts.accepted() - counts.quarantined() - counts.excluded();
    checks.add(new QualityCheck(table, "records_reconcile", "error", balance, 0, balance == 0,
        counts.summary()));
    long read = earlier.map(SourceCounts::read).orElse(counts.read());
    long quarantined = counts.quarantined() + earlier.map(SourceCounts::quarantined).orElse(0L);
    double share = read == 0 ? 0 : (double) quarantined / read;
    checks.add(new QualityCheck(table, "quarantine_share", "error", share, maxQuarantineShare,
        share <= maxQuarantineShare,
        String.format(java.util.Locale.ROOT, "%d of %d records quarantined%s (%.2f%%, at most %.2f%% allowed)",
            quarantined, read, earlier.isPresent() ? " in this run" : "", 100 * share, 100 * maxQuarantineShare)));
    checks.add(new QualityCheck(table, "has_records", "warn", counts.accepted(), 1,
        counts.accepted() >= 1,
        counts.accepted() >= 1 ? counts.accepted() + " records accepted" : "no record accepted"));
    return checks;
  }
}
