package org.clusterscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A subcommand that writes files without a config or Spark ({@code generate}, {@code samples}): it
 * reads what it needs from the repository it runs from, and tells {@link Main} whether to print
 * stack traces.
 */
abstract class StandaloneCommand implements Callable<Integer>, VerboseCommand {
  /** The repository root, set by jobs/clusterscope; the current folder when run otherwise. */
  static final String HOME_PROPERTY = "clusterscope.home";

  @Spec CommandSpec spec;

  @Option(names = "--verbose", description = "Print stack traces of errors")
  boolean verbose;

  @Override
  public boolean verbose() {
    return verbose;
  }

  static Path home() {
    return Path.of(System.getProperty(HOME_PROPERTY, "."));
  }
}
