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
    String table = counts.source() + " (" + counts.stage() + ")";
    List<QualityCheck> checks = new ArrayList<>();
    long balance = counts.read() - counts.accepted() - counts.quarantined() - counts.excluded();
    checks.add(new QualityCheck(table, "records_reconcile", "error", balance, 0, balance == 0,
        counts.summary()));
    double share = counts.read() == 0 ? 0 : (double) counts.quarantined() / counts.read();
    checks.add(new QualityCheck(table, "quarantine_share", "error", share, maxQuarantineShare,
        share <= maxQuarantineShare,
        String.format(java.util.Locale.ROOT, "%d of %d records quarantined (%.2f%%, at most %.2f%% allowed)",
            counts.quarantined(), counts.read(), 100 * share, 100 * maxQuarantineShare)));
    checks.add(new QualityCheck(table, "has_records", "warn", counts.accepted(), 1,
        counts.accepted() >= 1,
        counts.accepted() >= 1 ? counts.accepted() + " records accepted" : "no record accepted"));
    return checks;
  }
}
