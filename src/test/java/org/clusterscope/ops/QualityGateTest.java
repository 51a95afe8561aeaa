package org.clusterscope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualityGateTest {
  private final QualityGate gate = new QualityGate(0.05);

  @Test
  void aSourceUnderTheLimitPasses() {
    List<QualityCheck> checks = gate.evaluate(new SourceCounts("s", "ingest", 100, 96, Map.of("x", 4L), Map.of()));
    assertTrue(checks.stream().noneMatch(QualityCheck::failsRun));
  }

  @Test
  void rejectsOfEarlierStagesOfTheRunCountTowardsTheLimit() {
    SourceCounts ingest = new SourceCounts("s", "ingest", 100, 96, Map.of("invalid_year", 4L), Map.of());
    SourceCounts conform = new SourceCounts("s", "conform", 96, 92, Map.of("invalid_nace", 4L), Map.of());

    QualityCheck share = gate.evaluate(conform, Optional.of(ingest)).stream()
        .filter(c -> c.check().equals("quarantine_share")).findFirst().orElseThrow();

    assertEquals(0.08, share.observed(), 1e-12);
    assertFalse(share.passed(), "4 % + 4 % of the source is over 5 %, though each stage alone is under");
    assertTrue(share.detail().contains("8 of 100 records quarantined in this run"), share.detail());
  }

  @Test
  void countsThatDoNotReconcileFailTheRun() {
    SourceCounts lost = new SourceCounts("s", "conform", 10, 8, Map.of(), Map.of("closed", 1L));
    QualityCheck reconcile = gate.evaluate(lost).get(0);
    assertEquals("records_reconcile", reconcile.check());
    assertEquals(1.0, reconcile.observed());
    assertTrue(reconcile.failsRun());
  }
}
