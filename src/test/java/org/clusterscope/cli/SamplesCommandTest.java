package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samples}: the committed data-samples/ again, byte for byte; exit 2 naming the option for bad options. */
class SamplesCommandTest {
  private static final Path DATA = Path.of("data-samples");

  @TempDir Path dir;

  @Test
  void writesTheCommittedSamplesByteForByte() throws IOException {
    CliRun result = CliRun.of("samples", "--out", dir.toString());
    assertEquals(0, result.code(), result.err());
    List<Path> committed;
    try (Stream<Path> files = Files.walk(DATA)) {
      committed = files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).sorted().toList();
    }
    assertEquals(12, committed.size(), committed.toString());
    for (Path file : committed) {
      Path written = dir.resolve(DATA.relativize(file).toString());
      assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(written), written.toString());
    }
    assertTrue(result.out().contains("register-2021.csv: 6130 data lines"), result.out());
    assertTrue(result.out().contains("DEFECTS.csv: "), result.out());
  }

  @Test
  void withTheOfficialTablesWritesTheConcordanceSubsetsOfConfReference() throws IOException {
    Path official = Path.of("..", "shared", "reference");
    Assumptions.assumeTrue(Files.isDirectory(official), "the official tables are in ../shared/reference");
    Path reference = dir.resolve("reference");
    CliRun result = CliRun.of("samples", "--out", dir.resolve("samples").toString(), "--official", official.toString(),
        "--reference-out", reference.toString());
    assertEquals(0, result.code(), result.err());
    for (String file : List.of("ipc_technology.csv", "ipc_nace2.csv")) {
      assertArrayEquals(Files.readAllBytes(Path.of("conf", "reference", file)),
          Files.readAllBytes(reference.resolve(file)), file);
    }
  }

  @Test
  void badOptionsAreUsageErrorsThatNameTheOption() throws IOException {
    CliRun.assertUsageError("'--seed'", "samples", "--out", dir.toString(), "--seed", "twenty");
    CliRun.assertUsageError("Unknown options: '--sead'", "samples", "--out", dir.toString(), "--sead", "7");
    CliRun.assertUsageError("Official concordance " + dir.resolve("none").resolve("ipc_technology.csv"),
        "samples", "--out", dir.toString(), "--official", dir.resolve("none").toString());
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRun.assertUsageError("Cannot write the sample files to " + file + " (--out)", "samples", "--out", file.toString());
    assertFalse(Files.exists(dir.resolve("register")), "nothing is written after a usage error");
  }
}
