package org.clusterscope.cli;

/** A command that knows whether the user asked for stack traces. */
interface VerboseAware {
  boolean verbose();
}
