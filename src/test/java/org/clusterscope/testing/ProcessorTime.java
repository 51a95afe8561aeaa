package org.clusterscope.testing;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the processor time of each test class that uses {@link SparkTestExtension} beside its
 * wall-clock time: on a machine shared with other test runs the wall-clock time of a class says
 * little, its processor time (every thread of the test JVM, the shared session's tasks among
 * them; not child processes) much more. {@code grep "processor time" target/surefire-reports/*-output.txt}
 * or the console lists them.
 */
final class ProcessorTime implements BeforeAllCallback, AfterAllCallback {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessorTime.class);
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ProcessorTime.class);

  private record Start(long cpuNanos, long wallNanos) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put(Start.class, new Start(cpuNanos(), System.nanoTime()));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Start start = context.getStore(NAMESPACE).get(Start.class, Start.class);
    if (start != null) {
      LOG.info("{}: {} s of processor time in {} s", context.getRequiredTestClass().getSimpleName(),
          seconds(cpuNanos() - start.cpuNanos()), seconds(System.nanoTime() - start.wallNanos()));
    }
  }

  private static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
