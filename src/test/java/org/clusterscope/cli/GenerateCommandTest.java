package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}: a summary line per file on success, exit 2 with one clear sentence for bad options. */
class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheFilesAndPrintsOneLinePerFile() throws IOException {
    CliRun result = CliRun.of("generate", "--out", dir.resolve("g").toString(), "--establishments", "500", "--seed", "3");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("register/register-2023.csv: "), result.out());
    assertTrue(result.out().contains("regpat/inventors.txt: 100 rows"), result.out());
    assertTrue(result.out().contains("cordis/organization.csv: 20 rows"), result.out());
    assertTrue(Files.readString(dir.resolve("g/clusterscope.conf")).contains("\"spark.sql.shuffle.partitions\" = \"8\""));
  }

  @Test
  void onlyTheRequestedFormatsAreWritten() {
    CliRun result = CliRun.of("generate", "--out", dir.resolve("r").toString(), "--establishments", "300",
        "--formats", "register-csv");
    assertEquals(0, result.code(), result.err());
    assertTrue(Files.exists(dir.resolve("r/register/register-2023.csv")));
    assertTrue(!Files.exists(dir.resolve("r/sirene")) && !Files.exists(dir.resolve("r/regpat")));
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    CliRun.assertUsageError("Invalid --establishments '-5': expected a count of 0 or more",
        "generate", "--out", dir.toString(), "--establishments", "-5");
    CliRun.assertUsageError("Invalid --inventors '-1'", "generate", "--out", dir.toString(), "--inventors", "-1");
    CliRun.assertUsageError("Invalid --year '2999'", "generate", "--out", dir.toString(), "--year", "2999");
    CliRun.assertUsageError("Invalid --formats 'register,sbs'", "generate", "--out", dir.toString(), "--formats", "register,sbs");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRun.assertUsageError("Cannot write the generated files to " + file, "generate", "--out", file.toString());
    CliRun.assertUsageError("Missing required option: '--out=<dir>'", "generate");
  }
}
