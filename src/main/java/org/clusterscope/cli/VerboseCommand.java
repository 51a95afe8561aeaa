package org.clusterscope.cli;

/** A command that can ask {@link Main} for stack traces with {@code --verbose}. */
interface VerboseCommand {
  boolean verbose();
}
