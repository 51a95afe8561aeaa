package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Set;
import org.clusterscope.errors.Errors;
import org.clusterscope.generate.FileSummary;
import org.clusterscope.generate.GenerateOptions;
import org.clusterscope.generate.OutputFormat;
import org.clusterscope.generate.SyntheticEurope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes synthetic inputs for the 27 member states at any scale, in the real formats, with the
 * config that runs them (README "Synthetic data"). Needs no config and no Spark: it is how the
 * benchmark gets EU-scale data without real microdata.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write synthetic EU-scale inputs (register, SIRENE, REGPAT, CORDIS) and a config that runs them.")
final class GenerateCommand extends StandaloneCommand {
  /**
   * SIRENE gives each enterprise its own 8-digit SIREN body (90 million of them), numbered by the
   * enterprise's rank in the whole stream. The stream draws 0.79 enterprises per establishment
   * (4% of enterprises have Pareto-many establishments, 7.6 on average), so 110 million
   * establishments need about 87 million bodies; the generator checks each one as it goes.
   */
  private static final long MAX_ESTABLISHMENTS = 110_000_000L;

  @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Folder to write to (created if needed)")
  Path out;

  @Option(names = "--establishments", paramLabel = "<n>", description = "Establishments (default: ${DEFAULT-VALUE})")
  long establishments = 100_000;

  @Option(names = "--inventors", paramLabel = "<n>", description = "REGPAT inventor rows (default: establishments / 5)")
  Long inventors;

  @Option(names = "--participations", paramLabel = "<n>",
      description = "CORDIS participations (default: establishments / 25)")
  Long participations;

  @Option(names = "--year", paramLabel = "<yyyy>", description = "The reference year (default: ${DEFAULT-VALUE})")
  String year = "2023";

  @Option(names = "--seed", paramLabel = "<long>", description = "Random seed; same seed, same files (default: ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(names = "--formats", paramLabel = "<list>",
      description = "Comma-separated formats (default: ${DEFAULT-VALUE}); with sirene, France is in SIRENE only")
  String formats = "register-csv,sirene,regpat,cordis";

  @Option(names = "--nace", paramLabel = "<file>", description = "NACE Rev.2 file (default: conf/reference/nace_rev2.csv)")
  Path nace;

  @Override
  public Integer call() {
    GenerateOptions options = options();
    PrintWriter console = spec.commandLine().getOut();
    long started = System.nanoTime();
    for (FileSummary summary : SyntheticEurope.generate(options)) {
      console.println(summary.line(options.out()));
    }
    console.printf("Wrote %s in %.1f s; run it with: jobs/clusterscope run --config %s%n",
        options.out(), (System.nanoTime() - started) / 1e9, options.out().resolve("clusterscope.conf"));
    console.flush();
    return 0;
  }

  private GenerateOptions options() {
    Set<OutputFormat> chosen = OutputFormat.parseList(formats).orElseThrow(() -> Errors.invalidGenerateOption(
        "--formats", formats, "a comma-separated list of register-csv, sirene, regpat, cordis"));
    requireCount("--establishments", establishments);
    long inventorRows = inventors != null ? inventors : establishments / 5;
    long participationRows = participations != null ? participations : establishments / 25;
    requireCount("--inventors", inventorRows);
    requireCount("--participations", participationRows);
    if (establishments > MAX_ESTABLISHMENTS) {
      throw Errors.invalidGenerateOption("--establishments", Long.toString(establishments),
          "at most " + MAX_ESTABLISHMENTS + " (each enterprise needs its own 8-digit SIREN body, 90 million in all)");
    }
    int referenceYear = referenceYear();
    Path home = home();
    Path naceFile = nace != null ? nace : home.resolve("conf/reference/nace_rev2.csv");
    if (!Files.isRegularFile(naceFile)) {
      throw Errors.invalidGenerateOption("--nace", naceFile.toString(), "an existing NACE Rev.2 file (level,code,parent,label)");
    }
    OutputFolder.prepare(out, detail -> Errors.outputNotWritable(out.toAbsolutePath(), detail));
    return new GenerateOptions(out, establishments, inventorRows, participationRows, referenceYear, seed, chosen,
        home, naceFile);
  }

  private static void requireCount(String option, long value) {
    if (value < 0) {
      throw Errors.invalidGenerateOption(option, Long.toString(value), "a count of 0 or more");
    }
  }

  private int referenceYear() {
    int now = Year.now().getValue();
    if (!year.matches("[0-9]{4}") || Integer.parseInt(year) < 1950 || Integer.parseInt(year) > now) {
      throw Errors.invalidGenerateOption("--year", year, "a year from 1950 to " + now + " (the pipeline rejects future years)");
    }
    return Integer.parseInt(year);
  }
}
