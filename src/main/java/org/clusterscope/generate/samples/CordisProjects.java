package org.clusterscope.generate.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterscope.generate.Draws;

/**
 * Simulates about 150 research projects starting 2021-2023 under Horizon Europe (a few 2020 ones
 * under Horizon 2020), each led from a region and technology drawn from the {@link InnovationMap},
 * with consortia of 2-30 partners (one of 80): universities, research organisations, companies of
 * the clusters, public and other bodies, often across borders (Upper Rhine and Øresund above all),
 * a few outside Europe.
 */
final class CordisProjects {

  record Project(String id, String acronym, String status, String title, LocalDate start, LocalDate end,
      BigDecimal totalCost, BigDecimal ecMaxContribution, String legalBasis, String topic,
      LocalDate signature, String frameworkProgramme, String masterCall, String fundingScheme,
      String objective, String rcn, Technology technology) {
  }

  record Participation(Project project, CordisOrganisations.Organisation organisation, int order, String role,
      BigDecimal ecContribution, BigDecimal netEcContribution, BigDecimal totalCost,
      boolean ended) {
  }

  record Result(List<Project> projects, List<Participation> participations) {
  }

  static final int PROJECTS = 150;
  static final LocalDate CUT_OFF = LocalDate.of(2024, 6, 1);
  private static final int LARGEST_CONSORTIUM = 80;
  private static final double H2020_SHARE = 0.05;

  private final Draws draws;
  private final InnovationMap map;
  private final CordisOrganisations organisations;
  private final CordisText text;
  private final List<Project> projects = new ArrayList<>();
  private final List<Participation> participations = new ArrayList<>();
  private long lastHorizonId = 101_040_000L;
  private long lastH2020Id = 101_003_000L;

  private CordisProjects(long seed, InnovationMap map) {
    this.draws = new Draws(seed);
    this.map = map;
    this.organisations = new CordisOrganisations(new Draws(seed ^ 0x0E6A5L));
    this.text = new CordisText(new Draws(seed ^ 0x7E47L));
  }

  static Result simulate(long seed, InnovationMap map) {
    CordisProjects simulation = new CordisProjects(seed, map);
    for (int k = 0; k < PROJECTS; k++) {
      simulation.project(k == 0 ? LARGEST_CONSORTIUM : consortiumSize(simulation.draws));
    }
    List<Project> projects = new ArrayList<>(simulation.projects);
    projects.sort((a, b) -> a.id().compareTo(b.id()));
    List<Participation> participations = new ArrayList<>(simulation.participations);
    participations.sort((a, b) -> a.project().id().compareTo(b.project().id()));
    return new Result(projects, participations);
  }

  private static int consortiumSize(Draws draws) {
    return (int) Math.max(2, Math.min(30, StrictMath.round(draws.logNormal(4.8, 0.6))));
  }

  private void project(int size) {
    InnovationMap.Cell lead = map.draw(draws);
    Technology technology = lead.technology();
    boolean h2020 = draws.chance(H2020_SHARE);
    int year = h2020 ? 2020 : 2021 + draws.index(3);
    LocalDate start = LocalDate.of(year, 1 + draws.index(12), 1);
    LocalDate end = start.plusMonths(24 + 12L * draws.index(3)).minusDays(1);
    String scheme = h2020 ? (draws.chance(0.7) ? "RIA" : "IA")
        : draws.chance(0.15) ? "HORIZON-CSA" : draws.chance(0.7) ? "HORIZON-RIA" : "HORIZON-IA";
    String[] call = h2020 ? CordisText.h2020Call(technology) : CordisText.horizonCall(technology, year);
    String id = Long.toString(h2020 ? (lastH2020Id += 1 + draws.index(900))
        : (lastHorizonId += 1 + draws.index(400)));
    String acronym = text.acronym();
    List<CordisOrganisations.Organisation> members = consortium(lead, size);
    List<String> roles = new ArrayList<>();
    List<BigDecimal> contributions = new ArrayList<>();
    List<BigDecimal> costs = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal ec = BigDecimal.ZERO;
    for (int i = 0; i < members.size(); i++) {
      CordisOrganisations.Organisation member = members.get(i);
      String role = i == 0 ? "coordinator" : role(member, h2020);
      BigDecimal contribution = role.equals("participant") || role.equals("coordinator")
          ? money(draws.logNormal(i == 0 ? 520_000 : 340_000, 0.5)) : BigDecimal.ZERO;
      BigDecimal cost = contribution.signum() == 0 ? money(draws.logNormal(60_000, 0.5))
          : member.activityType().equals("PRC") && scheme.endsWith("IA")
          ? contribution.divide(new BigDecimal("0.7"), 2, RoundingMode.HALF_EVEN) : contribution;
      roles.add(role);
      contributions.add(contribution);
      costs.add(cost);
      total = total.add(cost);
      ec = ec.add(contribution);
    }
    Project project = new Project(id, acronym, end.isBefore(CUT_OFF) ? "CLOSED" : "SIGNED",
        text.title(technology), start, end, total, ec, call[0],
        h2020 ? call[1] : call[1] + "-0" + (1 + draws.index(6)),
        start.minusMonths(1 + draws.index(3)).plusDays(draws.index(25)), h2020 ? "H2020" : "HORIZON",
        h2020 ? call[2] : call[1], scheme, text.objective(technology, acronym),
        Integer.toString(230_000 + projects.size() * 97),
        technology);
    projects.add(project);
    for (int i = 0; i < members.size(); i++) {
      participations.add(new Participation(project, members.get(i), i + 1, roles.get(i), contributions.get(i),
          contributions.get(i), costs.get(i), draws.chance(0.02)));
    }
  }

