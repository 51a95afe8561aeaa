package org.clusterscope.generate.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterscope.generate.Draws;

/**
 * Simulates about 2,000 EP patent applications with priority years 2021-2023 (a few 2020). Each
 * has a lead region and technology drawn from the {@link InnovationMap} (so patents follow the
 * clusters), 1-10 inventors (a few 15-25, one 150), mostly in the lead region, some elsewhere in
 * the country, some across the border (above all in the Upper Rhine and Øresund areas) and a few
 * in the United States or Japan; IPC codes of its technology; and one to three applicants.
 */
final class PatentApplications {

  /** One row of the inventor or applicant file: a person at one address, with its shares as written. */
  record PersonRow(PatentPeople.Person person, String regShare, String share) {
  }

  record Application(long id, String publication, int priorityYear, int applicationYear, List<String> ipc,
      List<PersonRow> inventors, List<PersonRow> applicants) {
  }

  static final int APPLICATIONS = 2000;
  static final List<String> UPPER_RHINE = List.of("FRF12", "DE139", "CH031", "CH032");
  static final List<String> ORESUND = List.of("DK011", "DK012", "SE224");
  private static final int[] INVENTOR_COUNT_WEIGHTS = {0, 18, 22, 20, 14, 9, 6, 4, 3, 2, 1};
  private static final double LARGE_TEAM_SHARE = 0.01;
  private static final double SAME_COUNTRY_SHARE = 0.22;
  private static final double CROSS_BORDER_SHARE = 0.035;
  private static final double OTHER_COUNTRY_SHARE = 0.005;
  private static final double NON_SAMPLE_INVENTOR_SHARE = 0.02;
  private static final double TWO_ADDRESS_SHARE = 0.008;
  private static final double SECOND_TECHNOLOGY_SHARE = 0.12;

  private final Draws draws;
  private final InnovationMap map;
  private final PatentPeople people;
  private final FirmRegistry firms;
  private long lastId = 545_000_000L;
  private int lastPublication = 3_950_000;
  private boolean extraRegioPlaced;

  private PatentApplications(long seed, InnovationMap map) {
    this.draws = new Draws(seed);
    this.map = map;
    this.people = new PatentPeople(new Draws(seed ^ 0x9E0E1EL));
    this.firms = new FirmRegistry(new Draws(seed ^ 0xF12A5L));
  }

  static List<Application> simulate(long seed, InnovationMap map) {
    return new PatentApplications(seed, map).run();
  }

  private List<Application> run() {
    List<Application> applications = new ArrayList<>();
    for (int k = 0; k < APPLICATIONS; k++) {
      InnovationMap.Cell lead = k == 0 ? new InnovationMap.Cell("CH031", Technology.PHARMA, 1) : map.draw(draws);
      int inventors = k == 0 ? 150 : inventorCount();
      List<String> ipc = ipcCodes(lead.technology());
      if (k == 1) {
        ipc = List.of("A61K   8/02", "C07C  69/00", "A61Q  19/00");
        lead = new InnovationMap.Cell("FRK26", Technology.CHEMICALS, 1);
      } else if (k == 2) {
        ipc = List.of("C07C  51/00", "A61K  31/00", "A61P  35/00");
        lead = new InnovationMap.Cell("CH031", Technology.PHARMA, 1);
      }
      applications.add(application(lead, inventors, ipc));
    }
    return applications;
  }

