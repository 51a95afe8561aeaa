package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterscope.generate.Draws;

/**
 * Writes {@code sbs/sbs_r_nuts2021.tsv} in Eurostat's bulk TSV layout: a first header cell
 * {@code freq,indic_sbs,nace_r2,geo\TIME_PERIOD}, one column per period (header cells with a
 * trailing space), values with optional flags ({@code 628 e}, {@code 1520 p}), {@code :} for not
 * available and {@code : c} for confidential, plus a few deliberately malformed rows.
 */
final class SbsSample {

  static final String SOURCE = "sbs";
  static final String FILE = "sbs/sbs_r_nuts2021.tsv";
  static final String HEADER = "freq,indic_sbs,nace_r2,geo\\TIME_PERIOD\t2019 \t2020 ";
  private static final double ESTIMATED_SHARE = 0.03;

  private SbsSample() {
  }

  static List<PlantedDefect> write(Path dataSamples, long seed, List<EstablishmentPanel.Observation> firstYear)
      throws IOException {
    Map<SbsCells.Key, long[]> cells = SbsCells.aggregate(seed, firstYear);
    Set<String> confidential = SbsConfidentiality.confidential(cells);
    Draws draws = new Draws(seed ^ 0xF1A65L);
    List<String> rows = new ArrayList<>();
    for (Map.Entry<SbsCells.Key, long[]> cell : cells.entrySet()) {
      SbsCells.Key key = cell.getKey();
      StringBuilder row = new StringBuilder(key.toString());
      for (int y = 0; y < SbsCells.YEARS.length; y++) {
        row.append('\t').append(value(key, y, cell.getValue()[y], confidential, draws));
      }
      rows.add(row.toString());
    }
    DefectPlanter.Result result = DefectPlanter.plant(SOURCE, FILE, rows, List.of(
        DefectPlanter.Spec.fixed("invalid_value", "A,EMP_LOC_NR,C12,DE11\t12x3\t118",
            "value 12x3 (2019) is not a number"),
        DefectPlanter.Spec.fixed("invalid_region", "A,EMP_LOC_NR,C29,DE1Z3Q\t628\t611",
            "geo DE1Z3Q is not a NUTS code (6 characters)"),
        DefectPlanter.Spec.fixed("invalid_nace", "A,LOC_NR,C99,FRF1\t14\t15",
            "nace_r2 C99 is no NACE Rev.2 division"),
        DefectPlanter.Spec.fixed("wrong_field_count", "A,LOC_NR,C12,DK01\t3\t4\t4",
            "3 value cells for 2 periods"),
        DefectPlanter.Spec.fixed("malformed_line", "A,EMP_LOC_NR,C12,SE22 140 152",
            "no tab at all: the values are separated by spaces")));
    SampleFileWriter.write(dataSamples.resolve(FILE), SampleFileWriter.UTF8_LF, HEADER, result.lines());
    return result.defects();
  }

  /**
   * One value cell: {@code : c} when confidential, {@code :} for Swiss local units in 2019 (not
   * collected), otherwise the number, flagged {@code p} (provisional) for French 2020 figures and
   * {@code e} (estimated) for a few others.
   */
  private static String value(SbsCells.Key key, int year, long value, Set<String> confidential, Draws draws) {
    if (confidential.contains(SbsConfidentiality.id(key, year))) {
      return ": c";
    }
    if (key.geo().startsWith("CH") && key.indicator().equals("LOC_NR") && SbsCells.YEARS[year] == 2019) {
      return ":";
    }
    if (key.geo().startsWith("FR") && SbsCells.YEARS[year] == 2020) {
      return value + " p";
    }
    return draws.chance(ESTIMATED_SHARE) ? value + " e" : Long.toString(value);
  }
}
