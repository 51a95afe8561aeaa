package org.clusterscope.testing;

import java.util.ArrayList;
import java.util.List;
import org.clusterscope.pipeline.Pipeline;

/**
 * The register reference cases of shared/reference-cases/README.md that need no configuration of
 * their own, in one run through the indicators shared by the JVM's tests ({@link #run}). Each
 * case has a year of its own, so their values cannot meet: every indicator of a cell, region or
 * sector reads one year's universe (lq and the shares its totals, EG the year's regions), and no
 * test of these cases reads growth, the one measure that reads an earlier year. A test filters
 * its case's year.
 */
public final class ReferenceCases {
  /** M2 (EconGeo): {@link CaseM2}. */
  public static final int M2_YEAR = CaseM2.YEAR;
  /** LQ1 (REAT): sector 1714 of region 79006; sector total 879213; grand total 15593224. */
  public static final int LQ1_YEAR = 2022;
  /** EG1 (REAT): ten plants of one industry in three regions of 500,000, 400,000 and 100,000. */
  public static final int EG1_YEAR = 2021;
  /** A network derived by hand for complexity: lq >= 1 exactly on R1 = {s1, s2}, R2 = {s2, s3}, R3 = {s3}. */
  public static final int NETWORK_YEAR = 2020;

  private ReferenceCases() {
  }

  /** The workspace of the run, shared by the JVM's tests. */
  public static Workspace run(TestSpark spark) {
    return spark.sharedRun("reference cases", ws -> {
      // LQ1 has one establishment per cell of the case, so some hold millions: above the
      // plausible maximum of one real establishment.
      ws.config("conform.max-employees = 100000000");
      ws.register("m2.csv", CaseM2.records(CaseM2.MATRIX, M2_YEAR));
      ws.register("lq1.csv", lq1());
      ws.register("eg1.csv", eg1());
      ws.register("network.csv", network());
      ws.runThrough(Pipeline.Command.INDICATORS);
    });
  }

  /** LQ1: the cell is DK011 × 10.11; DK012 and 62.01 bring the totals to the case's. */
  private static String[] lq1() {
    return new String[] {
        CaseM2.record("LQ1_1", "DK011", "10.11", 1714, LQ1_YEAR),
        CaseM2.record("LQ1_2", "DK011", "62.01", 79006 - 1714, LQ1_YEAR),
        CaseM2.record("LQ1_3", "DK012", "10.11", 879213 - 1714, LQ1_YEAR),
        CaseM2.record("LQ1_4", "DK012", "62.01", 15593224 - 79006 - (879213 - 1714), LQ1_YEAR)};
  }

  /** EG1: the plants of industry 20.11; 47.11 brings the regions to 500,000 / 400,000 / 100,000. */
  private static String[] eg1() {
    String[][] plants = {
        {"AT130", "200"}, {"AT130", "650"}, {"AT130", "12000"}, {"AT130", "100"}, {"AT130", "50"},
        {"AT312", "16000"}, {"AT312", "13000"}, {"AT312", "1500"}, {"AT312", "1500"}, {"AT221", "25000"}};
    List<String> records = new ArrayList<>();
    for (int i = 0; i < plants.length; i++) {
      records.add(CaseM2.record("EG1_P" + i, plants[i][0], "20.11", Long.parseLong(plants[i][1]), EG1_YEAR));
    }
    records.add(CaseM2.record("EG1_W", "AT130", "47.11", 500000 - 13000, EG1_YEAR));
    records.add(CaseM2.record("EG1_L", "AT312", "47.11", 400000 - 32000, EG1_YEAR));
    records.add(CaseM2.record("EG1_G", "AT221", "47.11", 100000 - 25000, EG1_YEAR));
    return records.toArray(String[]::new);
  }

  /** The network of ComplexityIndexTest: R1 = DK011, R2 = DK012, R3 = DK013; s1 = 10.11, s2 = 20.11, s3 = 62.01. */
  private static String[] network() {
    return new String[] {
        CaseM2.record("NET_A", "DK011", "10.11", 50, NETWORK_YEAR),
        CaseM2.record("NET_B", "DK011", "20.11", 50, NETWORK_YEAR),
        CaseM2.record("NET_C", "DK012", "20.11", 40, NETWORK_YEAR),
        CaseM2.record("NET_D", "DK012", "62.01", 60, NETWORK_YEAR),
        CaseM2.record("NET_E", "DK013", "62.01", 100, NETWORK_YEAR)};
  }
}
