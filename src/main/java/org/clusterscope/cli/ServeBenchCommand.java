package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clusterscope.bench.ServeLatency;
import org.clusterscope.errors.Errors;
import org.clusterscope.errors.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve-bench}: the latency figures of docs/serving.md against a running serve, over
 * JDBC as a BI tool connects. Started together with serve ({@code --await-start}), it also
 * gives the time from serve's start to its first answered query.
 */
@Command(name = "serve-bench", mixinStandardHelpOptions = true,
    description = {"Measure a running serve over JDBC: median and 95th percentile latency of a point query (one"
        + " region's clusters) and of a full scan of cs_pub.region_sector, with 1 and 8 concurrent clients.",
        "Started at the same time as serve with --await-start, also the time to its first answered query:",
        "  jobs/clusterscope serve --config c.conf & jobs/clusterscope serve-bench --await-start"})
final class ServeBenchCommand extends StandaloneCommand {
  @Option(names = "--url", paramLabel = "<jdbc-url>", defaultValue = "jdbc:hive2://127.0.0.1:10000/cs_pub",
      description = "serve's JDBC URL (default: ${DEFAULT-VALUE})")
  String url;

  @Option(names = "--user", paramLabel = "<user>", defaultValue = "", description = "User, if serve asks for one")
  String user;

  @Option(names = "--password-file", paramLabel = "<file>", description = "File whose first line is the password")
  Path passwordFile;

  @Option(names = "--clients", paramLabel = "<n,...>", split = ",", defaultValue = "1,8",
      description = "Numbers of concurrent clients (default: ${DEFAULT-VALUE})")
  List<Integer> clients;

  @Option(names = "--runs", paramLabel = "<n>", defaultValue = "20",
      description = "Timed runs of each query per client, after one warm-up run (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--await-start", description = "Wait for serve to answer (up to 10 minutes) and print how long it took")
  boolean awaitStart;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    if (runs < 1) {
      throw Errors.invalidBenchOption("--runs", String.valueOf(runs), "a whole number of at least 1");
    }
    if (clients.stream().anyMatch(c -> c < 1)) {
      throw Errors.invalidBenchOption("--clients", clients.toString(), "whole numbers of at least 1, e.g. 1,8");
    }
    String password = passwordFile == null ? "" : Files.readAllLines(passwordFile, StandardCharsets.UTF_8).get(0);
    ServeLatency latency = new ServeLatency(url, user, password);
    PrintWriter out = spec.commandLine().getOut();
    if (awaitStart) {
      out.printf("serve start to first answered query: %.1f s%n", latency.awaitFirstAnswer(start, 600));
      out.flush();
    }
    out.printf("%-60s %7s %5s %12s %12s %9s%n", "query", "clients", "runs", "median ms", "p95 ms", "rows");
    for (ServeLatency.Query query : List.of(latency.pointQuery(), ServeLatency.fullScan())) {
      for (int n : clients) {
        ServeLatency.Figure f = latency.measure(query, n, runs);
        out.printf("%-60s %7d %5d %12.1f %12.1f %9d%n", f.query(), f.clients(), f.runs(), f.medianMs(), f.p95Ms(), f.rows());
        out.flush();
      }
    }
    return ExitCode.SUCCESS.code();
  }
}
