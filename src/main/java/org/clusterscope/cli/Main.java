package org.clusterscope.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code jobs/clusterscope} and {@code jobs/submit}. The only place where an
 * exception becomes an exit code: 2 usage or configuration, 3 input or data quality, 1 anything
 * else. Messages are printed without a stack trace unless {@code --verbose} is given.
 */
@Command(name = "clusterscope", mixinStandardHelpOptions = true, version = "clusterscope 0.1.0",
    scope = CommandLine.ScopeType.INHERIT,
    description = "Measures the strength and openness of industrial clusters in Europe's regions.",
    subcommands = {StageCommand.Run.class, StageCommand.Ingest.class, StageCommand.Conform.class,
        StageCommand.Indicators.class, StageCommand.Linkages.class, StageCommand.Publish.class, MaintainCommand.class,
        ValidateCommand.class, SqlCommand.class, ServeCommand.class, PasswordHashCommand.class, ReportCommand.class,
        GenerateCommand.class, SamplesCommand.class, BenchCommand.class, ServeBenchCommand.class})
public final class Main implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // ojAlgo (the audit's interval check) prints eight lines about hardware profiles to standard
    // output when it first solves on a machine outside its list; this property is its off switch.
    System.setProperty("shut.up.ojAlgo", "true");
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs a command with the given streams and returns its exit code (used by tests too). */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main())
        .setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true))
        .setErr(errWriter)
        .setParameterExceptionHandler((e, arguments) -> {
          // The qualified name starts with the root command's own name, "clusterscope".
          errWriter.println("clusterscope: " + e.getMessage() + ". Run 'jobs/"
              + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
          return ExitCode.USAGE.code();
        })
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          boolean verbose = commandLine.getCommand() instanceof VerboseCommand command && command.verbose();
          return report(e, verbose, errWriter);
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  private static int report(Exception e, boolean verbose, PrintWriter err) {
    ClusterscopeException known = find(e);
    if (verbose) {
      e.printStackTrace(err);
    }
    if (known != null) {
      err.println("clusterscope: " + known.getMessage());
      return known.exitCode().code();
    }
    err.println("clusterscope: failed with " + e.getClass().getSimpleName() + ": " + e.getMessage()
        + (verbose ? "" : " (rerun with --verbose for the stack trace)"));
    return ExitCode.FAILURE.code();
  }

  private static ClusterscopeException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ClusterscopeException known) {
        return known;
      }
    }
    return null;
  }
}
