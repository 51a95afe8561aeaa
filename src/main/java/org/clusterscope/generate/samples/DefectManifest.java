package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code data-samples/DEFECTS.csv}: one row per deliberately malformed record of every
 * sample format ({@code source,file,line,reason_code}), so tests can check that each one is
 * quarantined with the expected reason.
 */
final class DefectManifest {

  static final String FILE = "DEFECTS.csv";
  static final String HEADER = "source,file,line,reason_code";

  private DefectManifest() {
  }

  static void write(Path dataSamples, List<PlantedDefect> defects) throws IOException {
    List<SampleLine> lines = new ArrayList<>();
    for (PlantedDefect defect : defects) {
      lines.add(SampleLine.utf8(String.join(",", defect.source(), defect.file(),
          Integer.toString(defect.line()), defect.reasonCode())));
    }
    SampleFileWriter.write(dataSamples.resolve(FILE), SampleFileWriter.UTF8_LF, HEADER, lines);
  }

  /** The register's defects in manifest form, with the codes the pipeline's register reader gives. */
  static List<PlantedDefect> register(long seed) {
    List<PlantedDefect> defects = new ArrayList<>();
    for (SampleRegisterGenerator.YearContent year : SampleRegisterGenerator.build(seed)) {
      for (InjectedDefect defect : year.result().defects()) {
        defects.add(new PlantedDefect("register", "register/" + defect.fileName(), defect.line(),
            defect.kind().reasonCode(), defect.detail()));
      }
    }
    return defects;
  }
}
