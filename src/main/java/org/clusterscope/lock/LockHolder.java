package org.clusterscope.lock;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.clusterscope.ops.RunAudit;

/**
 * Who holds a warehouse lock: what the lock file says, so that a refused command can name the
 * holder and a later one can tell whether the holder is still alive.
 *
 * @param runId the holder's run (its row in {@code cs_ops.runs}, status {@code running})
 * @param host the holder's host name
 * @param pid the holder's process id on that host
 * @param startedAt when the holder took the lock
 * @param command the holder's command, e.g. {@code run}
 */
public record LockHolder(String runId, String host, long pid, Instant startedAt, String command) {

  /** This process, about to run {@code command} as run {@code runId}. */
  public static LockHolder current(String runId, String command, Instant startedAt) {
    return new LockHolder(runId, localHost(), ProcessHandle.current().pid(), startedAt, command);
  }

  /**
   * This process, starting {@code command} now as a new run: the run id and the start time the
   * run keeps (its row in cs_ops.runs and the default release name are made from them).
   */
  public static LockHolder startingNow(String command) {
    Instant now = Instant.now();
    return current(RunAudit.newRunId(now), command, now);
  }

  /** The host name this process records and compares against. */
  static String localHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return String.valueOf(System.getenv().getOrDefault("HOSTNAME", "unknown-host"));
    }
  }

  /** The lock file's content: Java properties, readable by people too. */
  String toText() {
    Properties p = new Properties();
    p.setProperty("run_id", runId);
    p.setProperty("host", host);
    p.setProperty("pid", Long.toString(pid));
    p.setProperty("started_at", startedAt.toString());
    p.setProperty("command", command);
    StringWriter out = new StringWriter();
    try {
      p.store(out, "clusterscope warehouse lock (docs/operations.md)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The holder a lock file names; empty while its writer has not finished writing it, or if damaged. */
  static Optional<LockHolder> parse(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
      String runId = p.getProperty("run_id");
      String host = p.getProperty("host");
      String pid = p.getProperty("pid");
      String startedAt = p.getProperty("started_at");
      String command = p.getProperty("command");
      if (runId == null || host == null || pid == null || startedAt == null || command == null) {
        return Optional.empty();
      }
      return Optional.of(new LockHolder(runId, host, Long.parseLong(pid), Instant.parse(startedAt), command));
    } catch (IOException | IllegalArgumentException | DateTimeException e) {
      return Optional.empty();
    }
  }

  /** For messages: "run R (command run, pid 4242 on host h, started 2026-12-07T06:50:00Z)". */
  public String describe() {
    return "run " + runId + " (command " + command + ", pid " + pid + " on host " + host + ", started " + startedAt + ")";
  }
}
