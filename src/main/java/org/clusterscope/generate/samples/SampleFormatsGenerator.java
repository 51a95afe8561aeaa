package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the samples of every input format but the canonical register, from the same simulated
 * establishment panel as {@link SampleRegisterGenerator} (so regions, sectors and clusters agree):
 * a 2024 SIRENE stock with its commune correspondence ({@code sirene/}), Eurostat regional SBS
 * ({@code sbs/}), REGPAT-like patents ({@code regpat/}), CORDIS-like projects ({@code cordis/}),
 * and {@code DEFECTS.csv}, the list of every deliberately malformed record of every format
 * (the register's included). The same seed always gives byte-identical files.
 */
public final class SampleFormatsGenerator {

  /** SIRENE is a 2024 stock: the panel runs one year past the register's. */
  static final int LAST_PANEL_YEAR = 2024;

  private SampleFormatsGenerator() {
  }

  /**
   * Writes every format's files and {@code DEFECTS.csv} under {@code dataSamples} and returns the
   * defects listed there (register first, then SIRENE, SBS, REGPAT, CORDIS).
   */
  public static List<PlantedDefect> generate(Path dataSamples, long seed) throws IOException {
    Map<Integer, List<EstablishmentPanel.Observation>> panel =
        EstablishmentPanel.simulate(seed, SampleRegisterGenerator.FIRST_YEAR, LAST_PANEL_YEAR);
    List<PlantedDefect> defects = new ArrayList<>(DefectManifest.register(seed));
    defects.addAll(SireneSample.write(dataSamples, seed ^ 0x51E4E5L, panel));
    List<EstablishmentPanel.Observation> firstYear = panel.get(SampleRegisterGenerator.FIRST_YEAR);
    defects.addAll(SbsSample.write(dataSamples, seed ^ 0x5B5L, firstYear));
    InnovationMap innovation = InnovationMap.of(firstYear);
    defects.addAll(RegpatSample.write(dataSamples, seed ^ 0x9A7E47L, innovation));
    defects.addAll(CordisSample.write(dataSamples, seed ^ 0xC0D15L, innovation));
    DefectManifest.write(dataSamples, defects);
    return defects;
  }

  /** Every file written, with its lines and bytes, then every defect with its line. */
  static String summary(Path out, List<PlantedDefect> defects) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String folder : List.of("sirene", "sbs", "regpat", "cordis")) {
      try (Stream<Path> files = Files.list(out.resolve(folder))) {
        for (Path file : files.sorted().collect(Collectors.toList())) {
          text.append(describe(file));
        }
      }
    }
    text.append(describe(out.resolve(DefectManifest.FILE)));
    text.append(String.format(Locale.ROOT, "%d deliberate defects:%n", defects.size()));
    for (PlantedDefect defect : defects) {
      text.append(String.format(Locale.ROOT, "  %s line %d: %s (%s)%n", defect.file(), defect.line(),
          defect.reasonCode(), defect.detail()));
    }
    return text.toString();
  }

  private static String describe(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int lines = 0;
    for (byte b : bytes) {
      lines += b == '\n' ? 1 : 0;
    }
    return String.format(Locale.ROOT, "%s: %d lines, %d bytes%n", file, lines, bytes.length);
  }
}
