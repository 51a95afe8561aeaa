package org.clusterscope.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;

/**
 * The bundled samples run once per test JVM as conf/local.conf runs them, for every test class
 * that only reads what that run wrote (a run of the samples takes minutes; the suite shares one).
 *
 * @param ws the workspace of the run
 * @param audit the run's record
 */
public record SampleRun(Workspace ws, RunAudit audit) {
  /** The run, made on first use in the JVM's one SparkSession. */
  public static SampleRun of(TestSpark spark) {
    Workspace ws = spark.sharedRun("samples", samples -> run(spark, samples));
    return new SampleRun(ws, ws.lastAudit());
  }

  private static void run(TestSpark spark, Workspace ws) {
    try {
      String samples = Workspace.repo("data-samples").toString();
      String conf = Files.readString(Workspace.repo("conf/local.conf"));
      String sources = conf.substring(conf.indexOf("sources = [") + "sources = ".length(), conf.indexOf("\n  ]") + 4)
          .replace("../data-samples", samples);
      ws.sources(sources)
          // The interval attack on 5 primary cells per year and measure instead of the product's 25:
          // each costs two linear programs of seconds on the samples' 800-atom year, and the attack
          // itself is specified in IntervalCheckTest.
          .config("quality.max-quarantine-share = 0.02\n"
              + "publish.audit-interval-cells = 5\n"
              + "reference.nuts-regions = \"" + Workspace.repo("conf/reference/nuts_regions.csv") + "\"\n"
              + "reference.ipc-technology = \"" + Workspace.repo("conf/reference/ipc_technology.csv") + "\"\n"
              + "reference.ipc-nace = \"" + Workspace.repo("conf/reference/ipc_nace2.csv") + "\"")
          // As the product runs: with whole-stage code generation.
          .run(spark.productSession(), Pipeline.Command.RUN, YearSelection.all());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
