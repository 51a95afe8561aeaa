package org.clusterscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.clusterscope.config.IngestSettings;
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
    for (int i = 0; i < IngestSettings.DEFAULTS.maxRecordLines() + 5; i++) {
      text.append("more\n");
    }
    text.append("end\"\n");
    List<LogicalRecords.Record> records = read(text.toString());
    assertEquals(new LogicalRecords.Record(2, "\"1\";\"open", true), records.get(0));
    assertEquals(new LogicalRecords.Record(3, "more", false), records.get(1));
  }

  @Test
  void theLineBoundIsConfigurableAndEveryLineAfterABrokenQuoteIsReadAgain() {
    String text = "\"1\";\"open\n\"2\";\"b\"\n\"3\";\"c\"\n\"4\";\"d\";x\"\n\"5\";\"e\"\n";
    // Quotes close on line 5 (its stray quote), so within 4 lines they form one record ...
    assertEquals(new LogicalRecords.Record(2, text.substring(0, text.indexOf("\n\"5")), false),
        read(text, new IngestSettings(4, 1000)).get(0));
    // ... but not within 3: line 2 stands alone and lines 3 to 6 are records again.
    List<LogicalRecords.Record> bounded = read(text, new IngestSettings(3, 1000));
    assertEquals(List.of(2L, 3L, 4L, 5L, 6L), bounded.stream().map(LogicalRecords.Record::lineNumber).toList());
    assertEquals(new LogicalRecords.Record(2, "\"1\";\"open", true), bounded.get(0));
  }

  @Test
  void theCharacterBoundStopsARecordBeforeItsLineBound() {
    String text = "\"1\";\"" + "x".repeat(40) + "\n" + "y".repeat(40) + "\";\"end\"\n\"2\"\n";
    assertEquals(2, read(text, new IngestSettings(50, 100)).size());
    List<LogicalRecords.Record> bounded = read(text, new IngestSettings(50, 60));
    assertEquals(List.of(new LogicalRecords.Record(2, "\"1\";\"" + "x".repeat(40), true),
        new LogicalRecords.Record(3, "y".repeat(40) + "\";\"end\"", true),
        new LogicalRecords.Record(4, "\"2\"", false)), bounded);
  }

  @Test
  void aSplitRecordGivesBackEveryLineAfterItsFirst() {
    LogicalRecords records = new LogicalRecords(new BufferedReader(new StringReader(
        "\"1\";x\"\n\"2\";\"b\"\n\"3\";\"c\"\"\n\"4\"\n")), 2, IngestSettings.DEFAULTS);
    assertEquals(new LogicalRecords.Record(2, "\"1\";x\"\n\"2\";\"b\"\n\"3\";\"c\"\"", false), records.next());
    records.splitLast();
    List<LogicalRecords.Record> rest = new ArrayList<>();
    records.forEachRemaining(rest::add);
    assertEquals(List.of(new LogicalRecords.Record(3, "\"2\";\"b\"", false),
        new LogicalRecords.Record(4, "\"3\";\"c\"\"", true),
        new LogicalRecords.Record(5, "\"4\"", false)), rest);
  }

  @Test
  void aByteOrderMarkInsideTheFileIsNotPartOfTheRecord() {
    assertEquals(List.of(new LogicalRecords.Record(2, "\"1\"", false), new LogicalRecords.Record(3, "id", false),
        new LogicalRecords.Record(4, "\"2\"", false)), read("\"1\"\n\uFEFFid\n\"2\"\n"));
  }

  @Test
  void blankLinesAreNoRecords() {
    List<LogicalRecords.Record> records = read("\n\"1\"\n\n\"2\"\n");
    assertEquals(List.of(new LogicalRecords.Record(3, "\"1\"", false), new LogicalRecords.Record(5, "\"2\"", false)),
        records);
  }

  private static List<LogicalRecords.Record> read(String text) {
    return read(text, IngestSettings.DEFAULTS);
  }

  private static List<LogicalRecords.Record> read(String text, IngestSettings bounds) {
    List<LogicalRecords.Record> records = new ArrayList<>();
    new LogicalRecords(new BufferedReader(new StringReader(text)), 2, bounds).forEachRemaining(records::add);
    return records;
  }
}
