package org.clusterscope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand with the shared options; tells {@link Main} whether to print stack traces. */
abstract class ClusterscopeCommand implements Callable<Integer>, VerboseCommand {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Override
  public boolean verbose() {
    return options != null && options.verbose;
  }
}
