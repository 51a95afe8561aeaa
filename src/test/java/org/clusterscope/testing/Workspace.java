package org.clusterscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;

/**
 * A test's own inputs, configuration and databases (a unique prefix in the shared warehouse):
 * write register files, then run pipeline commands on the shared session and read the tables.
 */
public final class Workspace {
  /** The canonical register header. */
  public static final String HEADER =
      "establishment_id,enterprise_id,region_code,nace,employees,size_band,reference_year,status";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final TestSpark spark;
  private final Path root;
  private final Path inputs;
  private final String prefix;
  private String extraConfig = "";
  private String sources;
  private RunAudit lastAudit;
  private List<RunAudit> lastAudits = List.of();

  public Workspace(TestSpark spark, Path root) {
    this.spark = spark;
    this.root = root;
    this.inputs = root.resolve("register");
    this.prefix = "t" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
    try {
      Files.createDirectories(inputs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds HOCON settings under {@code clusterscope { }} (e.g. {@code quality.max-quarantine-share = 1}). */
  public Workspace config(String hocon) {
    this.extraConfig = extraConfig + hocon + "\n";
    return this;
  }

  /** Writes a register-csv file with the canonical header and the given records. */
  public Path register(String fileName, String... records) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(List.of(records));
    return writeBytes(fileName, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Replaces the default register source with a HOCON list of sources; {@code $ROOT} stands for
   * the workspace folder, where {@link #file} writes.
   */
  public Workspace sources(String hoconList) {
    this.sources = hoconList;
    return this;
  }

  /** Writes a UTF-8 file at a path relative to the workspace folder, creating folders. */
  public Path file(String relativePath, String content) {
    return file(relativePath, content.getBytes(StandardCharsets.UTF_8));
  }

  public Path file(String relativePath, byte[] content) {
    try {
      Path path = root.resolve(relativePath);
      Files.createDirectories(path.getParent());
      return Files.write(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The IPC concordance subsets in conf/reference (rows copied from the official tables), for
   * tests of patent sources; the official tables themselves are tested in IpcConcordanceTest.
   */
  public Workspace ipcConcordances() {
    return config("reference.ipc-technology = \"" + repo("conf/reference/ipc_technology.csv") + "\"\n"
        + "reference.ipc-nace = \"" + repo("conf/reference/ipc_nace2.csv") + "\"");
  }

  public Path writeBytes(String fileName, byte[] content) {
    try {
      return Files.write(inputs.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path configFile() {
    Path conf = root.resolve("test.conf");
    String text = "clusterscope {\n"
        + "  catalog { warehouse = \"" + spark.warehouse() + "\", database-prefix = \"" + prefix + "\" }\n"
        + "  sources = " + (sources == null
            ? "[ { name = register, format = register-csv, paths = [\"" + inputs + "\"] } ]"
            : sources.replace("$ROOT", root.toString())) + "\n"
        + "  reference {\n"
        + "    nace = \"" + repo("conf/reference/nace_rev2.csv") + "\"\n"
        + "    schemes { cluster_categories = \"" + repo("conf/reference/schemes/cluster_categories.csv") + "\" }\n"
        + "  }\n"
        + "  indicators.sector-schemes = [nace_section, nace_division, nace_class, cluster_categories]\n"
        // No progress lines in tests unless a test asks (config("progress.mode = log")).
        + "  progress.mode = off\n"
        + extraConfig
        + "}\n";
    try {
      return Files.writeString(conf, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Settings settings() {
    return new SettingsLoader().load(configFile(), List.of(), Optional.empty());
  }

  public RunAudit run(Pipeline.Command command, YearSelection years) {
    return run(spark.spark(), command, years);
  }

  /** Runs {@code command} in {@code session}: a session of the shared context with settings of its own. */
  public RunAudit run(SparkSession session, Pipeline.Command command, YearSelection years) {
    lastAudit = new Pipeline(session, settings()).execute(command, years, "test");
    lastAudits = List.of(lastAudit);
    return lastAudit;
  }

  /** The record of this workspace's last successful run. */
  public RunAudit lastAudit() {
    if (lastAudit == null) {
      throw new IllegalStateException("workspace " + prefix + " has not run yet");
    }
    return lastAudit;
  }

  public RunAudit run() {
    return run(Pipeline.Command.RUN, YearSelection.all());
  }

  /**
   * Runs the stages of {@code run} up to and including the one of {@code last}, each as a run of
   * its own that passes its years on as {@code run} does: for tests that read only what those
   * stages write, since the later stages cost processor time even on a handful of records.
   */
  public RunAudit runThrough(Pipeline.Command last) {
    return runThrough(last, YearSelection.all());
  }

  /** As {@link #runThrough(Pipeline.Command)} on the years of {@code selection}, as {@code run --year} would. */
  public RunAudit runThrough(Pipeline.Command last, YearSelection selection) {
    Pipeline pipeline = new Pipeline(spark.spark(), settings());
    StageYears years = StageYears.of(selection);
    List<RunAudit> audits = new ArrayList<>();
    for (Stage stage : Pipeline.STAGES) {
      Pipeline.StageRun run = pipeline.execute(stage, years, "test");
      audits.add(run.audit());
      lastAudit = run.audit();
      lastAudits = List.copyOf(audits);
      if (stage.name().equals(last.key())) {
        return lastAudit;
      }
      years = run.result().next();
    }
    throw new IllegalArgumentException("no stage " + last.key() + " in " + Pipeline.STAGES);
  }

  /**
   * The records counted per source and stage by the last {@link #run} or by every stage run of the
   * last {@link #runThrough}, which records each stage as a run of its own.
   */
  public List<SourceCounts> counts() {
    return lastAudits.stream().flatMap(audit -> audit.counts().stream()).toList();
  }

  /** The counts of {@code source} (a source, or a source and part such as {@code regpat:ipc}) in {@code stage}. */
  public SourceCounts counts(String source, String stage) {
    return counts().stream().filter(c -> c.source().equals(source) && c.stage().equals(stage)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no counts of " + source + " in " + stage + ": " + counts()));
  }

  /** The run ids of the last {@link #run}, or of every stage run of the last {@link #runThrough}. */
  public Object[] lastRunIds() {
    return lastAudits.stream().map(RunAudit::runId).toArray();
  }

  /** A table of this workspace, e.g. {@code table("gold", "region_sector")}. */
  public Dataset<Row> table(String layer, String name) {
    return spark.spark().table(prefix + "_" + layer + "." + name);
  }

  public String prefix() {
    return prefix;
  }

  /** A path in the repository (tests run from its root). */
  public static Path repo(String relative) {
    return Paths.get(relative).toAbsolutePath();
  }
}
