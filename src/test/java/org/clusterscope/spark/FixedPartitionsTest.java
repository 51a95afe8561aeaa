package org.clusterscope.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The partition count for rows a later step expands: the configured count while each task's share
 * of the expanded rows fits, more as the input grows, and bounded.
 */
class FixedPartitionsTest {
  @Test
  void smallInputsKeepTheConfiguredCount() {
    assertEquals(32, FixedPartitions.partitions(32, 0, 3_000_000));
    assertEquals(32, FixedPartitions.partitions(32, 32L * 3_000_000, 3_000_000));
  }

  @Test
  void theCountGrowsWithTheExpandedRows() {
    // 22.8 million establishments of spread enterprises, 16 cells each (the 4x EU data):
    // 122 tasks of at most 3 million expanded rows, where 32 gave 11.4 million each.
    assertEquals(122, FixedPartitions.partitions(32, 22_767_903L * 16, 3_000_000));
    assertEquals(33, FixedPartitions.partitions(32, 32L * 3_000_000 + 1, 3_000_000));
  }

  @Test
  void theCountIsCapped() {
    assertEquals(FixedPartitions.MAX_PARTITIONS, FixedPartitions.partitions(8, Long.MAX_VALUE, 1));
    assertEquals(FixedPartitions.MAX_PARTITIONS, FixedPartitions.partitions(8, Long.MAX_VALUE, 3_000_000));
  }

  @Test
  void nonsenseArgumentsAreRefusedWithTheirValues() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> FixedPartitions.partitions(8, -1, 3_000_000));
    assertTrue(error.getMessage().contains("expandedRows=-1"), error.getMessage());
  }
}
