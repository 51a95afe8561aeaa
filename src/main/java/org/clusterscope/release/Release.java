package org.clusterscope.release;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row of {@code cs_ops.releases}: a publish that completed, and the Delta version of each
 * stored table that its released tables read.
 *
 * @param name unique release name
 * @param createdAt when the release was recorded
 * @param runId the run that published it
 * @param tableVersions by released table name ({@code region_sector}), the version of its stored table
 * @param referenceYears the years in the released tables at this release
 * @param publishedYears the years this publish wrote
 */
public record Release(String name, Instant createdAt, String runId, Map<String, Long> tableVersions,
    SortedSet<Integer> referenceYears, SortedSet<Integer> publishedYears) {

  public Release {
    tableVersions = java.util.Collections.unmodifiableMap(new TreeMap<>(tableVersions));
    referenceYears = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(referenceYears));
    publishedYears = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(publishedYears));
  }

  /** The version the release recorded for a released table. */
  public long version(String table) {
    Long version = tableVersions.get(table);
    if (version == null) {
      throw new IllegalStateException("Release " + name + " records no version of " + table + "; it has "
          + tableVersions.keySet());
    }
    return version;
  }

  /**
   * The row in the layout of {@link org.clusterscope.publish.OpsTables#RELEASES}; its table
   * versions are keyed by the released tables' qualified names ({@code cs_pub.region_sector}).
   */
  Row toRow(String pubDatabase) {
    Map<String, Long> versions = new LinkedHashMap<>();
    tableVersions.forEach((table, version) -> versions.put(pubDatabase + "." + table, version));
    return RowFactory.create(name, Timestamp.from(createdAt), runId, versions, new ArrayList<>(referenceYears),
        new ArrayList<>(publishedYears));
  }

  static Release fromRow(Row row) {
    Map<String, Long> versions = new LinkedHashMap<>();
    Map<String, Long> qualified = row.getJavaMap(row.fieldIndex("table_versions"));
    qualified.forEach((table, version) -> versions.put(table.substring(table.indexOf('.') + 1), version));
    return new Release(row.getString(row.fieldIndex("release")),
        row.getTimestamp(row.fieldIndex("created_at")).toInstant(), row.getString(row.fieldIndex("run_id")),
        versions, years(row, "reference_years"), years(row, "published_years"));
  }

  private static SortedSet<Integer> years(Row row, String column) {
    List<Integer> years = row.getList(row.fieldIndex(column));
    return new TreeSet<>(years == null ? List.of() : years);
  }
}
