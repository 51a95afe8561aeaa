package org.clusterscope.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir Path dir;

  @Test
  void relativePathsResolveAgainstTheConfigFolderNotTheWorkingDirectory() throws IOException {
    Path conf = write("catalog.warehouse = \"../wh\"\n"
        + "sources = [ { name = reg, format = register-csv, paths = [\"in\"] } ]\n"
        + "reference.nace = \"ref/nace.csv\"");
    Settings settings = new SettingsLoader().load(conf, List.of(), Optional.empty());
    assertEquals(dir.resolve("wh").toAbsolutePath().normalize(), settings.catalog().warehouse().localPath());
    assertEquals(List.of(new Location(dir.resolve("conf/in").toAbsolutePath().toString())), settings.sources().get(0).paths(Part.RECORDS));
    assertEquals(Optional.of(dir.resolve("conf/ref/nace.csv").toAbsolutePath()), settings.reference().nace());
  }

  @Test
  void clusterLocationsStayUrisAndFileUrisBecomePaths() throws IOException {
    Path conf = write("catalog { warehouse = \"s3a://bucket/warehouse\", metastore.url = \"jdbc:postgresql://db/metastore\" }\n"
        + "sources = [ { name = reg, format = register-csv, paths = [\"hdfs://nn:8020/register\", \"file:///data/r.csv\"] } ]");
    Settings settings = new SettingsLoader().load(conf, List.of(), Optional.empty());
    assertEquals("s3a://bucket/warehouse", settings.catalog().warehouse().uri());
    assertEquals(List.of(new Location("hdfs://nn:8020/register"), new Location("/data/r.csv")), settings.sources().get(0).paths(Part.RECORDS));
  }

  @Test
  void lockTimesAreDurationsAndAStaleLockTakesThreeHeartbeats() throws IOException {
    Settings defaults = new SettingsLoader().load(write(""), List.of(), Optional.empty());
    assertEquals(new LockSettings(java.time.Duration.ofSeconds(10), java.time.Duration.ofMinutes(2)), defaults.lock());
    Settings set = new SettingsLoader().load(write("lock { heartbeat = 5s, stale-after = 1m }"), List.of(), Optional.empty());
    assertEquals(new LockSettings(java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(1)), set.lock());

    ClusterscopeException tooSoon = assertThrows(ClusterscopeException.class, () -> new SettingsLoader()
        .load(write("lock { heartbeat = 30s, stale-after = 60s }"), List.of(), Optional.empty()));
    assertEquals(ExitCode.USAGE, tooSoon.exitCode());
    assertTrue(tooSoon.getMessage().contains("clusterscope.lock.stale-after") && tooSoon.getMessage().contains("three heartbeats (90s)")
        && tooSoon.getMessage().contains("got 60s"), tooSoon.getMessage());
    ClusterscopeException notADuration = assertThrows(ClusterscopeException.class, () -> new SettingsLoader()
        .load(write("lock.heartbeat = often"), List.of(), Optional.empty()));
    assertEquals(ExitCode.USAGE, notADuration.exitCode());
    assertTrue(notADuration.getMessage().contains("lock.heartbeat"), notADuration.getMessage());
  }

  @Test
  void anEmbeddedMetastoreNeedsALocalWarehouse() throws IOException {
    Path conf = write("catalog.warehouse = \"hdfs://nn/warehouse\"");
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> new SettingsLoader().load(conf, List.of(), Optional.empty()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("clusterscope.catalog.metastore.url"), e.getMessage());
  }

  @Test
  void defaultsFillWhatTheFileLeavesOut() throws IOException {
    Settings settings = new SettingsLoader().load(write(""), List.of(), Optional.empty());
    assertEquals(List.of(0, 1, 2, 3), settings.indicators().nutsLevels());
    assertEquals(2.0, settings.indicators().stars().specialisationLq());
    assertEquals(0.9, settings.indicators().stars().sizeQuantile());
    assertEquals(3, settings.indicators().confidentiality().minContributors());
    assertEquals("cs_gold", settings.catalog().database(CatalogSettings.Layer.GOLD));
    assertEquals("cs_pub", settings.catalog().database(CatalogSettings.Layer.PUB));
    assertEquals("local[*]", settings.sparkMaster());
  }

  @Test
  void theMostEmployeesOfOneEstablishmentDefaultsTo500000AndMustBePositive() throws IOException {
    assertEquals(500_000L, new SettingsLoader().load(write(""), List.of(), Optional.empty()).conform().maxEmployees());
    assertEquals(20_000L, new SettingsLoader().load(write("conform.max-employees = 20000"), List.of(), Optional.empty())
        .conform().maxEmployees());

    Path zero = write("conform.max-employees = 0");
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> new SettingsLoader().load(zero, List.of(), Optional.empty()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("clusterscope.conform.max-employees"), e.getMessage());
    assertTrue(e.getMessage().contains("at least 1 (got 0)"), e.getMessage());
  }

  @Test
  void overridesReachSparkAndClusterscopeKeysAndChangeTheDigest() throws IOException {
    Path conf = write("");
    Settings plain = new SettingsLoader().load(conf, List.of(), Optional.empty());
    Settings overridden = new SettingsLoader().load(conf,
        List.of("spark.sql.shuffle.partitions=3", "indicators.stars.specialisation-lq=1.5"), Optional.of("local[2]"));
    assertEquals("3", overridden.sparkConf().get("spark.sql.shuffle.partitions"));
    assertEquals(1.5, overridden.indicators().stars().specialisationLq());
    assertEquals("local[2]", overridden.sparkMaster());
    assertNotEquals(plain.digest(), overridden.digest());
  }

  @Test
  void theBoundsOfAMultiLineRecordAreReadAndDefaulted() throws IOException {
    assertEquals(new IngestSettings(50, 65_536), new SettingsLoader().load(write(""), List.of(), Optional.empty()).ingest());
    Settings set = new SettingsLoader().load(write("ingest { max-record-lines = 20, max-record-chars = 4096 }"),
        List.of(), Optional.empty());
    assertEquals(new IngestSettings(20, 4096), set.ingest());
  }

  @Test
  void aRecordBoundBelowOneIsAConfigErrorNamingTheKeyAndValue() throws IOException {
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> new SettingsLoader().load(write("ingest.max-record-lines = 0"), List.of(), Optional.empty()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("clusterscope.ingest.max-record-lines") && e.getMessage().contains("got 0"),
        e.getMessage());
  }

  @Test
  void theReportsLevelIsTheFinestConfiguredOneUnlessSetAndMustBeConfigured() throws IOException {
    Settings defaults = new SettingsLoader().load(write("indicators.nuts-levels = [0, 2]"), List.of(), Optional.empty());
    assertEquals(2, defaults.report().nutsLevel());
    assertEquals(Optional.empty(), defaults.report().boundaries());
    Settings set = new SettingsLoader().load(write("report { nuts-level = 0, nuts-geojson = \"gisco/nuts.geojson\" }"),
        List.of("report.folder=out"), Optional.empty());
    assertEquals(0, set.report().nutsLevel());
    assertEquals(Optional.of(dir.resolve("conf/gisco/nuts.geojson")), set.report().boundaries());
    assertEquals(Optional.of(dir.resolve("conf/out")), set.report().folder());

    ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> new SettingsLoader()
        .load(write("indicators.nuts-levels = [3]\nreport.nuts-level = 2"), List.of(), Optional.empty()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("clusterscope.report.nuts-level") && e.getMessage().contains("got 2"),
        e.getMessage());
  }

  @Test
  void checkpointsGoUnderTheWarehouseUnlessAFolderIsConfigured() throws IOException {
    Settings local = new SettingsLoader().load(write("catalog.warehouse = \"../wh\""), List.of(), Optional.empty());
    assertEquals(new Location(dir.resolve("wh/_checkpoints").toString()), local.checkpointDir());
    Settings cluster = new SettingsLoader().load(write("catalog { warehouse = \"s3a://bucket/warehouse/\","
        + " metastore.url = \"jdbc:postgresql://db/metastore\" }"), List.of(), Optional.empty());
    assertEquals(new Location("s3a://bucket/warehouse/_checkpoints"), cluster.checkpointDir());
    Settings configured = new SettingsLoader().load(write("spark.checkpoint-dir = \"hdfs://nn:8020/tmp/cs\""),
        List.of("clusterscope.spark.checkpoint-dir=scratch"), Optional.empty());
    assertEquals(new Location(dir.resolve("conf/scratch").toString()), configured.checkpointDir());
  }

  @Test
  void progressIsAutoEvery30sByDefaultAndABadModeOrIntervalNamesItsKey() throws IOException {
    Settings settings = new SettingsLoader().load(write(""), List.of(), Optional.empty());
    assertEquals(new ProgressSettings(ProgressSettings.Mode.AUTO, java.time.Duration.ofSeconds(30)), settings.progress());
    assertEquals(ProgressSettings.Mode.OFF,
        new SettingsLoader().load(write("progress.mode = off"), List.of(), Optional.empty()).progress().mode());
    for (String[] bad : List.of(new String[] {"progress.mode = terminal", "clusterscope.progress.mode", "got 'terminal'"},
        new String[] {"progress.log-interval = 100ms", "clusterscope.progress.log-interval", "got 100ms"})) {
      Path conf = write(bad[0]);
      ClusterscopeException e = assertThrows(ClusterscopeException.class,
          () -> new SettingsLoader().load(conf, List.of(), Optional.empty()));
      assertEquals(ExitCode.USAGE, e.exitCode());
      assertTrue(e.getMessage().contains(bad[1]) && e.getMessage().contains(bad[2]), e.getMessage());
    }
  }

  private Path write(String body) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf")).resolve("test.conf");
    return Files.writeString(conf, "clusterscope {\n" + body + "\n}\n");
  }
}
