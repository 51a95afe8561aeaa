package org.clusterscope.bench;

import java.util.function.Supplier;

/** A value and the wall time it took to compute. */
record Timed<T>(T value, double seconds) {
  static <T> Timed<T> of(Supplier<T> work) {
    long start = System.nanoTime();
    T value = work.get();
    return new Timed<>(value, (System.nanoTime() - start) / 1e9);
  }
}
