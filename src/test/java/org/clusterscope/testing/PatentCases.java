package org.clusterscope.testing;

import java.util.ArrayList;
import java.util.List;
import org.clusterscope.pipeline.Pipeline;

/**
 * The reference cases on REGPAT and CORDIS inputs (shared/reference-cases/README.md), in one run
 * through the linkages shared by the JVM's tests ({@link #run}), each case in years of its own
 * and with application ids of its own, so that their values cannot meet:
 * <ul>
 *   <li>2020, technology (PatentIndicatorsTest): case P1's inventors as applications T1, T2, T3,
 *       whose IPC codes give every field and division a hand-computable share: T1 A61B 5/00
 *       (field 13, NACE 32), T2 A61B 5/00 and G06F 17/30 (field 6, NACE 26), T3 G06F 17/30;
 *   <li>2021 to 2023, linkages (LinkageReferenceCasesTest): case P1 itself (2021), a large
 *       application, a large research project and an inventor known only by a NUTS 2 code
 *       (2022), and five applications for co-classification (2023).
 * </ul>
 */
public final class PatentCases {
  /** The year of the technology case. */
  public static final int TECHNOLOGY_YEAR = 2020;

  private PatentCases() {
  }

  /** The workspace of the run, shared by the JVM's tests. */
  public static Workspace run(TestSpark spark) {
    return spark.sharedRun("patent cases", ws -> {
      ws.ipcConcordances().sources("[ { name = register, format = register-csv, paths = [\"$ROOT/register\"] },"
          + " { name = regpat, format = regpat, paths { inventors = [\"$ROOT/inv.txt\"], ipc = [\"$ROOT/ipc.txt\"] } },"
          + " { name = cordis, format = cordis, paths { organizations = [\"$ROOT/org.csv\"], projects = [\"$ROOT/project.csv\"] } } ]");
      List<String> inventors = new ArrayList<>(List.of("appln_id|person_id|reg_code|ctry_code|reg_share|inv_share"));
      List<String> ipc = new ArrayList<>(List.of("appln_id|prio_year|app_year|IPC"));
      technology(ws, inventors, ipc);
      linkages(ws, inventors, ipc);
      ws.file("inv.txt", String.join("\n", inventors) + "\n");
      ws.file("ipc.txt", String.join("\n", ipc) + "\n");
      // The tests read the gold tables of indicators and linkages only: publish is not run.
      ws.runThrough(Pipeline.Command.LINKAGES);
    });
  }

  /**
   * 2020: T1 (a, b in FR101), T2 (c FR101, d DE211), T3 (e FR711, f FR101, g and h CH011), equal
   * inventor shares; T3's application year is the next, its priority year counts.
   */
  private static void technology(Workspace ws, List<String> inventors, List<String> ipc) {
    ws.register("technology.csv",
        CaseM2.record("T_E1", "FR101", "32.50", 1000, TECHNOLOGY_YEAR),
        CaseM2.record("T_E2", "FR101", "26.20", 500, TECHNOLOGY_YEAR),
        CaseM2.record("T_E3", "FR711", "26.20", 100, TECHNOLOGY_YEAR),
        CaseM2.record("T_E4", "DE211", "32.50", 200, TECHNOLOGY_YEAR),
        CaseM2.record("T_E5", "CH011", "62.01", 50, TECHNOLOGY_YEAR));
    inventors.addAll(List.of(
        "T1|ta|FR101|FR|1|0.5", "T1|tb|FR101|FR|1|0.5",
        "T2|tc|FR101|FR|1|0.5", "T2|td|DE211|DE|1|0.5",
        "T3|te|FR711|FR|1|0.25", "T3|tf|FR101|FR|1|0.25", "T3|tg|CH011|CH|1|0.25", "T3|th|CH011|CH|1|0.25"));
    ipc.addAll(List.of(
        "T1|2020|2020|A61B   5/00",
        "T2|2020|2020|A61B   5/00", "T2|2020|2020|G06F  17/30",
        "T3|2020|2021|G06F  17/30"));
  }

  /**
   * 2021: P1 (a, b in FR101), P2 (c FR101, d DE211), P3 (e FR711, f FR101, g and h CH011). 2022:
   * an application with 150 inventors (100 FR101, 30 DE211, 20 CH011), a research project with 80
   * partners (50 DE111, 20 FR101, 10 SE224, every fourth a university), and an application whose
   * second inventor has only a NUTS 2 code. 2023: five applications whose IPC codes give NACE
   * divisions 32 and 26 (twice), 26 and 29, 29 and 32, 21 and 32.
   */
  private static void linkages(Workspace ws, List<String> inventors, List<String> ipc) {
    ws.register("linkages.csv", "E1,E1,FR101,32.50,1000,,2021,active", "E2,E2,DE211,32.50,200,,2021,active");
    inventors.addAll(List.of(
        "P1|a|FR101|FR|1|0.5", "P1|b|FR101|FR|1|0.5",
        "P2|c|FR101|FR|1|0.5", "P2|d|DE211|DE|1|0.5",
        "P3|e|FR711|FR|1|0.25", "P3|f|FR101|FR|1|0.25", "P3|g|CH011|CH|1|0.25", "P3|h|CH011|CH|1|0.25",
        "N2|x|FR101|FR|1|0.5", "N2|y|FR10|FR|1|0.5"));
    ipc.addAll(List.of(
        "P1|2021|2021|A61B 5/00", "P2|2021|2021|A61B 5/00", "P3|2021|2021|A61B 5/00",
        "BIG|2022|2022|B60W 10/06", "N2|2022|2022|B60W 10/06",
        "C1|2023|2023|A61B 5/00", "C1|2023|2023|G06F 17/30", "C2|2023|2023|A61B 5/00", "C2|2023|2023|G06F 17/30",
        "C3|2023|2023|G06F 17/30", "C3|2023|2023|B60W 10/06", "C4|2023|2023|B60W 10/06", "C4|2023|2023|A61B 5/00",
        "C5|2023|2023|A61K 31/00", "C5|2023|2023|A61B 5/00"));
    for (int i = 0; i < 150; i++) {
      String region = i < 100 ? "FR101|FR" : i < 130 ? "DE211|DE" : "CH011|CH";
      inventors.add("BIG|i" + i + "|" + region + "|1|" + (1.0 / 150));
    }
    ws.file("project.csv", "id;acronym;startDate;frameworkProgramme\n\"900\";\"HUGE\";\"2022-01-01\";\"HORIZON\"\n");
    List<String> orgs = new ArrayList<>(List.of("projectID;organisationID;name;activityType;country;nutsCode;role;ecContribution"));
    for (int i = 0; i < 80; i++) {
      String region = i < 50 ? "\"DE\";\"DE111\"" : i < 70 ? "\"FR\";\"FR101\"" : "\"SE\";\"SE224\"";
      String type = i % 4 == 0 ? "HES" : "PRC";
      orgs.add("\"900\";\"" + (1000 + i) + "\";\"Org " + i + "\";\"" + type + "\";" + region + ";\"participant\";\"1000,5\"");
    }
    ws.file("org.csv", String.join("\n", orgs) + "\n");
  }
}
