package org.clusterscope.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The interval attack: the least and greatest value a suppressed cell can take given the released
 * cells and each atom at or above its lower bound, by linear programming (ojAlgo's
 * {@link ExpressionsBasedModel}).
 *
 * <p>The relations split into connected components (atoms joined by a released row); a cell's
 * range depends only on the components its atoms are in, so each linear program holds those
 * alone, built once and solved for each cell with that cell as the objective. Components with
 * more than {@code maxAtoms} unknown atoms are not solved, nor any cell once {@code maxPrograms}
 * cells have been: the cell is reported as not interval-checked rather than held up. Both limits
 * are counts, not times, so the same tables are always checked the same way.
 */
final class IntervalCheck {
  private final int[] parent;
  private final double[] values;
  private final double[] lower;
  private final boolean[] known;
  private final List<int[]> rows;
  private final int maxAtoms;
  private int programsLeft;
  private final Map<Integer, IntList> atomsOfRoot = new HashMap<>();
  private final Map<Integer, IntList> rowsOfRoot = new HashMap<>();
  private final Map<List<Integer>, Program> programs = new HashMap<>();

  /**
   * @param lower each atom's lower bound (0, or 1 establishment for an atom published as a row)
   * @param known atoms known exactly (their values are constants)
   * @param rows independent released rows over the unknown atoms ({@link SpanCheck.Outcome})
   * @param maxAtoms the largest number of unknown atoms one linear program may hold
   * @param maxPrograms the most cells to solve (two linear programs each)
   */
  IntervalCheck(double[] values, double[] lower, boolean[] known, List<int[]> rows, int maxAtoms, int maxPrograms) {
    this.programsLeft = maxPrograms;
    this.values = values;
    this.lower = lower;
    this.known = known;
    this.rows = rows;
    this.maxAtoms = maxAtoms;
    parent = new int[values.length];
    for (int a = 0; a < parent.length; a++) {
      parent[a] = a;
    }
    for (int[] row : rows) {
      for (int j = 1; j < row.length; j++) {
        union(row[0], row[j]);
      }
    }
    for (int a = 0; a < parent.length; a++) {
      if (!known[a]) {
        atomsOfRoot.computeIfAbsent(find(a), k -> new IntList()).add(a);
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      rowsOfRoot.computeIfAbsent(find(rows.get(r)[0]), k -> new IntList()).add(r);
    }
  }

  /** A feasible range; max is infinite when an atom of the cell is in no released cell. */
  record Range(double min, double max) {
    double width() {
      return max - min;
    }
  }

  /** The feasible range of the sum of {@code cell}'s atoms, or NULL when its components are too large or the budget is spent. */
  Range range(int[] cell) {
    double constant = 0;
    Set<Integer> roots = new LinkedHashSet<>();
    for (int atom : cell) {
      if (known[atom]) {
        constant += values[atom];
      } else {
        roots.add(find(atom));
      }
    }
    if (roots.isEmpty()) {
      return new Range(constant, constant);
    }
    int size = 0;
    for (int root : roots) {
      if (!rowsOfRoot.containsKey(root)) {
        return new Range(constant, Double.POSITIVE_INFINITY);
      }
      size += atomsOfRoot.get(root).size();
    }
    if (size > maxAtoms || programsLeft == 0) {
      return null;
    }
    programsLeft--;
    List<Integer> key = new ArrayList<>(roots);
    java.util.Collections.sort(key);
    Program program = programs.computeIfAbsent(key, this::program);
    List<Variable> objective = new ArrayList<>();
    for (int atom : cell) {
      if (!known[atom]) {
        objective.add(program.variables.get(atom).weight(1));
      }
    }
    try {
      Optimisation.Result min = program.model.minimise();
      Optimisation.Result max = program.model.maximise();
      if (!min.getState().isOptimal() || !(max.getState().isOptimal() || max.getState() == Optimisation.State.UNBOUNDED)) {
        // No optimum found (a numerically troubled program): not checked rather than guessed.
        return null;
      }
      double upper = max.getState() == Optimisation.State.UNBOUNDED ? Double.POSITIVE_INFINITY : max.getValue();
      return new Range(constant + min.getValue(), constant + upper);
    } finally {
      objective.forEach(v -> v.weight(0));
    }
  }

  /** One linear program per set of components: the variables and rows, built once, solved per cell. */
  private static final class Program {
    final ExpressionsBasedModel model = new ExpressionsBasedModel();
    final Map<Integer, Variable> variables = new HashMap<>();

    Program() {
      // Each released row holds few atoms: a sparse tableau, where a dense one spent its time on zeros.
      model.options.sparse = Boolean.TRUE;
    }
  }

  private Program program(List<Integer> roots) {
    Program program = new Program();
    for (int root : roots) {
      IntList atomsHere = atomsOfRoot.get(root);
      for (int i = 0; i < atomsHere.size(); i++) {
        int atom = atomsHere.get(i);
        program.variables.put(atom, program.model.addVariable("a" + atom).lower(lower[atom]).weight(0));
      }
    }
    for (int root : roots) {
      IntList rowsHere = rowsOfRoot.get(root);
      for (int i = 0; i < rowsHere.size(); i++) {
        int[] row = rows.get(rowsHere.get(i));
        double rhs = 0;
        for (int atom : row) {
          rhs += values[atom];
        }
        Expression expression = program.model.addExpression("r" + rowsHere.get(i)).level(rhs);
        for (int atom : row) {
          expression.set(program.variables.get(atom), 1);
        }
      }
    }
    return program;
  }

  private int find(int atom) {
    while (parent[atom] != atom) {
      parent[atom] = parent[parent[atom]];
      atom = parent[atom];
    }
    return atom;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
