package org.clusterscope.conform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;
import org.clusterscope.ingest.InputFiles;
import org.clusterscope.spark.Checkpoints;

/**
 * Places SIRENE establishments in NUTS 3 regions through a commune-to-NUTS 3 correspondence (an
 * input, since communes merge every year: Eurostat publishes the LAU-NUTS file per year). The file
 * is a CSV with a LAU / commune code column and a NUTS 3 column; Eurostat's names ({@code LAU
 * CODE}, {@code NUTS 3 CODE}) and plain ones ({@code commune}, {@code nuts3}) are accepted.
 */
final class CommuneCorrespondence {
  private static final List<String> COMMUNE_COLUMNS = List.of("lau code", "lau_code", "commune", "commune_code", "codgeo");
  private static final List<String> NUTS_COLUMNS = List.of("nuts 3 code", "nuts_3_code", "nuts3", "nuts3_code");

  private CommuneCorrespondence() {}

  /** commune_key (upper case) → nuts3, one row per commune. */
  static Dataset<Row> load(SparkSession spark, SourceSettings source) {
    String path = source.option("commune-nuts").orElseThrow();
    String key = "clusterscope.sources." + source.name() + ".options.commune-nuts";
    InputFiles.requireOptionFile(key, path, spark.sparkContext().hadoopConfiguration());
    Dataset<Row> file = spark.read().option("header", "true").option("encoding", "UTF-8").csv(path);
    String commune = column(file, COMMUNE_COLUMNS).orElseThrow(() -> Errors.referenceFileInvalid(
        java.nio.file.Path.of(path), 1, "the header lacks a commune column (LAU CODE or commune)"));
    String nuts = column(file, NUTS_COLUMNS).orElseThrow(() -> Errors.referenceFileInvalid(
        java.nio.file.Path.of(path), 1, "the header lacks a NUTS 3 column (NUTS 3 CODE or nuts3)"));
    Dataset<Row> pairs = file.select(upper(trim(col("`" + commune + "`"))).as("commune_key"),
            upper(trim(col("`" + nuts + "`"))).as("nuts3"))
        .filter(col("commune_key").isNotNull().and(col("nuts3").isNotNull()))
        .groupBy("commune_key").agg(first("nuts3").as("nuts3"), countDistinct("nuts3").as("n"));
    List<Row> ambiguous = pairs.filter(col("n").gt(1)).limit(1).collectAsList();
    if (!ambiguous.isEmpty()) {
      throw Errors.referenceFileInvalid(java.nio.file.Path.of(path), 0,
          "commune " + ambiguous.get(0).getString(0) + " is mapped to more than one NUTS 3 region");
    }
    return Checkpoints.materialise(pairs.drop("n"));
  }

  /** Bronze register rows with region_code from the commune (NULL when the commune is unknown). */
  static Dataset<Row> place(Dataset<Row> bronze, Dataset<Row> communes) {
    return bronze.drop("region_code")
        .join(broadcast(communes), upper(trim(col("commune_code"))).equalTo(col("commune_key")), "left")
        .withColumnRenamed("nuts3", "region_code")
        .drop("commune_key");
  }

  private static Optional<String> column(Dataset<Row> file, List<String> candidates) {
    for (String name : file.columns()) {
      if (candidates.contains(name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
