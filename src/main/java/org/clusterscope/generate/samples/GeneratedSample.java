package org.clusterscope.generate.samples;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of the generator wrote: one entry per reference year and every deliberate defect.
 *
 * @param seed   the seed the files were generated from
 * @param files  one per year, in year order
 * @param defects every malformed line, in file and line order
 */
public record GeneratedSample(long seed, List<YearFile> files, List<InjectedDefect> defects) {

  /**
   * One register file.
   *
   * @param dataLines         lines after the header, valid or not
   * @param validRows         lines that are not deliberate defects (active or closed)
   * @param distinctValidIds  distinct establishment ids among the valid lines
   * @param closedRows        valid lines with status {@code closed}
   */
  public record YearFile(int year, Path path, int dataLines, int validRows, int distinctValidIds,
      int closedRows, long bytes) {
  }

  public GeneratedSample {
    files = List.copyOf(files);
    defects = List.copyOf(defects);
  }

  public Map<DefectKind, Integer> defectsByKind() {
    Map<DefectKind, Integer> counts = new EnumMap<>(DefectKind.class);
    for (InjectedDefect defect : defects) {
      counts.merge(defect.kind(), 1, Integer::sum);
    }
    return counts;
  }

  public YearFile file(int year) {
    for (YearFile file : files) {
      if (file.year() == year) {
        return file;
      }
    }
    throw new IllegalArgumentException("No register file for year " + year + " (years: 2021 to 2023)");
  }
}
