package org.clusterscope.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clusterscope.generate.formats.CordisFiles;
import org.clusterscope.generate.formats.CsvText;

/**
 * CORDIS-like projects and participations (semicolon, every field quoted, comma decimals, the full
 * {@code organization.csv} layout), written until the requested number of participations.
 * Consortia have 2 to 50 partners (median 4, mean 6.5; 0.5% have 51 to 80); the coordinator sits where
 * innovation is, about 40% of partners in its country and the rest across Europe. Organisations
 * are a fixed, heavy-tailed pool per region (a region's university and research institute take
 * part far more often than its average company), so the same ids recur across projects.
 */
final class CordisStream {
  private static final long FIRST_PROJECT = 101_000_001L;
  private static final long FIRST_ORGANISATION = 900_000_000L;
  private static final int ORGANISATIONS_PER_REGION = 200;
  private static final double SAME_COUNTRY_PARTNER = 0.4;
  private static final String[] TYPES_BY_SLOT = {"HES", "REC", "HES", "PUB", "REC", "OTH"};

  private final Regions regions;
  private final Draws draws;
  private final int year;
  private long rcn = 3_000_000L;

  CordisStream(Regions regions, Draws draws, int year) {
    this.regions = regions;
    this.draws = draws;
    this.year = year;
  }

  /** A participant: an organisation of the pool and what it receives. */
  private record Partner(int region, int slot, double contribution, double cost) {}

  void generate(long participations, LineFile organizations, LineFile projects) {
    long project = FIRST_PROJECT;
    while (organizations.rows() < participations) {
      long remaining = participations - organizations.rows();
      int size = (int) Math.min(consortiumSize(), remaining);
      if (remaining - size == 1) { // never leave a consortium of one for the end
        size = size < 80 ? size + 1 : size - 1;
      }
      List<Partner> partners = consortium(size);
      String month = Ids.zeroPadded(1 + draws.index(12), 2);
      String acronym = "SYN" + (project - FIRST_PROJECT + 1);
      double ecTotal = 0;
      double costTotal = 0;
      for (int order = 0; order < partners.size(); order++) {
        Partner p = partners.get(order);
        boolean unfunded = order > 0 && draws.chance(0.05);
        double contribution = unfunded ? 0 : p.contribution();
        ecTotal += contribution;
        costTotal += p.cost();
        organizations.line(organization(project, acronym, p, order, unfunded, contribution));
      }
      projects.line(project(project, acronym, month, ecTotal, costTotal));
      project++;
    }
  }

  private int consortiumSize() {
    if (draws.chance(0.005)) {
      return 51 + draws.index(30);
    }
    return (int) Math.min(50, Math.floor(draws.pareto(2.0, 1.4)) + draws.index(3));
  }

  private List<Partner> consortium(int size) {
    int coordinator = regions.byInnovation(draws);
    List<Partner> partners = new ArrayList<>(size);
    Set<Long> seen = new HashSet<>();
    while (partners.size() < size) {
      int region = partners.isEmpty() ? coordinator
          : draws.chance(SAME_COUNTRY_PARTNER) ? regions.inCountry(regions.countryIndex(coordinator), draws)
          : regions.byInnovation(draws);
      int slot = (int) Math.min(ORGANISATIONS_PER_REGION - 1, Math.floor(draws.pareto(1.0, 0.9)) - 1);
      if (seen.add(organisationId(region, slot))) {
        double contribution = Math.round(draws.logNormal(300_000, 0.8) * 2) / 2.0;
        partners.add(new Partner(region, slot, contribution, Math.round(contribution * 1.3 * 100) / 100.0));
      }
    }
    return partners;
  }

  private static long organisationId(int region, int slot) {
    return FIRST_ORGANISATION + (long) region * ORGANISATIONS_PER_REGION + slot;
  }

  private String organization(long project, String acronym, Partner p, int order, boolean unfunded, double contribution) {
    String type = p.slot() < TYPES_BY_SLOT.length ? TYPES_BY_SLOT[p.slot()] : p.slot() % 10 == 7 ? "OTH" : "PRC";
    String region = regions.code(p.region());
    long id = organisationId(p.region(), p.slot());
    // about one organisation in eight reports only its NUTS 2 region, as in CORDIS
    String nuts = id % 8 == 3 ? region.substring(0, 4) : region;
    String role = order == 0 ? "coordinator" : unfunded ? "partner" : "participant";
    return CsvText.joinQuotingAll(List.of(Long.toString(project), acronym, Long.toString(id), "",
        name(type, region, p.slot()), "", Boolean.toString(type.equals("PRC") && p.slot() > 20), type,
        "Street " + (1 + p.slot()), "", "City " + region, regions.country(p.region()).nuts(), nuts, "", "", "",
        year + "-12-31 12:00:00", Long.toString(rcn++), Integer.toString(order + 1), role, amount(contribution),
        amount(contribution), amount(p.cost()), "false", "true"), ';');
  }

  private static String name(String type, String region, int slot) {
    return switch (type) {
      case "HES" -> "University " + region + (slot == 0 ? "" : " " + slot);
      case "REC" -> "Research Institute " + region + " " + slot;
      case "PUB" -> "Regional Agency " + region;
      case "OTH" -> "Association " + region + " " + slot;
      default -> "Company " + region + "-" + slot;
    };
  }

  private String project(long id, String acronym, String month, double ecTotal, double costTotal) {
    String objective = acronym + " will develop and validate solutions for industrial clusters; partners from"
        + (draws.chance(0.1) ? "\n" : " ") + "several regions take part.";
    return CsvText.joinQuotingAll(List.of(Long.toString(id), acronym, "SIGNED", "Synthetic project " + acronym,
        year + "-" + month + "-01", (year + 3) + "-" + month + "-01", amount(costTotal), amount(ecTotal),
        "HORIZON.2.4", "HORIZON-CL4-" + year, year + "-01-15", year >= 2021 ? "HORIZON" : "H2020",
        "HORIZON-CL4-" + year, "HORIZON-CL4-" + year + "-01", "HORIZON-RIA", "", objective,
        year + "-12-31 12:00:00", Long.toString(rcn++), "10.3030/" + id), ';');
  }

  /** Comma decimals without trailing zeros, as CORDIS writes them: {@code 411223,5}. */
  static String amount(double value) {
    return CordisFiles.amount(new BigDecimal(String.format(Locale.ROOT, "%.2f", value)));
  }
}
