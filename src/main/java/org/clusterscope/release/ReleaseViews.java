package org.clusterscope.release;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.CatalogTableType;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import org.clusterscope.config.CatalogSettings;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.publish.TableSpec;
import scala.Option;

/**
 * The released layer as users read it: each table of {@code cs_pub} is a view of its stored
 * table ({@code cs_pub_store}) at the Delta version the current release recorded, with the
 * table's comments. Publish writes the stored tables, records the release, then switches the
 * views; until then every reader sees the release before, whole.
 *
 * <p>Each view moves in one catalog update ({@code ALTER VIEW ... AS}), so a reader never finds
 * a view missing. Hive's metastore changes one table at a time, so the switch itself is eight
 * catalog updates, a few tens of milliseconds: a query that reads two released tables in that
 * moment may see one at the new release and one at the old. A publish killed inside the switch leaves
 * it half done; the next publish (or maintain) finishes it before anything else
 * ({@link #switchTo}), since the release row is already committed.
 */
public final class ReleaseViews {
  /** The view property naming the release the view shows. */
  public static final String RELEASE_PROPERTY = "clusterscope.release";

  private final SparkSession spark;
  private final CatalogSettings catalog;

  public ReleaseViews(SparkSession spark, CatalogSettings catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  /**
   * Points every released table at the release's versions and names the release on each view,
   * also on a view whose table the release did not rewrite, so that all views name the release
   * the layer shows; a view that does both already is left alone, and a table an earlier
   * clusterscope wrote in cs_pub (its rows carried over to the stored table by the first publish
   * since) gives way to the view.
   *
   * @return how many views changed
   */
  public int switchTo(Release release) {
    spark.sql("CREATE DATABASE IF NOT EXISTS " + catalog.database(Layer.PUB) + " COMMENT 'clusterscope "
        + Layer.PUB.suffix() + " layer'");
    int changed = 0;
    for (TableSpec released : PubTables.ALL) {
      String query = query(released, release.version(released.name()));
      Option<CatalogTable> current = metadata(spark, catalog, released);
      if (current.isDefined() && isView(current.get()) && query.equals(current.get().viewText().getOrElse(() -> ""))
          && release.name().equals(current.get().properties().get(RELEASE_PROPERTY).getOrElse(() -> ""))) {
        continue;
      }
      Map<String, String> shows = Map.of(RELEASE_PROPERTY, release.name());
      if (current.isDefined() && isView(current.get()) && sameColumns(current.get(), released)) {
        spark.sql(released.alterViewDdl(catalog, query));
        spark.sql(released.setViewPropertiesDdl(catalog, shows));
      } else {
        if (current.isDefined() && !isView(current.get())) {
          spark.sql("DROP TABLE " + released.qualifiedName(catalog));
        }
        spark.sql(released.createViewDdl(catalog, query, shows));
      }
      changed++;
    }
    return changed;
  }

  /**
   * The releases the views show, when they show more than one: a publish stopped inside its
   * switch. Read from the catalog alone (one metadata call per view), so every {@code sql} and
   * {@code serve} start can afford it.
   *
   * @return the release names, sorted; empty when the views agree (or there are none)
   */
  public SortedSet<String> mixedReleases() {
    SortedSet<String> shown = new TreeSet<>();
    for (TableSpec released : PubTables.ALL) {
      Option<CatalogTable> current = metadata(spark, catalog, released);
      if (current.isDefined() && isView(current.get())) {
        Option<String> release = current.get().properties().get(RELEASE_PROPERTY);
        if (release.isDefined()) {
          shown.add(release.get());
        }
      }
    }
    return shown.size() > 1 ? shown : new TreeSet<>();
  }

  /** The view's query: the stored table's columns at {@code version}. */
  String query(TableSpec released, long version) {
    TableSpec stored = PubTables.stored(released);
    return "SELECT " + ReleaseStore.columns(stored) + " FROM " + stored.qualifiedName(catalog) + " VERSION AS OF "
        + version;
  }

  /** Whether {@code table} exists and is a table rather than a view. */
  static boolean isTable(SparkSession spark, CatalogSettings catalog, TableSpec table) {
    Option<CatalogTable> metadata = metadata(spark, catalog, table);
    return metadata.isDefined() && !isView(metadata.get());
  }

  /** Whether the view has the spec's columns, in order: else it is created anew, with the spec's comments. */
  private static boolean sameColumns(CatalogTable view, TableSpec released) {
    return java.util.Arrays.asList(view.schema().fieldNames()).equals(released.columnNames());
  }

  private static boolean isView(CatalogTable table) {
    return table.tableType().equals(CatalogTableType.VIEW());
  }

  /** The table's catalog entry, if it exists. */
  static Option<CatalogTable> metadata(SparkSession spark, CatalogSettings catalog, TableSpec table) {
    SessionCatalog sessionCatalog = spark.sessionState().catalog();
    TableIdentifier id = new TableIdentifier(table.name(), Option.apply(catalog.database(table.layer())));
    try {
      return sessionCatalog.tableExists(id) ? Option.apply(sessionCatalog.getTableMetadata(id)) : Option.empty();
    } catch (Exception e) { // NoSuchTableException / NoSuchDatabaseException, checked but thrown from Scala
      return Option.empty();
    }
  }
}
