package org.clusterscope.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak driver heap over a stretch of work (in local mode the driver also runs the tasks). Heap
 * occupancy peaks just before a collection, so the peak is the largest heap use the collector
 * reports before any of its collections, or the use at the end if that is larger. The pools' own
 * peak counters cannot give it: they peak at different moments, and their sum can exceed the
 * maximum heap.
 */
final class HeapPeaks implements AutoCloseable {
  private static final double MB = 1024.0 * 1024.0;

  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP)
      .map(MemoryPoolMXBean::getName)
      .collect(Collectors.toUnmodifiableSet());
  private final AtomicLong peakBytes = new AtomicLong(heapUsed());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onCollection;

  private HeapPeaks() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  /** Starts watching; {@link #close()} stops. */
  static HeapPeaks watch() {
    return new HeapPeaks();
  }

  double peakMb() {
    peakBytes.accumulateAndGet(heapUsed(), Math::max);
    return peakBytes.get() / MB;
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // Not registered: nothing to remove.
      }
    }
    emitters.clear();
  }

  private void onCollection(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
        .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
    long used = before.entrySet().stream()
        .filter(pool -> heapPools.contains(pool.getKey()))
        .mapToLong(pool -> pool.getValue().getUsed())
        .sum();
    peakBytes.accumulateAndGet(used, Math::max);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
