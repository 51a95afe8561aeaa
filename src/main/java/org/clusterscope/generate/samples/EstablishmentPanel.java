package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clusterscope.generate.Draws;

/**
 * Simulates the establishment population over the sample years: an initial population (anchor
 * plants, background economy, clusters, extra-regio units), then each year births, closures
 * (reported once with status {@code closed}), silent exits (the unit just disappears from the
 * register) and employment growth by sector family.
 */
final class EstablishmentPanel {

  /** What the register says about one establishment in one year. */
  record Observation(Establishment establishment, int employees, boolean closed) {
  }

  /** Background establishments per country in the first year (clusters and anchors come on top). */
  private static final Map<String, Integer> BACKGROUND_PER_COUNTRY =
      Map.of("CH", 650, "DE", 1300, "DK", 650, "FR", 1400, "SE", 600);
  private static final double CLOSED_RATE = 0.02;
  private static final double SILENT_EXIT_RATE = 0.02;
  private static final double BIRTH_RATE = 0.05;
  private static final double ICT_BIRTH_BOOST = 1.8;
  private static final double NUTS2_ONLY_SHARE = 0.03;
  private static final double NUTS1_ONLY_SHARE = 0.003;
  private static final double SMALL_GROUP_SHARE = 0.03;
  private static final double LARGEST_RANDOM_SIZE = 4500;
  /** New establishments start smaller than the median of their sector, and never large. */
  private static final double NEW_SIZE_FACTOR = 0.7;
  private static final double LARGEST_NEW_SIZE = 250;

  private final Draws draws;
  private final Map<String, Integer> nextEstablishment = new HashMap<>();
  private final Map<String, Integer> nextEnterprise = new HashMap<>();
  private final Map<String, List<String>> chainEnterprises = new HashMap<>();
  private final Map<String, String> lastEnterpriseByCountryAndDivision = new HashMap<>();
  private final int totalClusterEstablishments;

  private EstablishmentPanel(long seed) {
    this.draws = new Draws(seed);
    int clustered = 0;
    for (SampleClusters.Cluster cluster : SampleClusters.CLUSTERS) {
      clustered += cluster.establishments();
    }
    this.totalClusterEstablishments = clustered;
  }

  /** Observations per year for {@code firstYear..lastYear}, each list in establishment-id order. */
  static Map<Integer, List<Observation>> simulate(long seed, int firstYear, int lastYear) {
    return new EstablishmentPanel(seed).run(firstYear, lastYear);
  }

  private Map<Integer, List<Observation>> run(int firstYear, int lastYear) {
    List<Establishment> live = initialPopulation();
    Map<Integer, List<Observation>> byYear = new TreeMap<>();
    for (int year = firstYear; year <= lastYear; year++) {
      if (year > firstYear) {
        int births = (int) StrictMath.round(live.size() * BIRTH_RATE);
        for (int i = 0; i < births; i++) {
          live.add(newBirth());
        }
      }
      List<Observation> observations = new ArrayList<>();
      List<Establishment> survivors = new ArrayList<>();
      for (Establishment e : live) {
        boolean closed = !e.anchor && draws.chance(CLOSED_RATE);
        observations.add(new Observation(e, e.employees(), closed));
        if (!closed && (e.anchor || !draws.chance(SILENT_EXIT_RATE))) {
          grow(e);
          survivors.add(e);
        }
      }
      observations.sort((a, b) -> a.establishment().id.compareTo(b.establishment().id));
      byYear.put(year, observations);
      live = survivors;
    }
    return byYear;
  }

