package org.clusterscope.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.errors.Errors;
import org.clusterscope.publish.PipelineTables;

/**
 * {@code cs_silver.establishments} of one year, as the indicator stage reads it (only the
 * sources of {@code indicators.sources}), written to Parquet in a temporary folder so that both
 * engines read the same files.
 */
final class EstablishmentsExport {
  private EstablishmentsExport() {}

  /** The silver rows the indicator stage would read. */
  static Dataset<Row> silver(SparkSession spark, Settings settings) {
    Dataset<Row> silver = spark.table(PipelineTables.SILVER_ESTABLISHMENTS.qualifiedName(settings.catalog()));
    List<String> sources = settings.indicators().sources();
    return sources.isEmpty() ? silver : silver.filter(col("source").isin(sources.toArray()));
  }

  /** The year to compare: the latest selected year present in silver, or the latest present. */
  static int year(Dataset<Row> silver, Optional<? extends java.util.SortedSet<Integer>> selected) {
    Dataset<Row> years = selected.map(ys -> silver.filter(col("reference_year").isin(ys.toArray()))).orElse(silver);
    Row latest = years.agg(max("reference_year")).head();
    if (latest.isNullAt(0)) {
      throw Errors.noDataForYears(PipelineTables.SILVER_ESTABLISHMENTS.name(),
          selected.map(Object::toString).orElse("(any)"));
    }
    return latest.getInt(0);
  }

  /** Writes the year's rows to {@code <folder>/establishments} and returns that folder. */
  static Path write(Dataset<Row> silver, int year, Path folder) {
    Path target = folder.resolve("establishments");
    silver.filter(col("reference_year").equalTo(year)).write().parquet(target.toUri().toString());
    return target;
  }

  static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("clusterscope-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