  /** Swiss partners are associated (not funded) in Horizon Europe, as are partners outside Europe. */
  private String role(CordisOrganisations.Organisation member, boolean h2020) {
    if (member.nutsCode().isEmpty() || (!h2020 && member.country().equals("CH"))) {
      return "associatedPartner";
    }
    return draws.chance(0.05) ? "partner" : "participant";
  }

  /** The coordinator (a research organisation of the lead region if one fits, else a firm there), then partners. */
  private List<CordisOrganisations.Organisation> consortium(InnovationMap.Cell lead, int size) {
    List<CordisOrganisations.Organisation> members = new ArrayList<>();
    CordisOrganisations.Organisation coordinator = draws.uniform() < 0.55
        ? member(lead.technology(), List.of(lead.nuts3()), "RESEARCH") : null;
    members.add(coordinator != null ? coordinator : organisations.firm(lead.nuts3(), lead.technology()));
    for (int attempt = 0; members.size() < size && attempt < size * 30; attempt++) {
      double u = draws.uniform();
      List<String> regions;
      List<String> area = area(lead.nuts3());
      if (!area.isEmpty() && u < 0.3) {
        regions = area;
      } else if (u < 0.45) {
        regions = List.of(lead.nuts3().substring(0, 2));
      } else if (u < 0.97) {
        regions = List.of(SampleRegions.COUNTRIES.get(draws.index(SampleRegions.COUNTRIES.size())));
      } else {
        regions = List.of();
      }
      double t = draws.uniform();
      String type = t < 0.45 ? "RESEARCH" : t < 0.9 ? "PRC" : "OTHER";
      CordisOrganisations.Organisation member = member(lead.technology(), regions, type);
      if (member != null && !members.contains(member)) {
        members.add(member);
      }
    }
    return members;
  }

  /**
   * An organisation of {@code type} (RESEARCH: HES or REC, PRC, OTHER: PUB or OTH) in one of
   * {@code regions} (region codes or country codes; empty: outside Europe), or null when none fits.
   */
  private CordisOrganisations.Organisation member(Technology technology, List<String> regions, String type) {
    if (regions.isEmpty()) {
      List<SampleInstitutions.Institution> outside = SampleInstitutions.working(technology, null, true);
      return outside.isEmpty() ? null : organisations.institution(outside.get(draws.index(outside.size())));
    }
    if (type.equals("PRC")) {
      String region = regions.get(draws.index(regions.size()));
      String nuts3 = region.length() == 5 ? region : map.drawRegion(technology, region, draws);
      return nuts3 == null ? null : organisations.firm(nuts3, technology);
    }
    List<SampleInstitutions.Institution> candidates = new ArrayList<>();
    for (SampleInstitutions.Institution institution : SampleInstitutions.working(technology, null, false)) {
      boolean research = institution.type().equals("HES") || institution.type().equals("REC");
      boolean there = false;
      for (String region : regions) {
        there |= institution.nuts3().startsWith(region);
      }
      if (there && research == type.equals("RESEARCH")) {
        candidates.add(institution);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    return organisations.institution(candidates.get(draws.index(candidates.size())));
  }

  private static List<String> area(String nuts3) {
    for (List<String> area : List.of(PatentApplications.UPPER_RHINE, PatentApplications.ORESUND)) {
      if (area.contains(nuts3)) {
        return area;
      }
    }
    return List.of();
  }

  private static BigDecimal money(double value) {
    return BigDecimal.valueOf(StrictMath.round(value * 2)).divide(BigDecimal.valueOf(2), 1,
        RoundingMode.UNNECESSARY);
  }

  /** A {@code contentUpdateDate} in spring 2024. */
  static String timestamp(Draws draws) {
    return String.format(Locale.ROOT, "2024-%02d-%02d %02d:%02d:%02d", 4 + draws.index(3), 1 + draws.index(28),
        draws.index(24), draws.index(60), draws.index(60));
  }
}
