package org.clusterscope.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clusterscope.ops.FileYear;
import org.clusterscope.ops.InputFingerprint;
import org.junit.jupiter.api.Test;

/** Which (source, year)s an incremental run redoes, from the fingerprints of two runs' files. */
class InputChangesTest {
  private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

  /** A register file with its content hash and, per year, (records, digest). */
  private static InputFingerprint file(String name, String hash, long... yearRecordsDigest) {
    List<FileYear> years = new ArrayList<>();
    for (int i = 0; i < yearRecordsDigest.length; i += 3) {
      Integer year = yearRecordsDigest[i] < 0 ? null : (int) yearRecordsDigest[i];
      years.add(new FileYear("register", name, year, yearRecordsDigest[i + 1], yearRecordsDigest[i + 2]));
    }
    return new InputFingerprint(InputFingerprint.INPUT, "register", "records", name, 100, T, hash, years);
  }

  private static InputFingerprint delivery(String part, String name, String hash) {
    return new InputFingerprint(InputFingerprint.INPUT, "regpat", part, name, 100, T, hash, null);
  }

  private static SourceChange register(List<InputFingerprint> base, List<InputFingerprint> now) {
    return InputChanges.of("register", true, base, now);
  }

  @Test
  void filesWithTheSameBytesChangeNoYear() {
    List<InputFingerprint> base = List.of(file("/in/r-2021.csv", "aa", 2021, 5, 11), file("/in/r-2022.csv", "bb", 2022, 6, 12));
    // Touched (another modification time) but the same bytes: the hash decides.
    List<InputFingerprint> now = InputChanges.carryOver(base, List.of(
        new InputFingerprint(InputFingerprint.INPUT, "register", "records", "/in/r-2021.csv", 100, T.plusSeconds(60), "aa", null),
        new InputFingerprint(InputFingerprint.INPUT, "register", "records", "/in/r-2022.csv", 100, T, "bb", null)));

    assertEquals(List.of(), InputChanges.unknownYears(now));
    SourceChange change = register(base, now);
    assertFalse(change.changed());
    assertEquals(Set.of(2021, 2022), change.unchangedYears());
    assertEquals(List.of(), change.reasons());
  }

  @Test
  void aChangedFileMustBeReadForItsYears() {
    List<InputFingerprint> base = List.of(file("/in/r.csv", "aa", 2021, 5, 11));
    List<InputFingerprint> now = InputChanges.carryOver(base, List.of(
        new InputFingerprint(InputFingerprint.INPUT, "register", "records", "/in/r.csv", 120, T, "ab", null)));
    assertEquals(List.of("/in/r.csv"), InputChanges.unknownYears(now));
    assertNull(now.get(0).yearDigests());
  }

  @Test
  void aFileOfEveryYearCorrectedInOneYearChangesThatYearOnly() {
    List<InputFingerprint> base = List.of(file("/in/r.csv", "aa", 2015, 4, 1, 2016, 4, 2, 2021, 5, 3));
    // Same number of records in 2016, other content: the digest differs.
    SourceChange change = register(base, List.of(file("/in/r.csv", "ac", 2015, 4, 1, 2016, 4, 9, 2021, 5, 3)));

    assertTrue(change.changed());
    assertEquals(Set.of(2016), change.changedYears());
    assertEquals(Set.of(2015, 2021), change.unchangedYears());
    assertEquals(List.of("records /in/r.csv changed"), change.reasons());
  }

  @Test
  void aYearMovedBetweenFilesChangesThatYear() {
    List<InputFingerprint> base = List.of(file("/in/a.csv", "aa", 2021, 5, 11, 2022, 2, 7), file("/in/b.csv", "bb", 2022, 3, 8));
    // The two 2022 records of a.csv now sit in b.csv, with the same text but other lines and file.
    SourceChange change = register(base,
        List.of(file("/in/a.csv", "ax", 2021, 5, 11), file("/in/b.csv", "bx", 2022, 5, 99)));
    assertEquals(Set.of(2022), change.changedYears());
    assertEquals(Set.of(2021), change.unchangedYears());
  }

  @Test
  void aNewFileChangesItsYearsAndAGoneYearIsLeftAsAFullRunLeavesIt() {
    List<InputFingerprint> base = List.of(file("/in/r-2020.csv", "aa", 2020, 5, 11), file("/in/r-2021.csv", "bb", 2021, 5, 12));
    SourceChange change = register(base, List.of(file("/in/r-2021.csv", "bb", 2021, 5, 12),
        file("/in/r-2023.csv", "cc", 2023, 7, 13)));

    assertEquals(Set.of(2023), change.changedYears(), "2020 has no records now: a full run would keep it too");
    assertEquals(Set.of(2021), change.unchangedYears());
    assertEquals(List.of("records /in/r-2023.csv is new", "records /in/r-2020.csv is gone"), change.reasons());
  }

  @Test
  void aGoneFileChangesTheYearsItSharedWithOthers() {
    List<InputFingerprint> base = List.of(file("/in/a.csv", "aa", 2021, 5, 11), file("/in/b.csv", "bb", 2021, 2, 12));
    SourceChange change = register(base, List.of(file("/in/a.csv", "aa", 2021, 5, 11)));
    assertEquals(Set.of(2021), change.changedYears());
  }

  @Test
  void changedRecordsWithoutAYearChangeEveryYearOfTheirFile() {
    // -1 stands for the records whose year could not be read (quarantined by ingest).
    List<InputFingerprint> base = List.of(file("/in/a.csv", "aa", 2021, 5, 11, 2022, 5, 12, -1, 1, 40),
        file("/in/b.csv", "bb", 2023, 5, 13));
    SourceChange change = register(base, List.of(file("/in/a.csv", "ab", 2021, 5, 11, 2022, 5, 12, -1, 2, 41),
        file("/in/b.csv", "bb", 2023, 5, 13)));
    assertEquals(Set.of(2021, 2022), change.changedYears());
    assertEquals(Set.of(2023), change.unchangedYears());
  }

  @Test
  void otherBytesWithTheSameRecordsChangeEveryYearOfTheFile() {
    // E.g. the header's columns reordered: each record's line and text are the same, its values not.
    List<InputFingerprint> base = List.of(file("/in/a.csv", "aa", 2021, 5, 11, 2022, 5, 12), file("/in/b.csv", "bb", 2023, 5, 13));
    SourceChange change = register(base, List.of(file("/in/a.csv", "a2", 2021, 5, 11, 2022, 5, 12),
        file("/in/b.csv", "bb", 2023, 5, 13)));
    assertEquals(Set.of(2021, 2022), change.changedYears());
    assertEquals(Set.of(2023), change.unchangedYears());
  }

  @Test
  void aDeliveryChangesAsAWhole() {
    List<InputFingerprint> base = List.of(delivery("inventors", "/in/inv.txt", "aa"), delivery("ipc", "/in/ipc.txt", "bb"));

    SourceChange same = InputChanges.of("regpat", false, base,
        List.of(delivery("inventors", "/in/inv.txt", "aa"), delivery("ipc", "/in/ipc.txt", "bb")));
    assertFalse(same.changed());

    SourceChange changed = InputChanges.of("regpat", false, base,
        List.of(delivery("inventors", "/in/inv.txt", "aa"), delivery("ipc", "/in/ipc.txt", "bc")));
    assertTrue(changed.changed());
    assertEquals(Set.of(), changed.changedYears(), "a delivery's years are known after conform only");
    assertEquals(List.of("ipc /in/ipc.txt changed"), changed.reasons());
  }
}
