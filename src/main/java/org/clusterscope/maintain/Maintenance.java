package org.clusterscope.maintain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.CatalogTableType;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import org.apache.spark.sql.delta.DeltaLog;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.ops.StageContext;
import org.clusterscope.release.Release;
import org.clusterscope.release.ReleaseViews;
import org.clusterscope.release.Releases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;

/**
 * {@code maintain}: Delta OPTIMIZE (small files compacted) and VACUUM (files no version in the
 * retention still reads deleted) on every Delta table of the product's databases, with the
 * {@link Retention} that keeps the recorded releases readable. The released layer's views are
 * first brought to the current release, as publish does, in case a publish was killed while
 * switching them.
 */
public final class Maintenance {
  private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
  private static final String LISTING_PARALLELISM = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
  /** Every database of the product that holds Delta tables. */
  public static final List<Layer> LAYERS = List.of(Layer.BRONZE, Layer.SILVER, Layer.GOLD, Layer.OPS, Layer.PUB_STORE);

  /** What was done to one table. */
  public record TableMaintenance(String table, long filesAdded, long filesRemoved, int retentionHours, long version) {}

  /** What maintain did: the retention it used and each table's work, in the order done. */
  public record Result(Retention retention, List<TableMaintenance> tables) {
    public Result {
      tables = List.copyOf(tables);
    }
  }

  private final StageContext ctx;
  private final List<Layer> layers;

  /** @param layers the layers to maintain: {@link #LAYERS} for the command */
  public Maintenance(StageContext ctx, List<Layer> layers) {
    this.ctx = ctx;
    this.layers = List.copyOf(layers);
  }

  public Result execute() {
    SparkSession spark = ctx.spark();
    CatalogSettings catalog = ctx.settings().catalog();
    List<Release> releases = Releases.inCatalog(spark, catalog).newestFirst();
    releases.stream().findFirst().ifPresent(new ReleaseViews(spark, catalog)::switchTo);
    Retention retention = Retention.of(ctx.settings().maintain(), IntStream.range(0, releases.size())
        .mapToObj(i -> new Retention.KeptRelease(releases.get(i).name(), releases.get(i).createdAt(), i + 1)).toList(),
        Instant.now());
    LOG.info("Run {}: maintain: {}", ctx.audit().runId(), retention.describe());
    // Delta refuses a retention below the table's own (a week by default; ten years for the
    // stored tables, ReleaseStore): the retentions here are checked by maintain itself.
    spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", "false");
    // VACUUM lists a table's folders in as many tasks as this (Spark's default 10,000): on the
    // small tables of a test warehouse that was 30-80 s per table on a loaded 2-core machine.
    if (!spark.conf().contains(LISTING_PARALLELISM)) {
      spark.conf().set(LISTING_PARALLELISM, String.valueOf(4 * spark.sparkContext().defaultParallelism()));
    }
    List<TableMaintenance> done = new ArrayList<>();
    for (Layer layer : layers) {
      int hours = layer == Layer.PUB_STORE ? retention.storeHours() : retention.hours();
      for (TableIdentifier table : deltaTables(spark, catalog.database(layer))) {
        done.add(maintain(spark, table, hours));
      }
    }
    return new Result(retention, done);
  }

  private TableMaintenance maintain(SparkSession spark, TableIdentifier table, int hours) {
    String name = table.unquotedString();
    Row metrics = ctx.describe("maintain: OPTIMIZE " + name, () -> spark.sql("OPTIMIZE " + table.quotedString())
        .collectAsList().get(0).getStruct(1));
    ctx.describe("maintain: VACUUM " + name + " RETAIN " + hours + " HOURS",
        () -> spark.sql("VACUUM " + table.quotedString() + " RETAIN " + hours + " HOURS").collectAsList());
    long version = DeltaLog.forTableWithSnapshot(spark, table)._2().version();
    ctx.audit().addVersion(name, version);
    return new TableMaintenance(name, metrics.<Long>getAs("numFilesAdded"), metrics.<Long>getAs("numFilesRemoved"),
        hours, version);
  }

  /** The Delta tables of a database, by name; none if the database does not exist yet. */
  private static List<TableIdentifier> deltaTables(SparkSession spark, String database) {
    SessionCatalog catalog = spark.sessionState().catalog();
    if (!catalog.databaseExists(database)) {
      return List.of();
    }
    List<TableIdentifier> tables = new ArrayList<>();
    for (TableIdentifier id : scala.collection.JavaConverters.seqAsJavaList(catalog.listTables(database))) {
      CatalogTable table;
      try {
        table = catalog.getTableMetadata(id);
      } catch (Exception e) { // dropped meanwhile: NoSuchTableException, checked but thrown from Scala
        continue;
      }
      if (!table.tableType().equals(CatalogTableType.VIEW()) && table.provider().equals(Option.apply("delta"))) {
        tables.add(new TableIdentifier(id.table(), Option.apply(database)));
      }
    }
    tables.sort(java.util.Comparator.comparing(TableIdentifier::table));
    return tables;
  }
}
