package org.clusterscope.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The interval attack: the least and greatest value a suppressed cell can take given the released
 * cells and each atom at or above its lower bound, by linear programming (commons-math3 {@link SimplexSolver}).
 *
 * <p>The relations split into connected components (atoms joined by a released row); a cell's
 * range depends only on the components its atoms are in, so each linear program holds those
 * alone. The simplex tableau is dense, so components with more than {@code maxAtoms} unknown
 * atoms are not solved, nor any cell once {@code maxPrograms} cells have been: the cell is
 * reported as not interval-checked rather than held up. Both limits are counts, not times, so the
 * same tables are always checked the same way.
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
    List<Integer> variables = new ArrayList<>();
    List<Integer> rowsUsed = new ArrayList<>();
    for (int root : roots) {
      IntList atomsHere = atomsOfRoot.get(root);
      for (int i = 0; i < atomsHere.size(); i++) {
        variables.add(atomsHere.get(i));
      }
      IntList rowsHere = rowsOfRoot.get(root);
      for (int i = 0; i < rowsHere.size(); i++) {
        rowsUsed.add(rowsHere.get(i));
      }
    }
    Map<Integer, Integer> column = new HashMap<>();
    for (int v = 0; v < variables.size(); v++) {
      column.put(variables.get(v), v);
    }
    List<LinearConstraint> constraints = new ArrayList<>();
    for (int r : rowsUsed) {
      double[] coefficients = new double[variables.size()];
      double rhs = 0;
      for (int atom : rows.get(r)) {
        coefficients[column.get(atom)] = 1;
        rhs += values[atom];
      }
      constraints.add(new LinearConstraint(coefficients, Relationship.EQ, rhs));
    }
    for (int v = 0; v < variables.size(); v++) {
      if (lower[variables.get(v)] > 0) {
        double[] coefficients = new double[variables.size()];
        coefficients[v] = 1;
        constraints.add(new LinearConstraint(coefficients, Relationship.GEQ, lower[variables.get(v)]));
      }
    }
    double[] objective = new double[variables.size()];
    for (int atom : cell) {
      if (!known[atom]) {
        objective[column.get(atom)] = 1;
      }
    }
    try {
      double min = optimum(objective, constraints, GoalType.MINIMIZE);
      double max = optimum(objective, constraints, GoalType.MAXIMIZE);
      return new Range(constant + min, constant + max);
    } catch (MathIllegalStateException e) {
      // No optimum within the iteration limit (or a numerically infeasible tableau): not checked.
      return null;
    }
  }

  private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
    PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(100_000),
        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
        new NonNegativeConstraint(true));
    return optimum.getValue();
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
