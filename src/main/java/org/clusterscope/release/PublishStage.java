package org.clusterscope.release;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.audit.AuditInputs;
import org.clusterscope.audit.AuditResult;
import org.clusterscope.audit.DisclosureAudit;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.disclosure.CellStatus;
import org.clusterscope.indicators.EmploymentSources;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageResult;
import org.clusterscope.ops.StageTables;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.reference.SectorScheme;

/**
 * Publish: the released layer {@code cs_pub} from gold (docs/design.md section 7). For the years
 * of the run, the disclosure status of every cell is decided jointly for all levels and schemes
 * of a year ({@link CellStatus}), the released rows are masked from gold ({@link ReleasedTables}),
 * and an audit that shares no code with the suppression ({@link DisclosureAudit}) checks them
 * before anything is written: its rows go to {@code cs_ops.disclosure_audit} in any case, and an
 * exact disclosure fails the run with nothing released.
 *
 * <p>The released rows go to the stored tables ({@code cs_pub_store}); once all are written the
 * publish is recorded as a release ({@code cs_ops.releases}) and cs_pub's views switch to it
 * ({@link ReleaseViews}). A publish that fails or is killed before its release row leaves the
 * release before it in place, whole.
 */
public final class PublishStage implements Stage {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PublishStage.class);
  static final String STAGE = "publish";
  private static final List<TableSpec> GOLD = PubTables.GOLD;

  @Override
  public String name() {
    return STAGE;
  }

  @Override
  public StageTables tables(List<SourceSettings> sources) {
    List<TableSpec> inputs = new ArrayList<>(GOLD);
    inputs.add(PipelineTables.SILVER_ESTABLISHMENTS);
    List<TableSpec> outputs = new ArrayList<>(PubTables.STORED);
    outputs.add(OpsTables.DISCLOSURE_AUDIT);
    outputs.add(OpsTables.RELEASES);
    return new StageTables(inputs, outputs);
  }

  /** The gold tables: the rows the released layer is made of. */
  @Override
  public List<TableSpec> measuredInputs(List<SourceSettings> sources) {
    return GOLD;
  }

  @Override
  public boolean readsReference() {
    return true;
  }

  @Override
  public StageResult execute(StageContext ctx, Supplier<ReferenceData> reference, StageYears years) {
    SparkSession spark = ctx.spark();
    Map<TableSpec, Dataset<Row>> gold = new LinkedHashMap<>();
    GOLD.forEach(spec -> gold.put(spec, spark.table(ctx.table(spec))));
    Map<TableSpec, SortedSet<Integer>> goldYears = yearsOf(gold);
    Releases releases = Releases.inCatalog(spark, ctx.settings().catalog());
    ReleaseViews views = new ReleaseViews(spark, ctx.settings().catalog());
    // A publish killed between its release row and the last view left the views mixed: finish that first.
    releases.latest().ifPresent(views::switchTo);
    SortedSet<Integer> published = years(ctx, years, goldYears);
    if (published.isEmpty()) {
      LOG.info("Run {}: publish: no gold years to publish for {}", ctx.audit().runId(), years.upstream());
      return StageResult.chained(published, years);
    }
    List<Integer> levels = ctx.settings().indicators().nutsLevels();
    List<SectorScheme> schemes = reference.get().schemes();
    Dataset<Row> establishments = EmploymentSources.establishments(ctx);

    SortedSet<Integer> statusYears = withEarlierYears(published, goldYears.get(GoldTables.REGION_SECTOR));
    CellStatus suppression = new CellStatus(levels, schemes);
    Dataset<Row> status = ctx.describe(STAGE + ": cell suppression " + statusYears, () -> materialised(spark,
        suppression.of(statusYears, establishments, gold.get(GoldTables.REGION_SECTOR),
            gold.get(GoldTables.REGION_PROFILE), gold.get(GoldTables.SECTOR_PROFILE))));
    suppression.results().forEach(r -> LOG.info(
        "Run {}: publish: {} cells of {}: {} primary, {} secondary (read in {} ms, chosen in {} ms)",
        ctx.audit().runId(), r.cells(), r.year(), r.primary(), r.secondary(), r.readMillis(), r.solveMillis()));

    Map<TableSpec, Dataset<Row>> goldOfYears = new LinkedHashMap<>();
    gold.forEach((spec, rows) -> goldOfYears.put(spec, rows.filter(col("reference_year").isin(published.toArray()))));
    Map<TableSpec, Dataset<Row>> released = ReleasedTables.of(goldOfYears, status);
    // The audited tables are read twice (audit, write): computed once.
    for (TableSpec audited : List.of(PubTables.REGION_SECTOR, PubTables.REGION_PROFILE, PubTables.SECTOR_PROFILE)) {
      released.put(audited, released.get(audited).cache());
    }

    AuditResult audit = ctx.describe(STAGE + ": disclosure audit " + published, () -> DisclosureAudit.of(new AuditInputs(
        establishments,
        new AuditInputs.Tables(released.get(PubTables.REGION_SECTOR), released.get(PubTables.REGION_PROFILE),
            released.get(PubTables.SECTOR_PROFILE)),
        new AuditInputs.Tables(goldOfYears.get(GoldTables.REGION_SECTOR), goldOfYears.get(GoldTables.REGION_PROFILE),
            goldOfYears.get(GoldTables.SECTOR_PROFILE)),
        levels, schemes), ctx.settings().publish().intervalCells()).run(ctx.audit().runId(), published));
    ctx.audit().addVersion(ctx.table(OpsTables.DISCLOSURE_AUDIT),
        ctx.tables().append(OpsTables.DISCLOSURE_AUDIT, audit.frame(spark)));
    audit.failOnDisclosure();

    String name = releaseName(ctx);
    releases.requireNew(name);
    new ReleaseStore(spark, ctx.settings().catalog(), ctx.tables()).prepare();
    released.forEach((spec, rows) -> ctx.writeGold(STAGE, PubTables.stored(spec), rows, published));
    released.values().forEach(Dataset::unpersist);
    status.unpersist();
    ctx.settings().publish().sdmxFolder().ifPresent(folder -> ctx.describe(STAGE + ": SDMX export to " + folder,
        () -> SdmxExport.write(spark.table(ctx.table(PubTables.stored(PubTables.REGION_SECTOR)))
            .filter(col("reference_year").isin(published.toArray())), reference.get().nace(), folder)));
    ctx.audit().addYears(published);
    Release release = ctx.describe(STAGE + ": release " + name, () -> release(ctx, name, published));
    ctx.audit().addVersion(ctx.table(OpsTables.RELEASES),
        ctx.tables().append(OpsTables.RELEASES, spark.createDataFrame(
            List.of(release.toRow(ctx.settings().catalog().database(Layer.PUB))),
            spark.table(ctx.table(OpsTables.RELEASES)).schema())));
    views.switchTo(release);
    LOG.info("Run {}: publish: released {} (years {}), {} now shows it", ctx.audit().runId(), name,
        release.referenceYears(), ctx.settings().catalog().database(Layer.PUB));
    return StageResult.chained(published, years);
  }

  /**
   * The name of this publish's release: the one given, else the pattern applied to the run's
   * start, so that the name and the run id tell the same time.
   */
  public static String releaseName(StageContext ctx) {
    return ctx.settings().publish().releaseNaming().nameAt(ctx.audit().startedAt());
  }

  /** The release of the stored tables as written: every table's latest version, and the years they hold. */
  private static Release release(StageContext ctx, String name, SortedSet<Integer> published) {
    Map<String, Long> versions = new LinkedHashMap<>();
    Dataset<Row> years = null;
    for (TableSpec spec : PubTables.STORED) {
      versions.put(spec.name(), ctx.tables().version(spec));
      Dataset<Row> tableYears = ctx.spark().table(ctx.table(spec)).select("reference_year");
      years = years == null ? tableYears : years.union(tableYears);
    }
    return new Release(name, java.time.Instant.now(), ctx.audit().runId(), versions, yearsOf(years), published);
  }

  /**
   * The years to publish: those the run wrote, or, for {@code publish} alone, the selection;
   * each only where gold has rows.
   */
  private static SortedSet<Integer> years(StageContext ctx, StageYears years,
      Map<TableSpec, SortedSet<Integer>> goldYears) {
    SortedSet<Integer> inGold = new TreeSet<>();
    goldYears.values().forEach(inGold::addAll);
    SortedSet<Integer> wanted = new TreeSet<>(ctx.audit().years());
    YearSelection selection = ctx.audit().years().isEmpty() ? years.requested() : years.upstream();
    if (ctx.audit().years().isEmpty() && selection.isAll()) {
      return inGold;
    }
    selection.years().ifPresent(wanted::addAll);
    wanted.retainAll(inGold);
    return wanted;
  }

  private static SortedSet<Integer> yearsOf(Dataset<Row> rows) {
    SortedSet<Integer> years = new TreeSet<>();
    rows.select("reference_year").distinct().collectAsList().forEach(r -> years.add(r.getInt(0)));
    return years;
  }

  /** The years of each table, in one query: a query per table cost more planning than reading. */
  private static Map<TableSpec, SortedSet<Integer>> yearsOf(Map<TableSpec, Dataset<Row>> tables) {
    List<TableSpec> specs = List.copyOf(tables.keySet());
    Dataset<Row> years = null;
    for (int i = 0; i < specs.size(); i++) {
      Dataset<Row> table = tables.get(specs.get(i)).select(lit(i).as("table"), col("reference_year"));
      years = years == null ? table : years.union(table);
    }
    Map<TableSpec, SortedSet<Integer>> result = new LinkedHashMap<>();
    specs.forEach(spec -> result.put(spec, new TreeSet<>()));
    years.distinct().collectAsList().forEach(r -> result.get(specs.get(r.getInt(0))).add(r.getInt(1)));
    return result;
  }

  /** The published years and, where gold has them, the years growth (1) and CAGR (5) compare with. */
  private static SortedSet<Integer> withEarlierYears(SortedSet<Integer> published, SortedSet<Integer> employmentYears) {
    SortedSet<Integer> result = new TreeSet<>();
    for (int year : published) {
      for (int y : new int[] {year, year - 1, year - 5}) {
        if (employmentYears.contains(y)) {
          result.add(y);
        }
      }
    }
    return result;
  }

  /**
   * The status rows, collected on the driver, as a cached distributed table: the masking reads
   * them in some twenty joins, and a local relation of a million rows would travel in every task.
   */
  private static Dataset<Row> materialised(SparkSession spark, List<Row> rows) {
    int slices = Math.max(1, spark.sessionState().conf().numShufflePartitions());
    Dataset<Row> status = spark.createDataFrame(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, slices), CellStatus.SCHEMA).cache();
    status.count();
    return status;
  }
}
