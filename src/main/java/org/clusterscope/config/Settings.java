package org.clusterscope.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The whole, validated configuration of one clusterscope process. Built once at start-up by
 * {@link SettingsLoader} and passed down; nothing below reads configuration files.
 *
 * @param configFile the file it was read from (for messages and the run audit)
 * @param digest SHA-256 of the effective configuration, recorded in {@code cs_ops.runs}
 * @param sparkMaster Spark master URL
 * @param sparkConf free-form Spark settings from the file and {@code --conf}
 * @param ingest how input files are read
 * @param serve the JDBC endpoint of {@code serve}
 * @param report how the visual report is written
 * @param maintain what {@code maintain} keeps when it vacuums
 * @param lock how the warehouse lock of writing commands is kept alive and found dead
 * @param checkpointDir where intermediates are checkpointed on a cluster master, one folder per run
 *     ({@code spark.checkpoint-dir}; by default {@code <warehouse>/_checkpoints})
 * @param progress how pipeline commands report their progress
 */
public record Settings(
    Path configFile,
    String digest,
    CatalogSettings catalog,
    String sparkMaster,
    Map<String, String> sparkConf,
    List<SourceSettings> sources,
    IngestSettings ingest,
    ReferenceSettings reference,
    ConformSettings conform,
    IndicatorSettings indicators,
    LinkageSettings linkages,
    PublishSettings publish,
    ServeSettings serve,
    ReportSettings report,
    double maxQuarantineShare,
    MaintainSettings maintain,
    LockSettings lock,
    Location checkpointDir,
    ProgressSettings progress) {

  public Settings {
    sparkConf = Map.copyOf(sparkConf);
    sources = List.copyOf(sources);
  }

  /** The same settings with {@code only} as the sources: what an incremental run ingests and conforms. */
  public Settings withSources(List<SourceSettings> only) {
    return new Settings(configFile, digest, catalog, sparkMaster, sparkConf, only, ingest, reference, conform,
        indicators, linkages, publish, serve, report, maxQuarantineShare, maintain, lock, checkpointDir, progress);
  }
}
