package org.clusterscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StrictQuotesTest {
  @Test
  void quotedFieldsWithDelimitersAndDoubledQuotesAreFine() {
    assertEquals(-1, StrictQuotes.strayQuote("a,\"b, c\",\"say \"\"hi\"\"\",d", ','));
    assertEquals(-1, StrictQuotes.strayQuote("\"a\",,\"\"", ','));
    assertEquals(-1, StrictQuotes.strayQuote("no quotes at all", ','));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsFoundAtItsPosition() {
    assertEquals(8, StrictQuotes.strayQuote("abc,SE-N\"001,x", ','));
    assertEquals(1, StrictQuotes.strayQuote("a\"", ','));
  }

  @Test
  void theDelimiterIsConfigurable() {
    assertEquals(-1, StrictQuotes.strayQuote("a;\"b;c\";d", ';'));
    assertEquals(3, StrictQuotes.strayQuote("a;b\"", ';'));
  }
}
