package org.clusterscope.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusterscope.errors.ExitCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduling examples in jobs/ (docs/operations.md) parse, and map the product's exit codes as
 * {@link ExitCode} defines them: 1 retried, 2 and 3 alerted without a retry. Airflow itself is not
 * installed here, so the DAG is compiled, not loaded.
 */
class SchedulingExamplesTest {
  private static final CronParser UNIX_CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  @Test
  void theCronLineHasAValidScheduleAndShellCommand() throws Exception {
    List<String> lines = Files.readAllLines(Paths.get("jobs/cron.example"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    assertEquals(1, lines.size(), "one crontab line: " + lines);
    String[] fields = lines.get(0).trim().split("\\s+", 6);
    assertEquals(6, fields.length, "five schedule fields and a command: " + lines.get(0));
    String schedule = String.join(" ", Arrays.copyOf(fields, 5));
    UNIX_CRON.parse(schedule).validate();
    String command = fields[5];
    assertFalse(command.contains("%"), "crontab ends the command at an unescaped %");
    assertTrue(command.contains("jobs/submit run --config"), command);
    // Retries exit code 1 only: the loop ends on any other code.
    assertTrue(command.contains("[ \"$rc\" -ne " + ExitCode.FAILURE.code() + " ] && break"), command);
    Process shell = new ProcessBuilder("sh", "-n", "-c", command).redirectErrorStream(true).start();
    assertTrue(shell.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, shell.exitValue(), new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void theAirflowDagCompiles(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(python3(), "python3 is not on the PATH: the Airflow DAG's syntax is not checked");
    Process compile = new ProcessBuilder("python3", "-c",
        "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
        Paths.get("jobs/airflow_clusterscope_dag.py").toAbsolutePath().toString(), dir.resolve("dag.pyc").toString())
        .redirectErrorStream(true).start();
    assertTrue(compile.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, compile.exitValue(), new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void theAirflowDagRetriesFailuresAndAlertsOnConfigurationAndInputErrors() throws IOException {
    String dag = Files.readString(Paths.get("jobs/airflow_clusterscope_dag.py"), StandardCharsets.UTF_8);
    assertEquals("{" + ExitCode.FAILURE.code() + "}", assignment(dag, "RETRY_CODES"));
    String noRetry = assignment(dag, "NO_RETRY_CODES");
    assertTrue(noRetry.contains(ExitCode.USAGE.code() + ": \"a usage or configuration error"), noRetry);
    assertTrue(noRetry.contains(ExitCode.INPUT.code() + ": \"an input or data-quality failure"), noRetry);
    assertTrue(dag.contains("raise AirflowFailException"), "codes 2 and 3 fail without retrying");
    Matcher schedule = Pattern.compile("schedule=\"([^\"]+)\"").matcher(dag);
    assertTrue(schedule.find(), "the DAG has a cron schedule");
    UNIX_CRON.parse(schedule.group(1)).validate();
  }

  /** The right-hand side of a top-level Python assignment. */
  private static String assignment(String python, String name) {
    Matcher m = Pattern.compile("(?ms)^" + name + " = (\\{.*?\\n?\\})").matcher(python);
    assertTrue(m.find(), name + " is assigned");
    return m.group(1);
  }

  private static boolean python3() {
    try {
      Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
