package org.clusterscope.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;

/**
 * The bundled samples run once per test JVM as conf/local.conf runs them, for every test class
 * that only reads what that run wrote (a run of the samples takes minutes; the suite shares one).
 *
 * @param ws the workspace of the run
 * @param audit the run's record
 */
record SampleRun(Workspace ws, RunAudit audit) {
  private static final Object LOCK = new Object();
  private static SampleRun shared;

  /** The run, made on first use in the JVM's one SparkSession. */
  static SampleRun of(TestSpark spark) {
    synchronized (LOCK) {
      if (shared == null) {
        shared = run(spark);
      }
      return shared;
    }
  }

  private static SampleRun run(TestSpark spark) {
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "samples-run-");
      String samples = Workspace.repo("data-samples").toString();
      String conf = Files.readString(Workspace.repo("conf/local.conf"));
      String sources = conf.substring(conf.indexOf("sources = [") + "sources = ".length(), conf.indexOf("\n  ]") + 4)
          .replace("../data-samples", samples);
      Workspace ws = new Workspace(spark, dir).sources(sources)
          .config("quality.max-quarantine-share = 0.02\n"
              + "reference.nuts-regions = \"" + Workspace.repo("conf/reference/nuts_regions.csv") + "\"\n"
              + "reference.ipc-technology = \"" + Workspace.repo("conf/reference/ipc_technology.csv") + "\"\n"
              + "reference.ipc-nace = \"" + Workspace.repo("conf/reference/ipc_nace2.csv") + "\"");
      return new SampleRun(ws, ws.run());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
