package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clusterscope.generate.formats.RegisterCsv;

/**
 * Writes the sample business register in {@code data-samples/register/}: one canonical
 * {@code register-csv} file per reference year 2021-2023, about 6,000 establishments each in five
 * countries, with regional clusters to find and a few deliberately malformed lines to quarantine.
 * The same seed always gives byte-identical files.
 */
public final class SampleRegisterGenerator {

  public static final long DEFAULT_SEED = 20261124L;
  public static final int FIRST_YEAR = 2021;
  public static final int LAST_YEAR = 2023;

  private SampleRegisterGenerator() {
  }

  /** One year's register before it is written: the records and the file's lines with the deliberate defects. */
  record YearContent(int year, String fileName, List<RegisterRecord> records, DefectInjector.Result result) {
  }

  /** Simulates the panel and renders every year's lines, defects included, without writing anything. */
  static List<YearContent> build(long seed) {
    Map<Integer, List<EstablishmentPanel.Observation>> panel =
        EstablishmentPanel.simulate(seed, FIRST_YEAR, LAST_YEAR);
    RegisterRenderer renderer = new RegisterRenderer(seed ^ 0x5DEECE66DL);
    List<YearContent> years = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      String fileName = fileName(year);
      List<RegisterRecord> records = renderer.render(year, panel.get(year));
      years.add(new YearContent(year, fileName, records, DefectInjector.inject(year, fileName, records)));
    }
    return years;
  }

  /** Writes {@code register-2021.csv} .. {@code register-2023.csv} into {@code outDir} (created if missing). */
  public static GeneratedSample generate(Path outDir, long seed) throws IOException {
    Files.createDirectories(outDir);
    List<GeneratedSample.YearFile> files = new ArrayList<>();
    List<InjectedDefect> defects = new ArrayList<>();
    for (YearContent content : build(seed)) {
      int year = content.year();
      DefectInjector.Result result = content.result();
      Path file = outDir.resolve(content.fileName());
      long bytes = SampleFileWriter.write(file, layout(year), RegisterCsv.HEADER, result.lines());
      Set<String> ids = new HashSet<>();
      int closed = 0;
      for (RegisterRecord record : content.records()) {
        ids.add(record.establishmentId());
        if (record.status().equals("closed")) {
          closed++;
        }
      }
      files.add(new GeneratedSample.YearFile(year, file, result.lines().size(), content.records().size(),
          ids.size(), closed, bytes));
      defects.addAll(result.defects());
    }
    return new GeneratedSample(seed, files, defects);
  }

  static String fileName(int year) {
    return "register-" + year + ".csv";
  }

  /** 2021: plain UTF-8 with LF; 2022: with a byte order mark; 2023: CRLF line ends. */
  static SampleFileWriter.Layout layout(int year) {
    return new SampleFileWriter.Layout(year == 2022, year == 2023 ? "\r\n" : "\n");
  }

  static String summary(GeneratedSample sample) {
    StringBuilder text = new StringBuilder();
    for (GeneratedSample.YearFile file : sample.files()) {
      text.append(String.format(Locale.ROOT,
          "%s: %d data lines (%d valid, %d distinct establishments, %d closed), %d bytes%n",
          file.path(), file.dataLines(), file.validRows(), file.distinctValidIds(), file.closedRows(),
          file.bytes()));
    }
    text.append(String.format(Locale.ROOT, "%d deliberate defects:%n", sample.defects().size()));
    for (InjectedDefect defect : sample.defects()) {
      text.append(String.format(Locale.ROOT, "  %s line %d: %s (%s)%n", defect.fileName(), defect.line(),
          defect.kind(), defect.detail()));
    }
    return text.toString();
  }
}
