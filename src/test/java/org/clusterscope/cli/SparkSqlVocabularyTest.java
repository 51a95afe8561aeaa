package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shell's words read from a catalog of one Delta table, kept, and read again after a refresh. */
@ExtendWith(SparkTestExtension.class)
class SparkSqlVocabularyTest {
  private final SparkSession spark;

  SparkSqlVocabularyTest(TestSpark spark) {
    this.spark = spark.spark();
  }

  @Test
  void namesComeFromTheCatalogAndAreKeptUntilARefresh() {
    spark.sql("CREATE DATABASE IF NOT EXISTS vocab_gold");
    spark.sql("CREATE OR REPLACE TABLE vocab_gold.cells (region_code STRING, lq DOUBLE) USING delta");
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW vocab_view AS SELECT 1 AS one");
    SparkSqlVocabulary vocabulary = new SparkSqlVocabulary(spark);

    assertTrue(vocabulary.databases().contains("vocab_gold"), vocabulary.databases().toString());
    assertEquals(List.of("cells"), vocabulary.tables("VOCAB_GOLD"), "a temporary view is in no database");
    assertEquals(List.of("region_code", "lq"), vocabulary.columns("vocab_gold", "cells"));
    assertEquals(List.of(), vocabulary.columns("vocab_gold", "nothing"));
    assertEquals(List.of(), vocabulary.tables("no_such_db"));
    assertTrue(vocabulary.keywords().containsAll(List.of("SELECT", "FROM", "LATERAL")), "Spark's keywords");
    assertTrue(vocabulary.functions().containsAll(List.of("named_struct", "percentile_approx")), "Spark's functions");

    spark.sql("DROP TABLE vocab_gold.cells");
    assertEquals(List.of("cells"), vocabulary.tables("vocab_gold"), "kept until refreshed");
    vocabulary.refresh();
    assertEquals(List.of(), vocabulary.tables("vocab_gold"));
    spark.sql("DROP DATABASE vocab_gold");
    spark.sql("DROP VIEW vocab_view");
  }
}
