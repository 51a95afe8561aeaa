package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Plain values as a result column shows them, and strings as Spark SQL reads them back. */
class SqlLiteralTest {

  @Test
  void stringsAreQuotedWithQuoteBackslashAndLineBreaksEscaped() {
    assertEquals("'it\\'s a \\\\ path\\n'", SqlLiteral.of("it's a \\ path\n"));
    assertEquals("''", SqlLiteral.of(""));
  }

  @Test
  void topLevelValuesArePlainAndNullIsTheKeyword() {
    assertEquals("DK011", SqlLiteral.display("DK011"));
    assertEquals("1000", SqlLiteral.display(new BigDecimal("1E+3")), "a decimal without exponent");
    assertEquals("0.25", SqlLiteral.display(0.25));
    assertEquals("NaN", SqlLiteral.display(Double.NaN));
    assertEquals("2023-01-31", SqlLiteral.display(java.sql.Date.valueOf("2023-01-31")));
    assertEquals("NULL", SqlLiteral.of(null));
  }

  @Test
  void valuesWithoutALiteralOfTheirOwnAreWrittenAsSparkReadsThem() {
    assertEquals("CAST('NaN' AS DOUBLE)", SqlLiteral.of(Double.NaN));
    assertEquals("CAST('-Infinity' AS DOUBLE)", SqlLiteral.of(Double.NEGATIVE_INFINITY));
    assertEquals("DATE '2023-01-31'", SqlLiteral.of(java.sql.Date.valueOf("2023-01-31")));
    assertEquals("X'00FF'", SqlLiteral.of(new byte[] {0, -1}));
  }
}
