package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled samples of {@code data-samples/} (its README tells their story): the register files
 * in {@code register/} and every other format's files with {@code DEFECTS.csv}, all from one
 * simulated establishment panel, so that regions, sectors and clusters agree across formats.
 */
public final class SampleData {

  public static final long DEFAULT_SEED = SampleRegisterGenerator.DEFAULT_SEED;
  /** The REGPAT IPC file, under the samples' folder, whose codes choose the concordance rows. */
  public static final String IPC_FILE = "regpat/EPO_IPC.txt";

  private SampleData() {
  }

  /**
   * Writes every sample file under {@code out} (folders created if missing) and returns what was
   * written: each file with its lines and bytes, then every deliberate defect with its line.
   */
  public static String write(Path out, long seed) throws IOException {
    GeneratedSample register = SampleRegisterGenerator.generate(out.resolve("register"), seed);
    List<PlantedDefect> defects = SampleFormatsGenerator.generate(out, seed);
    return SampleRegisterGenerator.summary(register) + SampleFormatsGenerator.summary(out, defects);
  }
}
