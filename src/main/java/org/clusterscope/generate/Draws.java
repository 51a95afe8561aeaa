package org.clusterscope.generate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Random draws for the sample generator, built only on {@link SplittableRandom#nextDouble()} and
 * {@link StrictMath}, whose results are specified bit for bit. The same seed therefore gives the
 * same files on every JDK and platform (the JDK's own {@code nextGaussian} and {@code Math} are
 * allowed to differ).
 */
public final class Draws {

  private final SplittableRandom random;

  public Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public double uniform() {
    return random.nextDouble();
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Uniform integer in [0, bound). */
  public int index(int bound) {
    return (int) (random.nextDouble() * bound);
  }

  /** Standard normal draw (Box-Muller, one value per call). */
  public double gaussian() {
    double u1 = 1.0 - random.nextDouble(); // in (0, 1]: log is finite
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** Log-normal draw with the given median and log-scale spread. */
  public double logNormal(double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian());
  }

  /** Pareto draw with scale {@code minimum} and tail index {@code alpha}. */
  public double pareto(double minimum, double alpha) {
    double u = 1.0 - random.nextDouble();
    return minimum * StrictMath.pow(u, -1.0 / alpha);
  }

  /** Picks one item with probability proportional to its weight. */
  public <T> T weighted(List<T> items, ToDoubleFunction<T> weight) {
    double total = 0;
    for (T item : items) {
      total += weight.applyAsDouble(item);
    }
    double target = random.nextDouble() * total;
    double cumulative = 0;
    for (T item : items) {
      cumulative += weight.applyAsDouble(item);
      if (target < cumulative) {
        return item;
      }
    }
    return items.get(items.size() - 1);
  }
}
