package org.clusterscope.errors;

/**
 * A failure the user can act on. The message is complete (what, why, how to fix) and is printed
 * without a stack trace; {@link #exitCode()} is what the process returns. Create instances
 * through {@link Errors} so that all messages stay in one reviewable place.
 */
public final class ClusterscopeException extends RuntimeException {
  private final ExitCode exitCode;

  ClusterscopeException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
