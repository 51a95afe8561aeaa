package org.clusterscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code clusterscope} in a new JVM, as {@code jobs/clusterscope} does: the compiled classes
 * plus the dependency classpath Maven wrote to target/classpath.txt, with the Java 17 flags.
 *
 * <p>The JVM compiles with the client compiler only ({@code -XX:TieredStopAtLevel=1}): a child of
 * a test runs for seconds to a minute on a handful of records, too short for the optimising
 * compiler to pay back its own processor time. {@code sql -e "SELECT 1"} took 12 s of processor
 * time instead of 23 s. With the first tier alone the JVM reserves 48 MB for compiled code
 * instead of 240 MB; a whole run with publish filled that ("CodeCache is full. Compiler has been
 * disabled.") and went on interpreted, minutes slower, so the code cache keeps its usual size.
 */
final class ChildProcess {
  private ChildProcess() {}

  record Result(int code, String out, String err) {}

  static Result run(Path workDir, String... args) {
    return runWithInput(workDir, "", args);
  }

  /** Runs with {@code input} as standard input, e.g. the statements typed into the sql shell. */
  static Result runWithInput(Path workDir, String input, String... args) {
    return runCommand(workDir, input, java.util.Map.of(), command(args));
  }

  /** Runs with these environment variables added (a Spark home for local-cluster masters), for longer. */
  static Result runWithEnvironment(Path workDir, java.util.Map<String, String> environment, int timeoutMinutes,
      String... args) {
    return runCommand(workDir, "", environment, command(args), timeoutMinutes);
  }

  /** Runs any command (a script such as jobs/submit) the same way, with environment variables added. */
  static Result runCommand(Path workDir, String input, java.util.Map<String, String> environment, List<String> command) {
    return runCommand(workDir, input, environment, command, 15);
  }

  static Result runCommand(Path workDir, String input, java.util.Map<String, String> environment, List<String> command,
      int timeoutMinutes) {
    String[] args = command.toArray(String[]::new);
    try {
      Path out = Files.createTempFile(workDir, "out", ".txt");
      Path err = Files.createTempFile(workDir, "err", ".txt");
      Path in = Files.writeString(Files.createTempFile(workDir, "in", ".txt"), input, StandardCharsets.UTF_8);
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectInput(in.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("clusterscope " + String.join(" ", args).replaceAll(" -cp \\S+", "")
            + " did not finish in " + timeoutMinutes + " minutes");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts a process that runs on (serve), its output and errors going to the two files. */
  static Process start(Path workDir, Path out, Path err, String... args) throws IOException {
    return start(workDir, out, err, java.util.Map.of(), args);
  }

  /** The same with environment variables added to this JVM's. */
  static Process start(Path workDir, Path out, Path err, java.util.Map<String, String> env, String... args)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command(args)).directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  private static List<String> command(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g",
        "-XX:TieredStopAtLevel=1",
        "-XX:ReservedCodeCacheSize=240m",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.net=ALL-UNNAMED",
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
        "-Dlog4j2.configurationFile=" + Paths.get("conf/log4j2.properties").toAbsolutePath(),
        "-cp", classpath(),
        Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** The compiled classes and the dependency classpath Maven wrote. */
  static String classpath() {
    return Paths.get("target/classes").toAbsolutePath() + java.io.File.pathSeparator + dependencies();
  }

  /** The dependency classpath Maven wrote to target/classpath.txt (Spark and Delta among them). */
  static String dependencies() {
    String file = System.getProperty("clusterscope.test.classpath.file", "target/classpath.txt");
    try {
      return Files.readString(Paths.get(file)).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Run the tests through Maven, which writes " + file, e);
    }
  }
}
