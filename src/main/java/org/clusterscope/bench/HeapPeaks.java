package org.clusterscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak driver heap over a stretch of work: the heap pools' peak usage is reset before and summed
 * after. The pools peak at different moments, so the sum is an upper bound of the true peak; it
 * is what the JVM measures without sampling. In local mode the driver also runs the tasks.
 */
final class HeapPeaks {
  private static final double MB = 1024.0 * 1024.0;

  private HeapPeaks() {}

  static void reset() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  static double peakMb() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / MB;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
  }
}
