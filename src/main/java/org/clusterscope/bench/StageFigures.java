package org.clusterscope.bench;

/**
 * What one pipeline stage cost in a bench run.
 *
 * @param rowsIn records the stage read (from its run audit, or the silver rows of its years)
 * @param rowsOut records it accepted, or rows it wrote to the gold tables for its years
 * @param peakHeapMb the driver's largest heap use during the stage (before a collection)
 */
public record StageFigures(String stage, double seconds, long rowsIn, long rowsOut, double peakHeapMb) {

  /** Input rows per second of wall time; 0 for a stage that took no measurable time. */
  public double rowsPerSecond() {
    return seconds > 0 ? rowsIn / seconds : 0;
  }
}
