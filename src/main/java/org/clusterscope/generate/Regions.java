package org.clusterscope.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic NUTS 3 regions of the 27 member states: well-formed NUTS 2021-shaped codes (country,
 * then one character per level, {@code DE11A}; {@code 0} where a country has a single NUTS 1 or a
 * NUTS 1 a single NUTS 2, as in {@code DK0}), grouped into each country's real number of NUTS 1 and
 * NUTS 2 regions, with lognormal (heavy-tailed) populations that add up to the country's. The codes
 * are not the real ones, which is why the generated config has no NUTS list.
 */
final class Regions {
  /** Characters of a level below NUTS 0; Z is left out because {@code ZZ}/{@code Z} mean extra-regio. */
  private static final String LEVEL_CHARACTERS = "123456789ABCDEFGHIJKLMNOPQRSTUVWXY";
  private static final double SIZE_SPREAD = 0.8;
  private static final double INNOVATION_SPREAD = 1.0;

  private final List<Country> countries;
  private final String[] codes;
  private final int[] countryOf;
  private final WeightedIndex byPopulation;
  private final WeightedIndex byInnovation;
  private final WeightedIndex[] inCountry;
  private final int[] firstOfCountry;

  private Regions(List<Country> countries, List<String> codes, List<Integer> countryOf, double[] population,
      double[] innovation) {
    this.countries = List.copyOf(countries);
    this.codes = codes.toArray(String[]::new);
    this.countryOf = countryOf.stream().mapToInt(Integer::intValue).toArray();
    this.byPopulation = new WeightedIndex(population);
    this.byInnovation = new WeightedIndex(innovation);
    this.inCountry = new WeightedIndex[countries.size()];
    this.firstOfCountry = new int[countries.size()];
    int start = 0;
    for (int c = 0; c < countries.size(); c++) {
      int n = countries.get(c).nuts3();
      double[] weights = new double[n];
      System.arraycopy(population, start, weights, 0, n);
      inCountry[c] = new WeightedIndex(weights);
      firstOfCountry[c] = start;
      start += n;
    }
  }

  /** The regions of {@code countries}, with sizes drawn from {@code draws}. */
  static Regions of(List<Country> countries, Draws draws) {
    List<String> codes = new ArrayList<>();
    List<Integer> countryOf = new ArrayList<>();
    int total = countries.stream().mapToInt(Country::nuts3).sum();
    double[] population = new double[total];
    double[] innovation = new double[total];
    int r = 0;
    for (int c = 0; c < countries.size(); c++) {
      Country country = countries.get(c);
      double[] sizes = new double[country.nuts3()];
      double sum = 0;
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = draws.logNormal(1.0, SIZE_SPREAD);
        sum += sizes[i];
      }
      for (int i = 0; i < sizes.length; i++, r++) {
        codes.add(code(country, i));
        countryOf.add(c);
        population[r] = country.population() * sizes[i] / sum;
        innovation[r] = population[r] * country.innovation() * draws.logNormal(1.0, INNOVATION_SPREAD);
      }
    }
    return new Regions(countries, codes, countryOf, population, innovation);
  }

  /**
   * The code of a country's {@code i}-th NUTS 3 region: NUTS 3 regions are dealt to the NUTS 2
   * regions in turn, and NUTS 2 regions to the NUTS 1 regions, so every parent has children.
   */
  static String code(Country country, int i) {
    int nuts2 = i % country.nuts2();
    int nuts1 = nuts2 % country.nuts1();
    int nuts2Siblings = (country.nuts2() - nuts1 + country.nuts1() - 1) / country.nuts1();
    return country.nuts()
        + (country.nuts1() == 1 ? '0' : LEVEL_CHARACTERS.charAt(nuts1))
        + (nuts2Siblings == 1 ? '0' : LEVEL_CHARACTERS.charAt(nuts2 / country.nuts1()))
        + LEVEL_CHARACTERS.charAt(i / country.nuts2());
  }

  int size() {
    return codes.length;
  }

  String code(int region) {
    return codes[region];
  }

  Country country(int region) {
    return countries.get(countryOf[region]);
  }

  int countryIndex(int region) {
    return countryOf[region];
  }

  /** A region drawn in proportion to population: where establishments of spread sectors are. */
  int byPopulation(Draws draws) {
    return byPopulation.draw(draws);
  }

  /** A region drawn in proportion to population times patenting intensity: where inventors are. */
  int byInnovation(Draws draws) {
    return byInnovation.draw(draws);
  }

  /** A region of country {@code countryIndex}, in proportion to population. */
  int inCountry(int countryIndex, Draws draws) {
    return firstOfCountry[countryIndex] + inCountry[countryIndex].draw(draws);
  }

  /** How many NUTS 3 regions country {@code countryIndex} has. */
  int regionsIn(int countryIndex) {
    return countries.get(countryIndex).nuts3();
  }
}
