package org.clusterscope.generate;

import java.util.function.Consumer;

/**
 * Draws establishments enterprise by enterprise and hands each to a consumer as soon as it is
 * drawn, so nothing accumulates. Most enterprises have one establishment; a few percent have
 * several (Pareto-many, up to 200: chains, groups), in one country, mostly in the same class,
 * spread over its regions.
 */
final class EstablishmentStream {
  private static final double MULTI_ESTABLISHMENT_SHARE = 0.04;
  private static final int MAX_ESTABLISHMENTS_PER_ENTERPRISE = 200;
  private static final double SAME_SECTOR_IN_ENTERPRISE = 0.7;
  private static final double SAME_REGION_IN_ENTERPRISE = 0.3;
  private static final double BAND_ONLY_SHARE = 0.03;
  private static final double CLOSED_SHARE = 0.02;

  private final Regions regions;
  private final Sectors sectors;
  private final Draws draws;

  EstablishmentStream(Regions regions, Sectors sectors, Draws draws) {
    this.regions = regions;
    this.sectors = sectors;
    this.draws = draws;
  }

  /** Draws {@code count} establishments in order and gives each to {@code sink}. */
  void generate(long count, Consumer<Establishment> sink) {
    long made = 0;
    long enterprise = 0;
    while (made < count) {
      enterprise++;
      int size = 1;
      if (draws.chance(MULTI_ESTABLISHMENT_SHARE)) {
        size = (int) Math.min(MAX_ESTABLISHMENTS_PER_ENTERPRISE, Math.floor(draws.pareto(2.0, 1.2)));
      }
      size = (int) Math.min(size, count - made);
      int sector = sectors.draw(draws);
      int region = sectors.region(sector, regions, draws);
      for (int ordinal = 1; ordinal <= size; ordinal++) {
        if (ordinal > 1) {
          if (!draws.chance(SAME_SECTOR_IN_ENTERPRISE)) {
            sector = sectors.draw(draws);
          }
          if (!draws.chance(SAME_REGION_IN_ENTERPRISE)) {
            region = regions.inCountry(regions.countryIndex(region), draws);
          }
        }
        made++;
        sink.accept(new Establishment(made, enterprise, ordinal, region, sector, sectors.employees(sector, draws),
            draws.chance(BAND_ONLY_SHARE), draws.chance(CLOSED_SHARE)));
      }
    }
  }
}
