package org.clusterscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterscope.errors.Errors;
import org.clusterscope.generate.samples.SampleConcordanceSubset;
import org.clusterscope.generate.samples.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the bundled samples of {@code data-samples/} (docs/generate.md): the files are committed,
 * and this command is how they are made again after the sample writer changes. With
 * {@code --official} it also cuts the IPC concordances of {@code conf/reference} down to the rows
 * the samples' IPC codes need. Needs no config and no Spark.
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
    description = {"Write the bundled samples (register, SIRENE, SBS, REGPAT, CORDIS and DEFECTS.csv) from one"
        + " seed; the same seed gives byte-identical files.",
        "With --official, also write the rows of the official IPC concordances that the samples' IPC codes need."})
final class SamplesCommand extends StandaloneCommand {
  @Option(names = "--out", paramLabel = "<dir>",
      description = "Folder to write to (default: data-samples in the repository)")
  Path out;

  @Option(names = "--seed", paramLabel = "<long>", description = "Random seed (default: ${DEFAULT-VALUE})")
  long seed = SampleData.DEFAULT_SEED;

  @Option(names = "--official", paramLabel = "<dir>",
      description = "Folder of the full ipc_technology.csv and ipc_nace2.csv, e.g. ../shared/reference")
  Path official;

  @Option(names = "--reference-out", paramLabel = "<dir>",
      description = "Folder of the concordance subsets (default: conf/reference in the repository)")
  Path referenceOut;

  @Override
  public Integer call() {
    Path home = home();
    Path samples = out != null ? out : home.resolve("data-samples");
    Path reference = referenceOut != null ? referenceOut : home.resolve("conf/reference");
    if (official != null) {
      for (String file : SampleConcordanceSubset.FILES) {
        if (!Files.isRegularFile(official.resolve(file))) {
          throw Errors.officialConcordanceMissing(official.resolve(file));
        }
      }
    }
    OutputFolder.prepare(samples, detail -> Errors.samplesNotWritable("--out", samples, detail));
    if (official != null) {
      OutputFolder.prepare(reference, detail -> Errors.samplesNotWritable("--reference-out", reference, detail));
    }
    PrintWriter console = spec.commandLine().getOut();
    try {
      console.print(SampleData.write(samples, seed));
    } catch (IOException e) {
      throw Errors.samplesNotWritable("--out", samples, e.toString());
    }
    if (official != null) {
      try {
        console.print(SampleConcordanceSubset.write(official, samples.resolve(SampleData.IPC_FILE), reference));
      } catch (IOException e) {
        throw Errors.samplesNotWritable("--reference-out", reference, e.toString());
      }
    }
    console.flush();
    return 0;
  }
}
