package org.clusterscope.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.clusterscope.config.ConformSettings.SizeBandEstimator;

/**
 * Employment size bands accepted in the register: the INSEE bands (0-0 ... 10000+), the INSEE
 * tranche codes SIRENE writes for them (NN, 00, 01 ... 53), and the four Eurostat SBS size classes. A band outside this list is rejected
 * rather than read loosely, since its bounds would be a guess.
 */
final class SizeBands {
  /** Band text to {lower bound, upper bound or -1 when open}. */
  static final Map<String, int[]> ACCEPTED = accepted();

  private SizeBands() {}

  private static Map<String, int[]> accepted() {
    Map<String, int[]> bands = new LinkedHashMap<>();
    for (String band : List.of("0-0", "1-2", "3-5", "6-9", "10-19", "20-49", "50-99", "100-199",
        "200-249", "250-499", "500-999", "1000-1999", "2000-4999", "5000-9999", "10000+",
        "0-9", "10-49", "50-249", "250+")) {
      String[] ends = band.replace("+", "").split("-");
      int lo = Integer.parseInt(ends[0]);
      int hi = band.endsWith("+") ? -1 : Integer.parseInt(ends[1]);
      bands.put(band, new int[] {lo, hi});
    }
    // INSEE tranche codes as SIRENE writes them; NN is a unit without employees.
    String[][] insee = {{"NN", "0-0"}, {"00", "0-0"}, {"01", "1-2"}, {"02", "3-5"}, {"03", "6-9"},
        {"11", "10-19"}, {"12", "20-49"}, {"21", "50-99"}, {"22", "100-199"}, {"31", "200-249"},
        {"32", "250-499"}, {"41", "500-999"}, {"42", "1000-1999"}, {"51", "2000-4999"},
        {"52", "5000-9999"}, {"53", "10000+"}};
    for (String[] code : insee) {
      bands.put(code[0], bands.get(code[1]));
    }
    return bands;
  }

  /**
   * The band as written, without spaces: computed once per record as a column of
   * {@link EstablishmentRules#normalise}, since the rule and the estimate below compare it
   * with every accepted band (a regular expression per comparison cost up to 35 a record).
   */
  static Column normalised() {
    return regexp_replace(col("size_band"), "\\s", "");
  }

  /** @param band the {@link #normalised} band */
  static Column isAccepted(Column band) {
    return band.isin(ACCEPTED.keySet().toArray());
  }

  /**
   * Estimated employment of an accepted band; an open band gives its lower bound. A lookup in a
   * map literal: Spark compares the band with each key in turn (35 short strings, and only for
   * records without employees), in far less generated code than a CASE branch per band, which
   * kept the silver write's method above {@code spark.sql.codegen.hugeMethodLimit}
   * (GeneratedCodeSizeTest).
   *
   * @param band the {@link #normalised} band
   */
  static Column estimate(SizeBandEstimator estimator, Column band) {
    List<Column> entries = new ArrayList<>();
    for (Map.Entry<String, int[]> e : ACCEPTED.entrySet()) {
      int lo = e.getValue()[0];
      int hi = e.getValue()[1];
      entries.add(lit(e.getKey()));
      entries.add(lit(estimator == SizeBandEstimator.MIDPOINT && hi >= 0 ? (lo + hi) / 2.0 : lo));
    }
    return try_element_at(map(entries.toArray(Column[]::new)), band);
  }

  static String list() {
    return String.join(", ", ACCEPTED.keySet());
  }
}
