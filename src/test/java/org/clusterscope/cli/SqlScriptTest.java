package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code sql -e}, {@code -f} and the shell cut text into statements. */
class SqlScriptTest {

  @Test
  void semicolonsEndStatementsAndLinesAreCountedFromOne() {
    assertEquals(List.of(new SqlScript.Statement("SELECT 1", 1), new SqlScript.Statement("SELECT 2\nFROM t", 2)),
        SqlScript.split("SELECT 1;\nSELECT 2\nFROM t;\n"));
    assertEquals(List.of(new SqlScript.Statement("SELECT 3", 1)), SqlScript.split("SELECT 3"), "the last ';' is optional");
  }

  @Test
  void semicolonsInStringsIdentifiersAndCommentsDoNotEndAStatementAndLeadingCommentsAreLeftOut() {
    String script = "SELECT 'a;b', \"c;d\", `e;f` FROM t; -- not; a statement\n"
        + "/* nor; this */ SELECT 'it\\'s; fine';";
    assertEquals(List.of(new SqlScript.Statement("SELECT 'a;b', \"c;d\", `e;f` FROM t", 1),
        new SqlScript.Statement("SELECT 'it\\'s; fine'", 2)), SqlScript.split(script));
  }

  @Test
  void commentsAndBlanksAloneAreNoStatement() {
    assertEquals(List.of(), SqlScript.split("-- just a note\n;\n  ;/* and this */"));
  }

  @Test
  void textEndingInsideAStringOrBlockCommentIsOpen() {
    assertTrue(SqlScript.isOpen("SELECT 'a;\n"));
    assertTrue(SqlScript.isOpen("SELECT 1 /* ;\n"));
    assertFalse(SqlScript.isOpen("SELECT 'a;' -- '\n"));
  }

  @Test
  void aStatementIsCompleteWhenItsLastCodeIsASemicolonOutsideStringsAndComments() {
    assertTrue(SqlScript.isComplete("SELECT 1\nFROM t;"));
    assertTrue(SqlScript.isComplete("SELECT 1; -- done\n"), "a comment after the ';'");
    assertTrue(SqlScript.isComplete("SELECT 1; /* done */  "));
    assertFalse(SqlScript.isComplete("SELECT 1\n"), "no ';' yet");
    assertFalse(SqlScript.isComplete("SELECT 'a;"), "the ';' is inside a string");
    assertFalse(SqlScript.isComplete("SELECT 1 -- ;"), "the ';' is inside a comment");
    assertFalse(SqlScript.isComplete("SELECT 1; SELECT 2"), "a second statement has begun");
    assertFalse(SqlScript.isComplete("/* ; */"));
  }
}
