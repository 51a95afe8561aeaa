package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

/** When Enter runs the shell's text, and which word Tab completes. */
class SqlLineParserTest {
  private final SqlLineParser parser = new SqlLineParser();

  @Test
  void enterRunsTheTextOnlyWhenAStatementEndsOrItIsBlankOrACommandToQuit() {
    assertThrows(EOFError.class, () -> parser.parse("SELECT region_code", 18, ParseContext.ACCEPT_LINE));
    assertThrows(EOFError.class, () -> parser.parse("SELECT ';'\n  AND 'x", 18, ParseContext.ACCEPT_LINE));
    assertDoesNotThrow(() -> parser.parse("SELECT region_code\nFROM t;", 26, ParseContext.ACCEPT_LINE));
    assertDoesNotThrow(() -> parser.parse("   ", 3, ParseContext.ACCEPT_LINE));
    for (String quit : List.of("exit", "QUIT;", " \\q ")) {
      assertTrue(SqlLineParser.isExit(quit), quit);
      assertDoesNotThrow(() -> parser.parse(quit, quit.length(), ParseContext.ACCEPT_LINE), quit);
    }
  }

  @Test
  void wordsEndAtSqlPunctuationAndKeepTheirDots() {
    String line = "SELECT max(rs.lq),count(*) FROM cs_gold.region_sector rs";
    ParsedLine parsed = parser.parse(line, line.indexOf(".lq") + 2, ParseContext.COMPLETE);
    assertEquals(List.of("SELECT", "max", "rs.lq", "count", "FROM", "cs_gold.region_sector", "rs"), parsed.words());
    assertEquals("rs.lq", parsed.word());
    assertEquals(2, parsed.wordIndex());
    assertEquals(4, parsed.wordCursor(), "'rs.l' before the cursor");
  }

  @Test
  void betweenWordsTheWordIsEmptyAndStandsInItsPlace() {
    ParsedLine parsed = parser.parse("SELECT a,  FROM t", 10, ParseContext.COMPLETE);
    assertEquals(List.of("SELECT", "a", "", "FROM", "t"), parsed.words());
    assertEquals(2, parsed.wordIndex());
    assertEquals("", parsed.word());
  }
}