  private List<Establishment> initialPopulation() {
    List<Establishment> population = new ArrayList<>();
    for (SampleClusters.AnchorGroup group : SampleClusters.ANCHORS) {
      String enterprise = newEnterpriseId(group.country());
      for (SampleClusters.Plant plant : group.plants()) {
        population.add(new Establishment(newEstablishmentId(plant.region().substring(0, 2)),
            enterprise, plant.region(), plant.nace(), plant.employees(), true));
      }
    }
    for (String country : SampleRegions.COUNTRIES) {
      for (SampleClusters.Chain chain : SampleClusters.CHAINS) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < chain.chains(); i++) {
          ids.add(newEnterpriseId(country));
        }
        chainEnterprises.put(country + chain.nace(), ids);
      }
    }
    for (SampleClusters.ExtraRegio unit : SampleClusters.EXTRA_REGIO) {
      String country = unit.region().substring(0, 2);
      population.add(new Establishment(newEstablishmentId(country), newEnterpriseId(country),
          unit.region(), unit.nace(), unit.employees(), false));
    }
    for (String country : SampleRegions.COUNTRIES) {
      for (int i = 0; i < BACKGROUND_PER_COUNTRY.get(country); i++) {
        population.add(newBackground(country, false));
      }
    }
    for (SampleClusters.Cluster cluster : SampleClusters.CLUSTERS) {
      for (int i = 0; i < cluster.establishments(); i++) {
        population.add(newClustered(cluster, false));
      }
    }
    return population;
  }

  /** A new establishment, in a cluster or in the background economy in proportion to their sizes. */
  private Establishment newBirth() {
    int background = 0;
    for (int n : BACKGROUND_PER_COUNTRY.values()) {
      background += n;
    }
    if (draws.chance((double) totalClusterEstablishments / (totalClusterEstablishments + background))) {
      SampleClusters.Cluster cluster =
          draws.weighted(SampleClusters.CLUSTERS, c -> c.establishments());
      return newClustered(cluster, true);
    }
    String country = draws.weighted(SampleRegions.COUNTRIES, c -> BACKGROUND_PER_COUNTRY.get(c));
    return newBackground(country, true);
  }

  private Establishment newBackground(String country, boolean birth) {
    SampleRegions.Region region = draws.weighted(SampleRegions.inCountry(country),
        r -> StrictMath.pow(r.populationThousands(), 0.8));
    SampleSectors.Sector sector = draws.weighted(SampleSectors.BACKGROUND, s -> {
      double weight = s.weight();
      if (region.urban() && SampleSectors.isFarming(s.nace())) {
        weight *= 0.05;
      }
      if (region.urban() && (s.family() == SampleSectors.Family.ICT
          || s.family() == SampleSectors.Family.SERVICES)) {
        weight *= 1.5;
      }
      if (birth && s.family() == SampleSectors.Family.ICT) {
        weight *= ICT_BIRTH_BOOST;
      }
      return weight;
    });
    double median = sector.medianSize() * (birth ? NEW_SIZE_FACTOR : 1.0);
    double size = drawSize(sector.family(), median, 1.0, birth ? 0 : 0.01, birth);
    return newEstablishment(country, region, sector.nace(), size);
  }

  private Establishment newClustered(SampleClusters.Cluster cluster, boolean birth) {
    SampleRegions.Region region = SampleRegions.byCode(
        draws.weighted(cluster.regions(), SampleClusters.Weighted::weight).code());
    String nace = draws.weighted(cluster.classes(), SampleClusters.Weighted::weight).code();
    double median = cluster.medianSize() * (birth ? NEW_SIZE_FACTOR : 1.0);
    double size = drawSize(SampleSectors.familyOf(nace), median, 1.1, birth ? 0 : 0.03, birth);
    return newEstablishment(region.country(), region, nace, size);
  }

  /**
   * Heavy-tailed size: some units without employees, a log-normal body and a Pareto tail. New
   * establishments (births) start small.
   */
  private double drawSize(SampleSectors.Family family, double median, double sigma, double tailShare,
              boolean birth) {
    if (draws.chance(family.zeroEmployeeShare)) {
      return 0;
    }
    double size = draws.logNormal(median, sigma);
    if (draws.chance(tailShare)) {
      size = Math.max(size, median * draws.pareto(5, 1.3));
    }
    return Math.min(size, birth ? LARGEST_NEW_SIZE : LARGEST_RANDOM_SIZE);
  }

  private Establishment newEstablishment(String country, SampleRegions.Region region, String nace, double size) {
    String regionCode = region.code();
    double where = draws.uniform();
    if (where < NUTS1_ONLY_SHARE) {
      regionCode = region.nuts1();
    } else if (where < NUTS1_ONLY_SHARE + NUTS2_ONLY_SHARE) {
      regionCode = region.nuts2();
    }
    return new Establishment(newEstablishmentId(country), enterpriseFor(country, nace), regionCode, nace,
        size, false);
  }

  /** A chain outlet, a unit of a small group (same country and division), or a new enterprise. */
  private String enterpriseFor(String country, String nace) {
    for (SampleClusters.Chain chain : SampleClusters.CHAINS) {
      if (chain.nace().equals(nace) && draws.chance(chain.share())) {
        List<String> chains = chainEnterprises.get(country + nace);
        return chains.get(draws.index(chains.size()));
      }
    }
    String key = country + nace.substring(0, 2);
    String previous = lastEnterpriseByCountryAndDivision.get(key);
    String enterprise = previous != null && draws.chance(SMALL_GROUP_SHARE) ? previous : newEnterpriseId(country);
    lastEnterpriseByCountryAndDivision.put(key, enterprise);
    return enterprise;
  }

  private void grow(Establishment e) {
    if (e.size <= 0) {
      if (draws.chance(0.10)) {
        e.size = 1;
      }
      return;
    }
    double noise = e.anchor ? 0.01 : 0.08;
    e.size = e.size * StrictMath.exp(e.family.trend + noise * draws.gaussian());
  }

  private String newEstablishmentId(String country) {
    int n = nextEstablishment.merge(country, 1, Integer::sum);
    return String.format(Locale.ROOT, "%s-E%06d", country, n);
  }

  private String newEnterpriseId(String country) {
    int n = nextEnterprise.merge(country, 1, Integer::sum);
    return String.format(Locale.ROOT, "%s-N%06d", country, n);
  }
}
