package org.clusterscope.generate.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed samples of every format are exactly what the generator writes with the default
 * seed, {@code DEFECTS.csv} lists every planted defect, and the README's defect tables say the same.
 */
class SampleFormatsGeneratorTest {

  static final List<String> FILES = List.of("DEFECTS.csv", "sirene/StockEtablissement_2024.csv",
      "sirene/commune_nuts3.csv", "sbs/sbs_r_nuts2021.tsv", "regpat/EPO_Inv_reg.txt", "regpat/EPO_App_reg.txt",
      "regpat/EPO_IPC.txt", "cordis/project.csv", "cordis/organization.csv");

  @TempDir
  static Path generated;
  private static List<PlantedDefect> defects;

  @BeforeAll
  static void generateWithTheDefaultSeed() throws IOException {
    defects = SampleFormatsGenerator.generate(generated, SampleRegisterGenerator.DEFAULT_SEED);
  }

  @Test
  void committedFilesAreByteIdenticalToAFreshRun() throws IOException {
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(SampleFiles.DATA.resolve(file)),
          Files.readAllBytes(generated.resolve(file)), file + " differs from the generator's output:"
              + " regenerate the samples (data-samples/README.md says how) and commit them");
    }
  }

  @Test
  void anotherSeedWritesOtherFiles(@TempDir Path other) throws IOException {
    SampleFormatsGenerator.generate(other, 7L);
    for (String file : List.of("sirene/StockEtablissement_2024.csv", "regpat/EPO_Inv_reg.txt",
        "cordis/organization.csv")) {
      assertFalse(Arrays.equals(Files.readAllBytes(other.resolve(file)), Files.readAllBytes(generated.resolve(file))),
          file);
    }
  }

  @Test
  void manifestListsEveryDefectOnceWithItsSourceAndReason() throws IOException {
    List<String> lines = Files.readAllLines(SampleFiles.DATA.resolve("DEFECTS.csv"), StandardCharsets.UTF_8);
    assertEquals("source,file,line,reason_code", lines.get(0));
    assertEquals(defects.size(), lines.size() - 1);
    Map<String, Integer> perSource = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      assertEquals(4, fields.length, line);
      assertTrue(fields[1].startsWith(fields[0] + "/"), line);
      assertTrue(fields[3].matches("[a-z_]+"), line);
      perSource.merge(fields[0], 1, Integer::sum);
    }
    assertEquals(Map.of("cordis", 11, "regpat", 11, "register", 25, "sbs", 5, "sirene", 11), perSource);
  }

  @Test
  void readmeDefectTablesMatchTheManifest() throws IOException {
    String readme = Files.readString(SampleFiles.DATA.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("(?m)^\\| `([a-z]+/[^`]+)` \\| (\\d+) \\| `([a-z_]+)` \\|").matcher(readme);
    List<String> documented = new ArrayList<>();
    while (row.find()) {
      documented.add(row.group(1) + ":" + row.group(2) + ":" + row.group(3));
    }
    List<String> planted = new ArrayList<>();
    for (PlantedDefect defect : defects) {
      if (!defect.source().equals("register")) {
        planted.add(defect.file() + ":" + defect.line() + ":" + defect.reasonCode());
      }
    }
    assertEquals(planted, documented);
  }

  @Test
  void concordanceSubsetsAreWhatTheSubsetToolCopiesFromTheOfficialTables(@TempDir Path out) throws IOException {
    Path official = Path.of("..", "shared", "reference");
    Assumptions.assumeTrue(Files.isDirectory(official), "the official tables are in ../shared/reference");
    for (String file : SampleConcordanceSubset.FILES) {
      SampleConcordanceSubset.write(official.resolve(file), out.resolve(file),
          SampleConcordanceSubset.sampleCodes(SampleFiles.DATA.resolve("regpat/EPO_IPC.txt")));
      assertArrayEquals(Files.readAllBytes(Path.of("conf", "reference", file)),
          Files.readAllBytes(out.resolve(file)), file);
    }
  }
}
