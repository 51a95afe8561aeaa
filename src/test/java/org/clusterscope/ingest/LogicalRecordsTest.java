package org.clusterscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How physical lines of a quoted CSV file group into records, and how a broken quote is contained. */
class LogicalRecordsTest {

  @Test
  void aQuotedFieldMaySpanLinesAndTheRecordKeepsItsFirstLineNumber() {
    List<LogicalRecords.Record> records = read("\"1\";\"first\nsecond\";\"x\"\n\"2\";\"y\";\"z\"\n");
    assertEquals(List.of(
        new LogicalRecords.Record(2, "\"1\";\"first\nsecond\";\"x\"", false),
        new LogicalRecords.Record(4, "\"2\";\"y\";\"z\"", false)), records);
  }

  @Test
  void aQuoteThatNeverClosesCostsOnlyItsOwnLine() {
    List<LogicalRecords.Record> records = read("\"1\";\"broken;\"x\"\n\"2\";\"y\"\n\"3\";\"z\"\n");
    assertEquals(List.of(
        new LogicalRecords.Record(2, "\"1\";\"broken;\"x\"", true),
        new LogicalRecords.Record(3, "\"2\";\"y\"", false),
        new LogicalRecords.Record(4, "\"3\";\"z\"", false)), records);
  }

  @Test
  void aRecordLongerThanTheLimitIsTreatedAsABrokenQuote() {
    StringBuilder text = new StringBuilder("\"1\";\"open\n");
    for (int i = 0; i < LogicalRecords.MAX_LINES + 5; i++) {
      text.append("more\n");
    }
    text.append("end\"\n");
    List<LogicalRecords.Record> records = read(text.toString());
    assertEquals(new LogicalRecords.Record(2, "\"1\";\"open", true), records.get(0));
    assertEquals(new LogicalRecords.Record(3, "more", false), records.get(1));
  }

  @Test
  void blankLinesAreNoRecords() {
    List<LogicalRecords.Record> records = read("\n\"1\"\n\n\"2\"\n");
    assertEquals(List.of(new LogicalRecords.Record(3, "\"1\"", false), new LogicalRecords.Record(5, "\"2\"", false)),
        records);
  }

  private static List<LogicalRecords.Record> read(String text) {
    List<LogicalRecords.Record> records = new ArrayList<>();
    new LogicalRecords(new BufferedReader(new StringReader(text)), 2).forEachRemaining(records::add);
    return records;
  }
}