  private Application application(InnovationMap.Cell lead, int inventorCount, List<String> ipc) {
    lastId += 1 + draws.index(2500);
    lastPublication += 1 + draws.index(60);
    double year = draws.uniform();
    int priority = year < 0.02 ? 2020 : year < 0.35 ? 2021 : year < 0.68 ? 2022 : 2023;
    int filed = draws.chance(0.3) ? priority + 1 : priority;
    List<PatentPeople.Person> persons = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; persons.size() < inventorCount; i++) {
      PatentPeople.Person person = people.inRegion(inventorRegion(lead, i));
      if (!ids.contains(person.id())) {
        persons.add(person);
        ids.add(person.id());
      }
    }
    if (draws.chance(NON_SAMPLE_INVENTOR_SHARE)) {
      persons.add(people.outsideSample());
    }
    if (!extraRegioPlaced && lead.nuts3().startsWith("FR") && persons.size() >= 2) {
      persons.set(1, people.extraRegio());
      extraRegioPlaced = true;
    }
    String share = share(persons.size());
    List<PersonRow> rows = new ArrayList<>();
    for (PatentPeople.Person person : persons) {
      if (person.regCode().length() == 5 && !person.regCode().endsWith("Z") && draws.chance(TWO_ADDRESS_SHARE)) {
        String other = SampleRegions.drawWithin(person.country(), draws).code();
        while (other.equals(person.regCode())) {
          other = SampleRegions.drawWithin(person.country(), draws).code();
        }
        rows.add(new PersonRow(person, "0.5", share));
        rows.add(new PersonRow(people.secondAddress(person, other), "0.5", share));
      } else {
        rows.add(new PersonRow(person, "1", share));
      }
    }
    return new Application(lastId, String.format(Locale.ROOT, "EP%d", lastPublication), priority, filed, ipc,
        rows, applicants(lead));
  }

  private String inventorRegion(InnovationMap.Cell lead, int slot) {
    if (slot == 0) {
      return lead.nuts3();
    }
    double u = draws.uniform();
    for (List<String> area : List.of(UPPER_RHINE, ORESUND)) {
      if (area.contains(lead.nuts3()) && u < CROSS_BORDER_SHARE) {
        List<String> across = new ArrayList<>();
        for (String region : area) {
          if (!region.startsWith(lead.nuts3().substring(0, 2))) {
            across.add(region);
          }
        }
        String region = map.drawRegionAmong(lead.technology(), across, draws);
        return region != null ? region : across.get(draws.index(across.size()));
      }
    }
    if (u < OTHER_COUNTRY_SHARE) {
      String country = SampleRegions.COUNTRIES.get(draws.index(SampleRegions.COUNTRIES.size()));
      String region = map.drawRegion(lead.technology(), country, draws);
      return region != null ? region : lead.nuts3();
    }
    if (u < OTHER_COUNTRY_SHARE + SAME_COUNTRY_SHARE) {
      String region = map.drawRegion(lead.technology(), lead.nuts3().substring(0, 2), draws);
      return region != null ? region : lead.nuts3();
    }
    return lead.nuts3();
  }

  private int inventorCount() {
    if (draws.chance(LARGE_TEAM_SHARE)) {
      return 15 + draws.index(11);
    }
    double total = 0;
    for (int weight : INVENTOR_COUNT_WEIGHTS) {
      total += weight;
    }
    double target = draws.uniform() * total;
    for (int n = 1; n < INVENTOR_COUNT_WEIGHTS.length; n++) {
      target -= INVENTOR_COUNT_WEIGHTS[n];
      if (target < 0) {
        return n;
      }
    }
    return INVENTOR_COUNT_WEIGHTS.length - 1;
  }

  private List<String> ipcCodes(Technology technology) {
    int count = 1 + (draws.chance(0.65) ? 1 + (draws.chance(0.45) ? 1 + (draws.chance(0.3) ? 1 : 0) : 0) : 0);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String code = technology.ipcCodes.get(draws.index(technology.ipcCodes.size()));
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    if (draws.chance(SECOND_TECHNOLOGY_SHARE)) {
      Technology other = Technology.values()[draws.index(Technology.values().length)];
      String code = other.ipcCodes.get(draws.index(other.ipcCodes.size()));
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }

  /** A firm of the lead region, sometimes with a university or research institute, rarely a foreign firm. */
  private List<PersonRow> applicants(InnovationMap.Cell lead) {
    List<PatentPeople.Person> applicants = new ArrayList<>();
    double u = draws.uniform();
    if (u < 0.08) {
      applicants.add(institution(lead));
    } else {
      FirmRegistry.Firm firm = firms.firm(lead.nuts3(), lead.technology());
      applicants.add(firmApplicant(firm, lead.nuts3()));
      if (u > 0.88) {
        applicants.add(institution(lead));
      } else if (u > 0.85) {
        String country = draws.chance(0.7) ? "US" : "JP";
        applicants.add(firmApplicant(firms.foreignFirm(country, lead.technology()),
            country.equals("US") ? "US25" : "JP13"));
      }
    }
    String share = share(applicants.size());
    List<PersonRow> rows = new ArrayList<>();
    for (PatentPeople.Person applicant : applicants) {
      rows.add(new PersonRow(applicant, "1", share));
    }
    return rows;
  }

  private PatentPeople.Person institution(InnovationMap.Cell lead) {
    List<SampleInstitutions.Institution> candidates = new ArrayList<>();
    for (SampleInstitutions.Institution institution : SampleInstitutions.working(lead.technology(), null, false)) {
      boolean research = institution.type().equals("HES") || institution.type().equals("REC");
      if (research && institution.country().equals(lead.nuts3().substring(0, 2))) {
        candidates.add(institution);
      }
    }
    if (candidates.isEmpty()) {
      candidates.addAll(SampleInstitutions.working(lead.technology(), "HES", false));
    }
    SampleInstitutions.Institution chosen = candidates.get(draws.index(candidates.size()));
    return new PatentPeople.Person(79_000_000L + SampleInstitutions.ALL.indexOf(chosen), chosen.name(),
        chosen.street(), chosen.city(), chosen.postCode(), chosen.nuts3(), chosen.country());
  }

  private static PatentPeople.Person firmApplicant(FirmRegistry.Firm firm, String regCode) {
    return new PatentPeople.Person(70_000_000L + firm.number(), firm.name(), firm.street(), firm.place().city(),
        firm.place().postalCode(), regCode, regCode.substring(0, 2));
  }

  /** 1/n as REGPAT writes shares: {@code 1}, {@code 0.5}, {@code 0.333333}. */
  static String share(int n) {
    return BigDecimal.ONE.divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }
}
