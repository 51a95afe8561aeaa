package org.clusterscope.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives byte-identical files; another seed gives other files. */
class SyntheticDeterminismTest {
  private static final List<String> FILES = List.of("register/register-2023.csv", "sirene/StockEtablissement.csv",
      "sirene/commune_nuts3.csv", "regpat/inventors.txt", "regpat/ipc.txt", "cordis/organization.csv",
      "cordis/project.csv");

  @Test
  void sameSeedGivesByteIdenticalFiles(@TempDir Path dir) throws IOException {
    SyntheticFiles.generate(dir.resolve("a"), 3_000, 600, 120, 42);
    SyntheticFiles.generate(dir.resolve("b"), 3_000, 600, 120, 42);
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)),
          file);
    }
  }

  @Test
  void anotherSeedGivesOtherFiles(@TempDir Path dir) throws IOException {
    SyntheticFiles.generate(dir.resolve("a"), 3_000, 600, 120, 42);
    SyntheticFiles.generate(dir.resolve("b"), 3_000, 600, 120, 43);
    for (String file : List.of("register/register-2023.csv", "regpat/inventors.txt", "cordis/organization.csv")) {
      assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(file)),
          Files.readAllBytes(dir.resolve("b").resolve(file))), file);
    }
  }

  @Test
  void writesExactlyTheRequestedCounts(@TempDir Path dir) {
    List<FileSummary> summaries = SyntheticFiles.generate(dir, 3_000, 601, 121, 7);
    long establishments = rows(summaries, "register-2023.csv") + rows(summaries, "StockEtablissement.csv");
    assertEquals(3_000, establishments);
    assertEquals(601, rows(summaries, "inventors.txt"));
    assertEquals(121, rows(summaries, "organization.csv"));
  }

  private static long rows(List<FileSummary> summaries, String name) {
    return summaries.stream().filter(s -> s.path().getFileName().toString().equals(name)).findFirst().orElseThrow().rows();
  }
}
