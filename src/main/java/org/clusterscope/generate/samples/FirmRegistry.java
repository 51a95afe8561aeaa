package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterscope.generate.Draws;

/**
 * The companies that patent or join research projects, created as they are needed: a region's
 * firms in a technology are reused with growing probability, so a few firms patent often.
 */
final class FirmRegistry {

  /** A company with its address; {@code sme} marks small and medium-sized enterprises. */
  record Firm(int number, String name, String nuts3, Technology technology, SamplePlaces.Place place,
        String street, boolean sme) {
  }

  private static final double NEW_FIRM_SHARE = 0.35;

  private final Draws draws;
  private final Map<String, List<Firm>> byRegionAndTechnology = new LinkedHashMap<>();
  private int created;

  FirmRegistry(Draws draws) {
    this.draws = draws;
  }

  /** A firm of {@code technology} in {@code nuts3}: an existing one, or a new one now and then. */
  Firm firm(String nuts3, Technology technology) {
    List<Firm> firms = byRegionAndTechnology.computeIfAbsent(nuts3 + " " + technology, k -> new ArrayList<>());
    if (!firms.isEmpty() && !draws.chance(NEW_FIRM_SHARE)) {
      return firms.get(draws.index(firms.size()));
    }
    String country = nuts3.substring(0, 2);
    Firm firm = new Firm(++created, FirmNames.name(country, technology, draws), nuts3, technology,
        SamplePlaces.draw(nuts3, draws), PersonNames.street(country, draws), draws.chance(0.6));
    firms.add(firm);
    return firm;
  }

  /** A firm outside the sample's countries (a US or Japanese parent company). */
  Firm foreignFirm(String country, Technology technology) {
    SamplePlaces.Place place = country.equals("US")
        ? new SamplePlaces.Place("", "Boston", "02110", 42.3601, -71.0589, 1)
        : new SamplePlaces.Place("", "Tokyo", "100-0005", 35.6812, 139.7671, 1);
    return new Firm(++created, FirmNames.name(country, technology, draws), "", technology, place,
        PersonNames.street(country, draws), false);
  }
}
