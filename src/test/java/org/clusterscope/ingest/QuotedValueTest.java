package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A quoted bad value shows the characters that do not print, the same in Java and in Spark. */
@ExtendWith(SparkTestExtension.class)
class QuotedValueTest {
  private final TestSpark spark;

  QuotedValueTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void invisibleCharactersAreWrittenAsUnicodeEscapes() {
    assertEquals("'DK011\\u200B'", QuotedValue.of("DK011\u200b"));
    assertEquals("'\\uFEFFsiret'", QuotedValue.of("\ufeffsiret"));
    assertEquals("'1\\u00A0234'", QuotedValue.of("1\u00a0234"));
    assertEquals("'29.32\\u0009'", QuotedValue.of("29.32\t"));
    assertEquals("'DE\\u202F1'", QuotedValue.of("DE\u202f1"));
    assertEquals("'FR\\uDB40\\uDC01'", QuotedValue.of("FR\udb40\udc01"), "a tag character, outside the BMP");
  }

  @Test
  void visibleTextIsQuotedUnchanged() {
    assertEquals("'Universität Stuttgart, 2 rue'", QuotedValue.of("Universität Stuttgart, 2 rue"));
    assertEquals("'12.5.0'", QuotedValue.of("12.5.0"));
    assertEquals("''", QuotedValue.of((String) null));
  }

  @Test
  void theSparkExpressionQuotesExactlyAsJavaDoes() {
    List<String> values = Arrays.asList("DK011\u200b", "\ufeffsiret", "1\u00a0234", "29.32\t", "a\u2028b",
        "FR\udb40\udc01", "Zürich 8001", "plain", "", null, "\u200e\u200f");
    List<String> expected = new ArrayList<>();
    values.forEach(v -> expected.add(QuotedValue.of(v)));

    List<String> actual = spark.spark().createDataset(values, Encoders.STRING()).toDF("v")
        .select(QuotedValue.of(col("v"))).collectAsList().stream().map(r -> r.getString(0)).toList();

    assertEquals(expected, actual);
  }
}
