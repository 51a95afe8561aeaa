package org.clusterscope.release;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.errors.Errors;
import org.clusterscope.publish.OpsTables;
import scala.Option;

/**
 * The recorded releases ({@code cs_ops.releases}), newest first: finding one by name for
 * {@code sql --as-of} and {@code serve.release}, refusing a name that is taken, and recording a
 * new one. The table holds one small row per publish; it is read whole.
 */
public final class Releases {
  /** How many names an error about an unknown release lists. */
  static final int LISTED = 5;

  private final Supplier<Optional<Dataset<Row>>> rows;
  private final String table;

  private Releases(Supplier<Optional<Dataset<Row>>> rows, String table) {
    this.rows = rows;
    this.table = table;
  }

  /** The releases as the catalog shows them to {@code sql}, the stages and {@code maintain}. */
  public static Releases inCatalog(SparkSession spark, CatalogSettings catalog) {
    String table = OpsTables.RELEASES.qualifiedName(catalog);
    return new Releases(() -> spark.catalog().tableExists(table) ? Optional.of(spark.table(table)) : Optional.empty(),
        table);
  }

  /**
   * The releases read from the table's files, for {@code serve}: its read-only rule refuses every
   * catalog read outside the served databases, cs_ops among them, while its metastore filter lets
   * this one table be found by name (serve.VisibleDatabases).
   */
  public static Releases byLocation(SparkSession spark, CatalogSettings catalog) {
    return new Releases(() -> {
      Option<CatalogTable> metadata = ReleaseViews.metadata(spark, catalog, OpsTables.RELEASES);
      return metadata.isEmpty() ? Optional.empty()
          : Optional.of(spark.read().format("delta").load(metadata.get().location().toString()));
    }, OpsTables.RELEASES.qualifiedName(catalog));
  }

  /** Every release, newest first. */
  public List<Release> newestFirst() {
    return rows.get().map(frame -> frame.orderBy(col("created_at").desc(), col("release").desc()).collectAsList()
        .stream().map(Release::fromRow).toList()).orElse(List.of());
  }

  /** The current release: the newest, if any was recorded. */
  public Optional<Release> latest() {
    return newestFirst().stream().findFirst();
  }

  /** The release called {@code name}; an unknown name is an error naming the latest ones. */
  public Release named(String name) {
    List<Release> all = newestFirst();
    return all.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> Errors.unknownRelease(name, table, all.stream().limit(LISTED)
            .map(r -> r.name() + " (" + r.createdAt() + ")").toList()));
  }

  /** Refuses a name an earlier release has: --as-of must find one release by its name. */
  public void requireNew(String name) {
    newestFirst().stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(taken -> {
      throw Errors.releaseNameTaken(name, taken.createdAt().toString(), taken.runId(), table);
    });
  }
}
