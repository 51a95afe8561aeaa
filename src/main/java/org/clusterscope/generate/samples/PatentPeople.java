package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterscope.generate.Draws;

/**
 * The inventors of the patent sample: a pool per region, from which applications take known
 * inventors again (prolific ones appear on many applications) or add new ones.
 */
final class PatentPeople {

  /** An inventor and the address REGPAT gives for them; {@code regCode} is NUTS 3 or an OECD TL code. */
  record Person(long id, String name, String address, String city, String postalCode, String regCode,
      String country) {
  }

  /** OECD TL2 / TL3 regions used for the few inventors outside the sample's countries. */
  static final List<String[]> NON_SAMPLE_REGIONS = List.of(
      new String[] {"US06", "US", "San Diego", "92121"}, new String[] {"US25", "US", "Cambridge", "02139"},
      new String[] {"US34", "US", "Princeton", "08540"}, new String[] {"JP13", "JP", "Tokyo", "100-0005"},
      new String[] {"JP27", "JP", "Osaka", "530-0001"});

  private static final double NEW_PERSON_SHARE = 0.5;
  private static final long FIRST_ID = 48_000_000L;

  private final Draws draws;
  private final Map<String, List<Person>> byRegion = new LinkedHashMap<>();
  private long lastId = FIRST_ID;

  PatentPeople(Draws draws) {
    this.draws = draws;
  }

  /** An inventor living in {@code nuts3}: a known one, or a new one. */
  Person inRegion(String nuts3) {
    List<Person> pool = byRegion.computeIfAbsent(nuts3, k -> new ArrayList<>());
    if (!pool.isEmpty() && !draws.chance(NEW_PERSON_SHARE)) {
      return pool.get(draws.index(pool.size()));
    }
    String country = nuts3.substring(0, 2);
    SamplePlaces.Place place = SamplePlaces.draw(nuts3, draws);
    Person person = new Person(nextId(), PersonNames.inventorName(country, draws),
        PersonNames.street(country, draws), place.city(), place.postalCode(), nuts3, country);
    pool.add(person);
    return person;
  }

  /** A new inventor in the United States or Japan. */
  Person outsideSample() {
    String[] region = NON_SAMPLE_REGIONS.get(draws.index(NON_SAMPLE_REGIONS.size()));
    return new Person(nextId(), PersonNames.inventorName(region[1], draws), PersonNames.street(region[1], draws),
        region[2], region[3], region[0], region[1]);
  }

  /** The same person at a second address in {@code nuts3} (REGPAT then splits the person with reg_share 0.5). */
  Person secondAddress(Person person, String nuts3) {
    SamplePlaces.Place place = SamplePlaces.draw(nuts3, draws);
    return new Person(person.id(), person.name(), PersonNames.street(nuts3.substring(0, 2), draws), place.city(),
        place.postalCode(), nuts3, nuts3.substring(0, 2));
  }

  /** A new inventor registered extra-regio ({@code FRZZZ}), without town. */
  Person extraRegio() {
    return new Person(nextId(), PersonNames.inventorName("FR", draws), "Plateforme offshore", "", "", "FRZZZ",
        "FR");
  }

  private long nextId() {
    lastId += 1 + draws.index(40);
    return lastId;
  }
}
