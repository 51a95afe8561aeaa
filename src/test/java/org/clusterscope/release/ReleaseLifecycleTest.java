package org.clusterscope.release;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.maintain.Maintenance;
import org.clusterscope.ops.RunAudit;
import org.clusterscope.ops.StageContext;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.publish.TableWriter;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs publish two releases of one cell: cs_pub shows the second whole, the first stays
 * readable by name before and after maintain, and a warehouse whose cs_pub held tables keeps
 * their rows.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class ReleaseLifecycleTest {
  /** Four enterprises in one cell: 10 + 20 + 30 + 25 = 85 employees, no enterprise dominating. */
  private static final String[] FIRST = {
      "E1,N1,DK011,10.11,10,,2023,active", "E2,N2,DK011,10.11,20,,2023,active",
      "E3,N3,DK011,10.11,30,,2023,active", "E4,N4,DK011,10.11,25,,2023,active"};
  /** E1 grows to 50: 125 employees, the largest 40%. */
  private static final String[] SECOND = {
      "E1,N1,DK011,10.11,50,,2023,active", "E2,N2,DK011,10.11,20,,2023,active",
      "E3,N3,DK011,10.11,30,,2023,active", "E4,N4,DK011,10.11,25,,2023,active"};

  private final TestSpark spark;

  ReleaseLifecycleTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void eachPublishIsAReleaseThatStaysReadableByNameAfterMaintain(@TempDir Path dir) throws Exception {
    Workspace ws = new Workspace(spark, dir).config("publish.release-name = first\n"
        + "maintain { retention-hours = 1, keep-releases = 2 }");
    Settings settings = ws.settings();
    // A warehouse of an earlier clusterscope: cs_pub.region_sector is a table, with a row of 2019.
    new TableWriter(spark.spark(), settings.catalog()).ensure(List.of(PubTables.REGION_SECTOR));
    spark.spark().sql("INSERT INTO " + PubTables.REGION_SECTOR.qualifiedName(settings.catalog())
        + " (reference_year, nuts_level, region_code, sector_scheme, sector_code, employment, conf_status)"
        + " VALUES (2019, 3, 'DK011', 'nace_class', '10.11', 7.0, 'F')");

    ws.register("register.csv", FIRST);
    ws.run();
    assertEquals(85.0, employment(spark.spark(), ws, 2023));
    assertEquals(7.0, employment(spark.spark(), ws, 2019), "the earlier table's rows stay released");
    long created = ReleaseViews.metadata(spark.spark(), settings.catalog(), PubTables.REGION_SECTOR).get().createTime();
    ws.register("register.csv", SECOND);
    ws.config("publish.release-name = second");
    ws.run();
    assertEquals(125.0, employment(spark.spark(), ws, 2023));

    Releases releases = Releases.inCatalog(spark.spark(), settings.catalog());
    assertEquals(List.of("second", "first"), releases.newestFirst().stream().map(Release::name).toList());
    Release first = releases.named("first");
    assertEquals(new TreeSet<>(Set.of(2019, 2023)), first.referenceYears());
    assertEquals(new TreeSet<>(Set.of(2023)), first.publishedYears());
    assertEquals(PubTables.ALL.stream().map(TableSpec::name).collect(TreeSet::new, Set::add, Set::addAll),
        first.tableVersions().keySet());
    assertTrue(releases.named("second").version("region_sector") > first.version("region_sector"));
    viewsShowTheSecondReleaseWithTheirComments(ws, settings);
    assertEquals(created, ReleaseViews.metadata(spark.spark(), settings.catalog(), PubTables.REGION_SECTOR).get()
        .createTime(), "the view was altered in place, never dropped: a reader elsewhere always finds it");
    aHalfDoneSwitchIsSeenAndFinished(settings, first, releases.named("second"));

    SparkSession asOfFirst = spark.spark().newSession();
    asOfFirst.conf().set(ReleasePins.SETTING, ReleasePins.of(first, settings.catalog()).value());
    assertEquals(85.0, employment(asOfFirst, ws, 2023));

    ClusterscopeException unknown = assertThrows(ClusterscopeException.class, () -> releases.named("third"));
    assertEquals(ExitCode.USAGE, unknown.exitCode());
    assertTrue(unknown.getMessage().contains("'third'") && unknown.getMessage().contains("second (")
        && unknown.getMessage().contains("first ("), unknown.getMessage());
    ClusterscopeException taken = assertThrows(ClusterscopeException.class, () -> releases.requireNew("first"));
    assertTrue(taken.getMessage().contains("'first' is taken"), taken.getMessage());

    Maintenance.Result maintained = new Maintenance(StageContext.create(spark.spark(), settings,
        new RunAudit("maintain", "test", Instant.now())), List.of(Layer.PUB_STORE)).execute();
    assertEquals(PubTables.STORED.stream().map(t -> t.qualifiedName(settings.catalog())).sorted().toList(),
        maintained.tables().stream().map(Maintenance.TableMaintenance::table).toList());
    assertEquals("first", maintained.retention().oldestKept().orElseThrow().name());
    assertTrue(maintained.tables().stream().allMatch(t -> t.retentionHours() == maintained.retention().storeHours()));
    assertEquals(85.0, employment(spark.spark().newSession(), ws, 2023, first, settings), "the kept release still reads");
    assertEquals(125.0, employment(spark.spark(), ws, 2023));
  }

  private void viewsShowTheSecondReleaseWithTheirComments(Workspace ws, Settings settings) throws Exception {
    String table = PubTables.REGION_SECTOR.qualifiedName(settings.catalog());
    assertEquals("VIEW", spark.spark().catalog().getTable(table).tableType());
    Row release = spark.spark().sql("SHOW TBLPROPERTIES " + table + " ('" + ReleaseViews.RELEASE_PROPERTY + "')").head();
    assertEquals("second", release.getString(1));
    List<org.apache.spark.sql.catalog.Column> columns = spark.spark().catalog().listColumns(table).collectAsList();
    assertEquals(PubTables.REGION_SECTOR.columnNames(), columns.stream().map(c -> c.name()).toList());
    assertEquals(PubTables.REGION_SECTOR.columns().stream().map(c -> c.comment()).toList(),
        columns.stream().map(c -> c.description()).toList());
    assertTrue(spark.spark().catalog().getTable(table).description().contains("Released layer"));
  }

  /** A publish killed inside its switch: one view still at the first release until the switch is redone. */
  private void aHalfDoneSwitchIsSeenAndFinished(Settings settings, Release first, Release second) {
    ReleaseViews views = new ReleaseViews(spark.spark(), settings.catalog());
    assertEquals(Set.of(), views.mixedReleases());
    spark.spark().sql(PubTables.SECTOR_LINKS.createViewDdl(settings.catalog(),
        views.query(PubTables.SECTOR_LINKS, first.version(PubTables.SECTOR_LINKS.name())),
        java.util.Map.of(ReleaseViews.RELEASE_PROPERTY, first.name())));
    assertEquals(new TreeSet<>(Set.of("first", "second")), views.mixedReleases());
    assertEquals(1, views.switchTo(second), "only the view left behind changes");
    assertEquals(Set.of(), views.mixedReleases());
  }

  private static double employment(SparkSession session, Workspace ws, int year, Release release, Settings settings) {
    session.conf().set(ReleasePins.SETTING, ReleasePins.of(release, settings.catalog()).value());
    return employment(session, ws, year);
  }

  private static double employment(SparkSession session, Workspace ws, int year) {
    return session.table(ws.prefix() + "_pub.region_sector").filter(col("reference_year").equalTo(year)
        .and(col("nuts_level").equalTo(3)).and(col("sector_scheme").equalTo("nace_class"))
        .and(col("region_code").equalTo("DK011")).and(col("sector_code").equalTo("10.11"))).head()
        .<Double>getAs("employment");
  }
}
