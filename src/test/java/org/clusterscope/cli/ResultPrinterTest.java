package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.spark.sql.Row;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Results as the shell and {@code -e} print them: nested values as SQL literals that read back to
 * the same value, NULL apart from the string 'NULL', numbers aligned right.
 */
@ExtendWith(SparkTestExtension.class)
class ResultPrinterTest {
  private static final String NESTED = "SELECT array(1, 2) AS a, map('x', array(0.5D), 'y', NULL) AS m,"
      + " named_struct('name', 'it\\'s', 'when', DATE '2023-01-31', 'tags', array('a', NULL)) AS s,"
      + " array(named_struct('k', CAST(1.50 AS DECIMAL(4, 2)))) AS d";
  private final TestSpark spark;

  ResultPrinterTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void arraysMapsAndStructsPrintAsLiteralsThatReadBackToTheSameValues() {
    Row row = spark.spark().sql(NESTED).collectAsList().get(0);
    List<String> literals = List.of(ResultPrinter.cell(row.get(0)), ResultPrinter.cell(row.get(1)),
        ResultPrinter.cell(row.get(2)), ResultPrinter.cell(row.get(3)));

    assertEquals(List.of("array(1, 2)", "map('x', array(0.5), 'y', NULL)",
        "named_struct('name', 'it\\'s', 'when', DATE '2023-01-31', 'tags', array('a', NULL))",
        "array(named_struct('k', 1.50))"), literals);
    Row readBack = spark.spark().sql("SELECT " + String.join(", ", literals)).collectAsList().get(0);
    for (int i = 0; i < row.size(); i++) {
      assertEquals(String.valueOf(row.get(i)), String.valueOf(readBack.get(i)), literals.get(i));
    }
  }

  @Test
  void theTableShowsNullApartFromTheStringNullAndAlignsNumbersRight() {
    StringWriter text = new StringWriter();
    new ResultPrinter(new PrintWriter(text)).print(spark.spark().sql(
        "SELECT * FROM VALUES ('DK011', 12.5D), (CAST(NULL AS STRING), 3.0D), ('null', NULL) AS t(region, lq)"),
        ResultPrinter.Format.table, 0);

    assertEquals(List.of(
        "+--------+------+",
        "| region | lq   |",
        "+--------+------+",
        "| DK011  | 12.5 |",
        "| NULL   |  3.0 |",
        "| 'null' | NULL |",
        "+--------+------+",
        "3 rows"), text.toString().lines().toList());
  }

  @Test
  void csvKeepsNestedValuesAsLiteralsAndNullAsAnEmptyField() {
    StringWriter text = new StringWriter();
    new ResultPrinter(new PrintWriter(text)).print(spark.spark().sql(
        "SELECT array('a', 'b') AS codes, CAST(NULL AS INT) AS n"), ResultPrinter.Format.csv, 0);

    assertEquals(List.of("codes,n", "\"array('a', 'b')\","), text.toString().lines().toList());
  }

  @Test
  void aStatementWithoutResultColumnsPrintsNothing() {
    StringWriter text = new StringWriter();
    new ResultPrinter(new PrintWriter(text)).print(spark.spark().sql("CREATE OR REPLACE TEMPORARY VIEW printer_v AS SELECT 1"),
        ResultPrinter.Format.table, 0);
    assertEquals("", text.toString());
  }
}
