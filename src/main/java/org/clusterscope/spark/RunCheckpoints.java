package org.clusterscope.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint folder of one run on a cluster master: {@code <spark.checkpoint-dir>/<run id>},
 * set as the session's checkpoint directory while the run lasts and deleted when it ends, failed or
 * not ({@link Checkpoints} writes into it). On a local master it does nothing: intermediates stay
 * in the JVM there. A run killed outright leaves its folder behind; its name says which run it was.
 */
public final class RunCheckpoints implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunCheckpoints.class);

  private final SparkContext sc;
  private final Path folder;

  private RunCheckpoints(SparkContext sc, Path folder) {
    this.sc = sc;
    this.folder = folder;
  }

  /** @param base the configured {@code spark.checkpoint-dir} */
  public static RunCheckpoints open(SparkSession spark, Location base, String runId) {
    SparkContext sc = spark.sparkContext();
    if (sc.isLocal()) {
      return new RunCheckpoints(sc, null);
    }
    Path folder = new Path(new Path(base.uri()), runId);
    sc.setCheckpointDir(folder.toString());
    LOG.info("Run {}: intermediates are checkpointed in {}", runId, folder);
    return new RunCheckpoints(sc, folder);
  }

  /** The run's folder, if it has one (cluster masters). */
  public java.util.Optional<String> folder() {
    return java.util.Optional.ofNullable(folder).map(Path::toString);
  }

  @Override
  public void close() {
    if (folder == null) {
      return;
    }
    try {
      FileSystem fs = folder.getFileSystem(sc.hadoopConfiguration());
      fs.delete(folder, true);
    } catch (IOException e) {
      // The run's outcome stands; only the space is not given back.
      LOG.warn("The checkpoint folder {} could not be deleted ({}); delete it by hand", folder, e.getMessage());
    }
  }
}
