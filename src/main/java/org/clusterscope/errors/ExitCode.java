package org.clusterscope.errors;

/**
 * Process exit codes of the {@code clusterscope} launcher (docs/design.md section 2).
 *
 * <p>Schedulers (cron, Airflow) branch on these: 2 means "fix the command or the config and
 * rerun", 3 means "fix the input data", 1 means "look at the log".
 */
public enum ExitCode {
  SUCCESS(0),
  FAILURE(1),
  USAGE(2),
  INPUT(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
