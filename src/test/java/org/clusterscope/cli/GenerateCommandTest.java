package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}: a summary line per file on success, exit 2 with one clear sentence for bad options. */
class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheFilesAndPrintsOneLinePerFile() throws IOException {
    String[] result = run("generate", "--out", dir.resolve("g").toString(), "--establishments", "500", "--seed", "3");
    assertEquals("0", result[0], result[2]);
    assertTrue(result[1].contains("register/register-2023.csv: "), result[1]);
    assertTrue(result[1].contains("regpat/inventors.txt: 100 rows"), result[1]);
    assertTrue(result[1].contains("cordis/organization.csv: 20 rows"), result[1]);
    assertTrue(Files.readString(dir.resolve("g/clusterscope.conf")).contains("\"spark.sql.shuffle.partitions\" = \"8\""));
  }

  @Test
  void onlyTheRequestedFormatsAreWritten() {
    String[] result = run("generate", "--out", dir.resolve("r").toString(), "--establishments", "300",
        "--formats", "register-csv");
    assertEquals("0", result[0], result[2]);
    assertTrue(Files.exists(dir.resolve("r/register/register-2023.csv")));
    assertTrue(!Files.exists(dir.resolve("r/sirene")) && !Files.exists(dir.resolve("r/regpat")));
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    assertUsageError("Invalid --establishments '-5': expected a count of 0 or more",
        "generate", "--out", dir.toString(), "--establishments", "-5");
    assertUsageError("Invalid --inventors '-1'", "generate", "--out", dir.toString(), "--inventors", "-1");
    assertUsageError("Invalid --year '2999'", "generate", "--out", dir.toString(), "--year", "2999");
    assertUsageError("Invalid --formats 'register,sbs'", "generate", "--out", dir.toString(), "--formats", "register,sbs");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertUsageError("Cannot write the generated files to " + file, "generate", "--out", file.toString());
    assertUsageError("Missing required option: '--out=<dir>'", "generate");
  }

  private void assertUsageError(String expected, String... args) {
    String[] result = run(args);
    assertEquals("2", result[0], result[2]);
    assertTrue(result[2].contains(expected), result[2]);
    assertTrue(!result[2].contains("\tat "), "no stack trace: " + result[2]);
  }

  /** Exit code, standard output and standard error. */
  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }
}
