package org.clusterscope.serve;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Waits for SIGTERM or SIGINT (a service manager's stop, Ctrl-C). Java's own handler would run
 * the shutdown hooks and exit with 143; taking the signal here lets serve close the server and
 * the session in order and exit 0, as a requested stop is not a failure.
 */
public final class StopSignal {
  private final CountDownLatch stop = new CountDownLatch(1);

  private StopSignal() {}

  /** Takes over SIGTERM and SIGINT from now on. */
  public static StopSignal install() {
    StopSignal signal = new StopSignal();
    for (String name : List.of("TERM", "INT")) {
      Signal.handle(new Signal(name), s -> signal.stop.countDown());
    }
    return signal;
  }

  /** Blocks until a signal arrives. */
  public void await() throws InterruptedException {
    stop.await();
  }
}
