package org.clusterscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on this machine without a Spark distribution (DESIGN section 5): a
 * Master and Workers started as separate JVMs from the project's classpath, each Worker offering
 * one core and 1 GB, so that each runs one executor of 1 GB. A Spark home of an empty {@code jars}
 * folder satisfies the launcher; the executors get Spark and Delta from SPARK_DIST_CLASSPATH and
 * the application's classes from the driver, as on a real cluster.
 */
final class StandaloneCluster implements AutoCloseable {
  private final Process master;
  private final List<Process> workers;
  private final String url;

  private StandaloneCluster(Process master, List<Process> workers, String url) {
    this.master = master;
    this.workers = workers;
    this.url = url;
  }

  /** Environment of a process that launches executors without a Spark distribution. */
  static Map<String, String> sparkEnvironment(Path sparkHome, String executorClasspath) {
    try {
      Files.createDirectories(sparkHome.resolve("jars"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12",
        "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_DIST_CLASSPATH", executorClasspath);
  }

  static StandaloneCluster start(Path dir, int workerCount) throws IOException, InterruptedException {
    Map<String, String> environment = sparkEnvironment(dir.resolve("spark-home"), ChildProcess.dependencies());
    int port = freePort();
    Process master = launch(dir, "master", environment, List.of("org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
    String url = "spark://127.0.0.1:" + port;
    List<Process> workers = new ArrayList<>();
    StandaloneCluster cluster = new StandaloneCluster(master, workers, url);
    try {
      awaitPort(port, master);
      for (int i = 1; i <= workerCount; i++) {
        Path work = Files.createDirectories(dir.resolve("worker-" + i));
        workers.add(launch(dir, "worker-" + i, environment, List.of("org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
            "--work-dir", work.toString(), url)));
      }
      return cluster;
    } catch (IOException | RuntimeException | InterruptedException e) {
      cluster.close();
      throw e;
    }
  }

  String url() {
    return url;
  }

  /**
   * The executor JVMs the workers started. Read from /proc: Java's {@code ProcessHandle.Info}
   * gives no arguments for a command line longer than a page, and an executor's, with Spark's
   * classpath, is far longer.
   */
  List<ProcessHandle> executors() {
    return workers.stream().flatMap(Process::descendants)
        .filter(p -> commandLine(p).contains("CoarseGrainedExecutorBackend")).toList();
  }

  private static String commandLine(ProcessHandle process) {
    try {
      return new String(Files.readAllBytes(Paths.get("/proc", String.valueOf(process.pid()), "cmdline")),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) { // the process has ended
      return "";
    }
  }

  @Override
  public void close() {
    List<Process> all = new ArrayList<>(workers);
    all.add(master);
    for (Process process : all) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroy();
    }
    for (Process process : all) {
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private static Process launch(Path dir, String name, Map<String, String> environment, List<String> mainAndArgs)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", ChildProcess.dependencies()));
    command.addAll(mainAndArgs);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
    builder.environment().putAll(environment);
    return builder.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitPort(int port, Process owner) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!owner.isAlive()) {
        throw new IllegalStateException("the Spark master exited with code " + owner.exitValue());
      }
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the Spark master did not listen on port " + port + " within 60 s");
  }
}
