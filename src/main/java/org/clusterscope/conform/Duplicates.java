package org.clusterscope.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.clusterscope.ingest.QuarantineReason;
import org.clusterscope.reference.CustomScheme;
import org.clusterscope.spark.SmallTables;

/**
 * Rejects repeated records: among the records that passed every other rule, the first occurrence
 * of a key in file and line order is kept and the later ones are quarantined as
 * {@link QuarantineReason#DUPLICATE_ID}, naming where the kept one is. Deterministic, so a rerun
 * keeps the same record.
 *
 * <p>Found by hash aggregates over the keys, not by a window over the records: a window
 * shuffles and sorts every whole record (25 million wide rows for an EU register). First the
 * records' key columns alone are hashed (64 bits) and the hashes counted: that evaluates none of
 * the rules and groups by one long. Only the records whose key hash repeats (the repeated keys,
 * and any keys that merely share a hash, which the next step tells apart) are then grouped by
 * their real keys. At 21 million register records, all unique, this took 15 + 8 s of executor
 * time where one aggregate of every validated record by its key took 44 + 11 s. A record's
 * position is one number (the file's rank among the input's files, then the line), so the first
 * occurrence is a plain minimum. The keys that repeat are few and are joined back by broadcast.
 * The second aggregate counts valid records with a condition instead of filtering them first: a
 * filter would be pushed below the rules and repeat their expressions in it, many times slower.
 */
final class Duplicates {
  /** Repeated keys up to this many are broadcast; beyond it (a broken delivery) they are shuffled. */
  private static final long BROADCAST_KEYS = 500_000;
  private static final long LINE_BITS = 1L << 40;
  private static final String FIRST = "dup_first";
  private static final String HASH = "dup_hash";

  private Duplicates() {}

  /**
   * @param checked rows with {@code reason_code} / {@code reason_detail} of the other rules, and
   *     {@code source_file} and {@code line_number}
   * @param what how the key reads in the message, e.g. {@code concat(lit("siret "), QuotedValue.of(col("establishment_id")))}
   * @param keys the key columns, by name
   */
  static Dataset<Row> mark(Dataset<Row> checked, Column what, String... keys) {
    List<String> files = new ArrayList<>();
    checked.select("source_file").distinct().collectAsList().forEach(r -> files.add(r.getString(0)));
    files.sort(null);
    Map<String, String> rank = new TreeMap<>();
    for (int i = 0; i < files.size(); i++) {
      rank.put(files.get(i), Integer.toString(i));
    }
    Column position = CustomScheme.lookup(rank, col("source_file")).cast("long").multiply(LINE_BITS)
        .plus(col("line_number"));

    Column[] keyColumns = new Column[keys.length];
    Column[] keyAliases = new Column[keys.length];
    for (int k = 0; k < keys.length; k++) {
      keyColumns[k] = col(keys[k]);
      keyAliases[k] = col(keys[k]).as(alias(k));
    }
    Column keyHash = xxhash64(keyColumns);
    Dataset<Row> candidates = checked.select(keyHash.as(HASH)).groupBy(HASH).count()
        .filter(col("count").gt(1)).drop("count");
    candidates = SmallTables.broadcastIfSmall(candidates, BROADCAST_KEYS);
    Column valid = col("reason_code").isNull();
    Dataset<Row> repeated = checked
        .join(candidates, keyHash.equalTo(col(HASH)), "left_semi")
        .groupBy(keyAliases)
        .agg(count(when(valid, lit(1))).as("dup_count"), min(when(valid, position)).as(FIRST))
        .filter(col("dup_count").gt(1))
        .drop("dup_count");
    Column sameKey = lit(true);
    for (int k = 0; k < keys.length; k++) {
      sameKey = sameKey.and(col(keys[k]).eqNullSafe(col(alias(k))));
    }
    Dataset<Row> joined = checked.join(SmallTables.broadcastIfSmall(repeated, BROADCAST_KEYS), sameKey, "left");
    Column duplicate = valid.and(col(FIRST).isNotNull()).and(position.notEqual(col(FIRST)));
    Column firstFile = element_at(functions.array(files.stream().map(functions::lit).toArray(Column[]::new)),
        functions.floor(col(FIRST).divide(LINE_BITS)).cast("int").plus(1));
    Column firstSeen = concat(what, lit(" already appears in "), firstFile,
        lit(" line "), col(FIRST).mod(LINE_BITS).cast("string"));
    Dataset<Row> marked = joined
        .withColumn("reason_detail", when(duplicate, firstSeen).otherwise(col("reason_detail")))
        .withColumn("reason_code", when(duplicate, lit(QuarantineReason.DUPLICATE_ID.code())).otherwise(col("reason_code")))
        .drop(FIRST);
    for (int k = 0; k < keys.length; k++) {
      marked = marked.drop(alias(k));
    }
    return marked;
  }

  private static String alias(int k) {
    return "dup_key_" + k;
  }
}
