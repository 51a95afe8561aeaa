package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a user can make on the command line or in the config: each gets one sentence naming
 * the thing and the fix, exit code 2 (usage or configuration) or 3 (input), and no stack trace.
 * All of them are caught before Spark starts.
 */
class ConfigErrorsTest {
  @TempDir Path dir;
  private Path inputs;

  @BeforeEach
  void inputs() throws IOException {
    inputs = Files.createDirectories(dir.resolve("in"));
    Files.writeString(inputs.resolve("r.csv"),
        "establishment_id,enterprise_id,region_code,nace,employees,size_band,reference_year,status\n");
  }

  @Test
  void missingConfigFileIsAUsageError() {
    Result r = run("run", "--config", dir.resolve("nope.conf").toString());
    r.assertFailure(2, "Config file " + dir.resolve("nope.conf") + " does not exist", "--config");
  }

  @Test
  void unknownKeyIsRejectedWithASuggestion() throws IOException {
    Result r = run("run", "--config", config("indicators.nuts-level = [3]"));
    r.assertFailure(2, "Unknown configuration key 'clusterscope.indicators.nuts-level'",
        "Did you mean 'clusterscope.indicators.nuts-levels'?", "line");
  }

  @Test
  void unknownKeyInASourceIsRejected() throws IOException {
    Result r = run("run", "--config", configWithSource("pathz = [\"x\"]"));
    r.assertFailure(2, "Unknown configuration key 'clusterscope.sources[0].pathz'", "Did you mean 'paths'?");
  }

  @Test
  void badYearIsAUsageError() throws IOException {
    run("run", "--config", config(""), "--year", "20x3")
        .assertFailure(2, "Invalid --year '20x3': expected a four-digit year such as 2023.");
    run("run", "--config", config(""), "--years", "2023-2019")
        .assertFailure(2, "Invalid --years '2023-2019'");
    run("run", "--config", config(""), "--year", "2023", "--years", "2019-2023")
        .assertFailure(2, "Both --year and --years were given");
  }

  @Test
  void missingInputIsAnInputError() throws IOException {
    Path missing = dir.resolve("delivery-2023");
    Result r = run("run", "--config", configWithSource("paths = [\"" + missing + "\"]"));
    r.assertFailure(3, "Input path " + missing + " of source 'register' does not exist");
  }

  @Test
  void invalidValuesNameTheKeyAndTheExpectation() throws IOException {
    run("run", "--config", config("indicators.nuts-levels = [2, 7]"))
        .assertFailure(2, "clusterscope.indicators.nuts-levels", "NUTS levels from 0 to 3 (got 7)");
    run("run", "--config", config("conform.size-band-estimator = median"))
        .assertFailure(2, "clusterscope.conform.size-band-estimator", "midpoint or lower-bound (got 'median')");
    run("run", "--config", config("indicators.stars.size-quantile = 1.5"))
        .assertFailure(2, "clusterscope.indicators.stars.size-quantile", "from 0 to 1");
    run("run", "--config", config("indicators.sector-schemes = [nace_group]"))
        .assertFailure(2, "Unknown sector scheme 'nace_group'");
    run("run", "--config", config("indicators.confidentiality.dominance = [{ n = 1, k = 101 }]"))
        .assertFailure(2, "clusterscope.indicators.confidentiality.dominance[0].k", "at most 100 (got 101.0)");
    run("run", "--config", config(""), "--conf", "indicators.confidentiality.p-percent=0")
        .assertFailure(2, "clusterscope.indicators.confidentiality.p-percent", "above 0 and at most 100");
  }

  @Test
  void missingReferenceFileIsAConfigurationError() throws IOException {
    Path nace = dir.resolve("nace-missing.csv");
    run("run", "--config", config("reference.nace = \"" + nace + "\""))
        .assertFailure(2, "Reference file " + nace + " (configuration key 'clusterscope.reference.nace') does not exist");
  }

