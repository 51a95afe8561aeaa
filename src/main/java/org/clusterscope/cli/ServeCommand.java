package org.clusterscope.cli;

import org.clusterscope.config.ServeSettings;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.serve.Endpoint;
import org.clusterscope.serve.ServeConf;
import org.clusterscope.serve.StopSignal;
import picocli.CommandLine.Command;

/**
 * {@code serve}: the JDBC/ODBC endpoint for BI tools until SIGTERM or Ctrl-C, which stop it
 * cleanly with exit code 0. The line saying where it listens goes to standard output once a
 * client can connect, so a script or test can wait for it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the released tables (cs_pub) to JDBC/ODBC clients (BI tools) over Spark's Thrift server"
        + " until stopped (SIGTERM or Ctrl-C: exit code 0).",
        "Address, port, transport, authentication and the layers shown come from the config's serve section;"
            + " e.g. --conf serve.port=10001. Read-only. Connection guide: docs/serving.md."})
final class ServeCommand extends ClusterscopeCommand {

  @Override
  public Integer call() throws InterruptedException {
    Settings settings = options.settings();
    StopSignal stop = StopSignal.install();
    try (Endpoint endpoint = Endpoint.start(settings)) {
      ServeSettings serve = settings.serve();
      String database = ServeConf.databases(settings).get(0);
      var out = spec.commandLine().getOut();
      out.println("clusterscope serve: listening at " + endpoint.jdbcUrl(database) + " (databases "
          + String.join(", ", ServeConf.databases(settings)) + "; authentication "
          + ServeConf.authenticationName(serve)
          + serve.release().map(release -> "; release " + release).orElse("")
          + "). Stop with SIGTERM or Ctrl-C.");
      out.flush();
      stop.await();
      out.println("clusterscope serve: stopping.");
      out.flush();
    }
    return ExitCode.SUCCESS.code();
  }
}
