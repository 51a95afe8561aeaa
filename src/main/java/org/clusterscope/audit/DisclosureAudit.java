package org.clusterscope.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.reference.SectorScheme;

/**
 * The independent disclosure audit of the released layer (DESIGN 7, docs/disclosure.md "Audit").
 * For each year it rebuilds, from silver and the reference data alone, which finest cells
 * ({@link Atoms}) every released cell sums, and checks for employment and establishments, jointly
 * over all levels and schemes, that no suppressed cell is determined by the released values
 * ({@link SpanCheck}) and how wide each primary cell's feasible range stays ({@link IntervalCheck}).
 * It shares no code with the suppression: a fault there is not repeated here.
 */
public final class DisclosureAudit {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DisclosureAudit.class);
  /**
   * Unknown atoms one linear program may hold. The cost per program grows faster than the size: on
   * two cores 0.05 s at 800 unknown atoms (the 2024 sample), some 2 s at 3,000 (2021-2023), which
   * for a budget of 25 cells and two measures would add minutes to every sample run.
   */
  static final int MAX_LP_ATOMS = 1_500;

  private final AuditInputs inputs;
  private final int intervalCells;

  private DisclosureAudit(AuditInputs inputs, int intervalCells) {
    this.inputs = inputs;
    this.intervalCells = intervalCells;
  }

  /**
   * @param intervalCells the primary cells per year and measure whose feasible range is solved,
   *     smallest first (publish.audit-interval-cells)
   */
  public static DisclosureAudit of(AuditInputs inputs, int intervalCells) {
    return new DisclosureAudit(inputs, intervalCells);
  }

  public AuditResult run(String runId, Collection<Integer> years) {
    SparkSession spark = inputs.establishments().sparkSession();
    List<AuditRow> rows = new ArrayList<>();
    for (int year : years.stream().sorted().toList()) {
      spark.sparkContext().setJobDescription("publish: disclosure audit " + year);
      rows.addAll(year(runId, year));
    }
    spark.sparkContext().setJobDescription(null);
    return new AuditResult(runId, rows);
  }

  private List<AuditRow> year(String runId, int year) {
    long start = System.nanoTime();
    List<String> schemes = inputs.schemes().stream().map(SectorScheme::name).toList();
    Atoms atoms = Atoms.collect(inputs.establishments(), inputs.gold().regionSector(), year, inputs.levels(),
        inputs.schemes());
    CellModel model = CellModel.of(atoms, inputs.levels(), schemes);
    ReleasedCells cells = ReleasedCells.read(inputs, year, model, atoms);
    long read = System.nanoTime();

    BitSet suppressed = new BitSet();
    BitSet primary = new BitSet();
    for (ReleasedCells.TableCell row : cells.rows()) {
      if (row.cell() >= 0 && row.suppressed()) {
        suppressed.set(row.cell());
        if (row.status().equals("C")) {
          primary.set(row.cell());
        }
      }
    }
    // A published row has at least one establishment: an atom that is a row's cell on its own
    // has at least one, which the attacker may use as the zeros of employment.
    double[] establishmentBound = new double[atoms.count()];
    for (ReleasedCells.TableCell row : cells.rows()) {
      if (row.cell() >= 0 && model.atoms(row.cell()).length == 1) {
        establishmentBound[model.atoms(row.cell())[0]] = 1;
      }
    }
    Findings findings = new Findings(model.size());
    audit(Measure.EMPLOYMENT, new double[atoms.count()], atoms, model, cells, suppressed, primary, findings);
    audit(Measure.ESTABLISHMENTS, establishmentBound, atoms, model, cells, suppressed, primary, findings);
    LOG.info("Disclosure audit {}: {} finest cells, {} cells, {} table rows, {} suppressed; read in {} s,"
        + " checked in {} s", year, atoms.count(), model.size(), cells.rows().size(), suppressed.cardinality(),
        String.format("%.1f", (read - start) / 1e9), String.format("%.1f", (System.nanoTime() - read) / 1e9));
    return rows(runId, year, cells, findings);
  }

  /** Per cell of the model: disclosed, interval checked or not, protection ratio per measure. */
  private static final class Findings {
    final boolean[] disclosed;
    final boolean[] unchecked;
    final double[][] ratio;

    Findings(int cells) {
      disclosed = new boolean[cells];
      unchecked = new boolean[cells];
      ratio = new double[2][cells];
      Arrays.fill(ratio[0], Double.NaN);
      Arrays.fill(ratio[1], Double.NaN);
    }
  }

  /** @param lower each atom's least possible value, as the attacker knows it */
  private void audit(Measure measure, double[] lower, Atoms atoms, CellModel model, ReleasedCells cells,
      BitSet suppressed, BitSet primary, Findings findings) {
    double[] values = atoms.values(measure);
    boolean[] atBound = new boolean[values.length];
    for (int a = 0; a < values.length; a++) {
      atBound[a] = values[a] == lower[a];
    }
    List<int[]> released = new ArrayList<>();
    cells.released(measure).stream().forEach(cell -> released.add(model.atoms(cell)));
    int[] targets = suppressed.stream().toArray();
    List<int[]> targetAtoms = new ArrayList<>();
    for (int cell : targets) {
      targetAtoms.add(model.atoms(cell));
    }
    SpanCheck.Outcome outcome = SpanCheck.run(atoms.count(), released, atBound, targetAtoms);
    IntervalCheck intervals = new IntervalCheck(values, lower, outcome.known(), outcome.independentRows(),
        MAX_LP_ATOMS, intervalCells);
    List<Integer> undisclosedPrimary = new ArrayList<>();
    for (int t = 0; t < targets.length; t++) {
      int cell = targets[t];
      if (outcome.disclosed()[t]) {
        findings.disclosed[cell] = true;
        findings.ratio[measure.ordinal()][cell] = 0;
      } else if (primary.get(cell)) {
        undisclosedPrimary.add(cell);
      }
    }
    // The smallest cells first: where a narrow range matters most, and a budget is spent best.
    undisclosedPrimary.sort(java.util.Comparator.<Integer>comparingDouble(c -> cells.truth(measure, c))
        .thenComparingInt(c -> c));
    for (int cell : undisclosedPrimary) {
      IntervalCheck.Range range = intervals.range(model.atoms(cell));
      if (range == null) {
        findings.unchecked[cell] = true;
        continue;
      }
      double truth = cells.truth(measure, cell);
      if (range.width() <= 1e-6 * Math.max(1, Math.abs(truth))) {
        findings.disclosed[cell] = true;
        findings.ratio[measure.ordinal()][cell] = 0;
      } else if (truth > 0) {
        findings.ratio[measure.ordinal()][cell] = range.width() / truth;
      }
    }
  }

  private static List<AuditRow> rows(String runId, int year, ReleasedCells cells, Findings findings) {
    Map<List<Object>, long[]> counts = new TreeMap<>(DisclosureAudit::compareGroups);
    Map<List<Object>, double[]> ratios = new TreeMap<>(DisclosureAudit::compareGroups);
    for (ReleasedCells.TableCell row : cells.rows()) {
      List<Object> group = List.of(row.table(), row.level(), row.scheme());
      long[] c = counts.computeIfAbsent(group, g -> new long[9]);
      double[] r = ratios.computeIfAbsent(group, g -> new double[] {Double.NaN, Double.NaN});
      boolean isPrimary = row.status().equals("C");
      c[0]++;
      c[1] += isPrimary ? 1 : 0;
      c[2] += row.status().equals("D") ? 1 : 0;
      c[6] += row.cell() < 0 ? 1 : 0;
      c[7] += row.unmatched() ? 1 : 0;
      if (row.cell() < 0 || !row.suppressed()) {
        continue;
      }
      // Only primary cells are confidential: a secondary cell is suppressed to protect them, and
      // its value may well follow from the released ones (Hundepool et al. 2012, 4.4).
      c[isPrimary ? 3 : 8] += findings.disclosed[row.cell()] ? 1 : 0;
      if (isPrimary) {
        c[findings.unchecked[row.cell()] ? 5 : 4]++;
        for (int m = 0; m < 2; m++) {
          double ratio = findings.ratio[m][row.cell()];
          if (!Double.isNaN(ratio) && !Double.isInfinite(ratio)) {
            r[m] = Double.isNaN(r[m]) ? ratio : Math.min(r[m], ratio);
          }
        }
      }
    }
    List<AuditRow> rows = new ArrayList<>();
    counts.forEach((group, c) -> {
      double[] r = ratios.get(group);
      rows.add(new AuditRow(runId, (String) group.get(0), year, (Integer) group.get(1), (String) group.get(2),
          c[0], c[1], c[2], c[3], Double.isNaN(r[0]) ? null : r[0], Double.isNaN(r[1]) ? null : r[1],
          c[4], c[5], c[6], c[7], note(c)));
    });
    return rows;
  }

  private static String note(long[] c) {
    List<String> parts = new ArrayList<>();
    if (c[6] > 0) {
      parts.add(c[6] + " cells fed by SBS are values Eurostat published (or kept confidential): constants outside the model");
    }
    if (c[5] > 0) {
      parts.add(c[5] + " primary cells not interval-checked (beyond publish.audit-interval-cells per year and"
          + " measure, smallest first, or relations over more than " + MAX_LP_ATOMS + " unknown finest cells);"
          + " their exact check ran");
    }
    if (c[8] > 0) {
      parts.add(c[8] + " secondary cells follow from the released values (not confidential themselves)");
    }
    if (c[7] > 0) {
      parts.add(c[7] + " cells differ from the audit's rebuild from silver: the audited relations may not describe them");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static int compareGroups(List<Object> a, List<Object> b) {
    int byTable = ((String) a.get(0)).compareTo((String) b.get(0));
    if (byTable != 0) {
      return byTable;
    }
    int byLevel = Integer.compare((Integer) a.get(1), (Integer) b.get(1));
    return byLevel != 0 ? byLevel : String.valueOf(a.get(2)).compareTo(String.valueOf(b.get(2)));
  }
}