  @Test
  void brokenSyntaxAndBadOverridesAreUsageErrors() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.conf"), "clusterscope { sources = [ \n");
    run("run", "--config", broken.toString()).assertFailure(2, "is not valid");
    run("run", "--config", config(""), "--conf", "novalue").assertFailure(2, "Invalid --conf 'novalue'");
  }

  @Test
  void missingOptionsAndUnknownCommandsAreUsageErrors() {
    run("run").assertFailure(2, "Missing required option: '--config=<file>'");
    run("publish-everything").assertFailure(2, "Unmatched argument");
    run().assertFailure(2, "Usage: clusterscope");
  }

  @Test
  void aMetastoreUrlThatIsNotJdbcNamesTheKey() throws IOException {
    run("sql", "--config", config("catalog.metastore.url = \"postgres://db/metastore?password=s3cret\""), "-e", "SELECT 1")
        .assertFailure(2, "Invalid value for 'clusterscope.catalog.metastore.url'",
            "a JDBC URL such as jdbc:postgresql://host:5432/metastore (got 'postgres://db/metastore?password=***')");
  }

  @Test
  void aWarehouseThatCannotBeWrittenIsAConfigurationErrorNamingIt() throws IOException {
    // A file where the warehouse's parent folder should be: unwritable for any user, root included.
    Path blocked = Files.writeString(dir.resolve("a-file"), "").resolve("warehouse");
    Path conf = Files.writeString(dir.resolve("blocked.conf"), "clusterscope.catalog.warehouse = \"" + blocked + "\"\n");
    run("sql", "--config", conf.toString(), "-e", "SELECT 1")
        .assertFailure(2, "Cannot write to the warehouse folder " + blocked + " (clusterscope.catalog.warehouse)",
            "Make the folder writable, or copy it to a writable folder");
  }

  @Test
  void aReleaseNameThatNeedsQuotingFailsBeforeSparkStarts() throws IOException {
    run("publish", "--config", config(""), "--release", "march final")
        .assertFailure(2, "'clusterscope.publish.release-name'", "--release", "(got 'march final')");
    run("run", "--config", config("publish.release-name-pattern = \"yyyy/MM\""))
        .assertFailure(2, "'clusterscope.publish.release-name-pattern'", "'2026/12'");
  }

  @Test
  void theHelpHintNamesTheLauncherAndTheCommandOnce() {
    Result top = run("--bogus");
    top.assertFailure(2, "Unknown option: '--bogus'", "Run 'jobs/clusterscope --help' for the options.");
    assertFalse(top.err().contains("clusterscope clusterscope"), top.err());
    run("sql").assertFailure(2, "Run 'jobs/clusterscope sql --help' for the options.");
  }

  @Test
  void everyCommandsHelpAndVersionNameItOnce() {
    for (String command : new picocli.CommandLine(new Main()).getSubcommands().keySet()) {
      CliRun help = CliRun.of(command, "--help");
      assertEquals(0, help.code(), help.err());
      assertTrue(help.out().startsWith("Usage: clusterscope " + command + " "), help.out());
      assertFalse(help.out().contains("clusterscope clusterscope"), help.out());
      CliRun version = CliRun.of(command, "--version");
      assertEquals("clusterscope 0.1.0", version.out().strip(), command + " --version");
    }
  }

  @Test
  void sourcesOfEveryFormatAreCheckedBeforeSparkStarts() throws IOException {
    run("run", "--config", sources("{ name = s, format = sirene, paths = [\"" + inputs + "\"] }"))
        .assertFailure(2, "clusterscope.sources[0].options.commune-nuts", "commune-to-NUTS 3 correspondence");
    Path communes = dir.resolve("communes-missing.csv");
    run("run", "--config", sources("{ name = s, format = sirene, paths = [\"" + inputs + "\"],"
        + " options { commune-nuts = \"" + communes + "\" } }"))
        .assertFailure(2, "Reference file " + communes, "clusterscope.sources.s.options.commune-nuts");
    run("run", "--config", sources("{ name = s, format = sbs, paths = [\"" + inputs + "\"], options { delimiter = \";\" } }"))
        .assertFailure(2, "clusterscope.sources[0].options.delimiter", "no options for format sbs");
    run("run", "--config", sources("{ name = p, format = regpat, paths { inventors = [\"" + inputs + "\"] } }"))
        .assertFailure(2, "clusterscope.sources[0].paths.ipc", "inventors, ipc, applicants (optional)");
    run("run", "--config", sources("{ name = p, format = regpat, paths = [\"" + inputs + "\"] }"))
        .assertFailure(2, "clusterscope.sources[0].paths", "an object with a list of files or folders per part");
    run("run", "--config", sources("{ name = p, format = regpat, paths { inventors = [\"" + inputs + "\"],"
        + " ipc = [\"" + inputs + "\"] }, options { reference-year = filing } }"))
        .assertFailure(2, "clusterscope.sources[0].options.reference-year", "priority", "application");
    run("run", "--config", sources("{ name = p, format = regpat, paths { inventors = [\"" + inputs + "\"],"
        + " ipc = [\"" + inputs + "\"] } }"))
        .assertFailure(2, "clusterscope.reference.ipc-technology");
    run("run", "--config", sources("{ name = p, format = pdf, paths = [\"" + inputs + "\"] }"))
        .assertFailure(2, "Unknown source format 'pdf' for 'clusterscope.sources[0].format'",
            "Supported formats: register-csv, sirene, sbs, regpat, cordis.");
  }

  private String sources(String source) throws IOException {
    Path conf = dir.resolve("s" + System.nanoTime() + ".conf");
    Files.writeString(conf, "clusterscope {\n"
        + "  catalog.warehouse = \"" + dir.resolve("wh") + "\"\n"
        + "  sources = [ " + source + " ]\n"
        + "  reference.nace = \"" + Path.of("conf/reference/nace_rev2.csv").toAbsolutePath() + "\"\n}\n");
    return conf.toString();
  }

  @Test
  void reportOptionsAndTheBoundaryFileAreCheckedBeforeSparkStarts() throws IOException {
    String out = dir.resolve("report").toString();
    run("report", "--config", config(""), "--out", out, "--level", "7")
        .assertFailure(2, "Invalid --level '7': expected one of the configured NUTS levels [0, 1, 2, 3]");
    run("report", "--config", config(""), "--out", out, "--scheme", "nace_x")
        .assertFailure(2, "Invalid --scheme 'nace_x'", "nace_division");
    String missing = "report.nuts-geojson = \"" + dir.resolve("nuts.geojson") + "\"";
    run("report", "--config", config(missing), "--out", out)
        .assertFailure(2, "NUTS boundary file " + dir.resolve("nuts.geojson"), "does not exist");
    // run --report checks the same before the run: no warehouse is made.
    run("run", "--config", config(missing), "--report", out)
        .assertFailure(2, "NUTS boundary file " + dir.resolve("nuts.geojson"), "does not exist");
    assertFalse(Files.exists(dir.resolve("wh")), "no run started");
  }

  @Test
  void verbosePrintsTheStackTraceToo() throws IOException {
    Result r = run("run", "--config", config(""), "--year", "20x3", "--verbose");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Invalid --year '20x3'") && r.err().contains("\tat org.clusterscope"), r.err());
  }

  private String config(String extra) throws IOException {
    return configWithSource("paths = [\"" + inputs + "\"]", extra);
  }

  private String configWithSource(String sourceKeys) throws IOException {
    return configWithSource(sourceKeys, "");
  }

  private String configWithSource(String sourceKeys, String extra) throws IOException {
    Path conf = dir.resolve("c" + System.nanoTime() + ".conf");
    Files.writeString(conf, "clusterscope {\n"
        + "  catalog.warehouse = \"" + dir.resolve("wh") + "\"\n"
        + "  sources = [ { name = register, format = register-csv, " + sourceKeys + " } ]\n"
        + "  reference.nace = \"" + Path.of("conf/reference/nace_rev2.csv").toAbsolutePath() + "\"\n"
        + "  " + extra + "\n}\n");
    return conf.toString();
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, err.toString(StandardCharsets.UTF_8));
  }

  private record Result(int code, String err) {
    void assertFailure(int expectedCode, String... fragments) {
      assertEquals(expectedCode, code, err);
      for (String fragment : fragments) {
        assertTrue(err.contains(fragment), "stderr lacks '" + fragment + "':\n" + err);
      }
      assertFalse(err.contains("\tat "), "no stack trace without --verbose:\n" + err);
    }
  }
}
