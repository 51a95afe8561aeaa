package org.clusterscope.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * REGPAT-like applications, written as they are drawn until the requested number of inventor rows
 * is reached (the last team is cut to fit, with shares that still add up). Teams have 1 to 10
 * inventors, geometric-ish (a few 11-25 and a very few 50-200); about a quarter of multi-inventor
 * teams span regions of one country and about 6% cross a border. Lead regions follow population
 * times patenting intensity; IPC codes (1-4) follow a division in which the lead region has a
 * cluster, or any division with concordance codes.
 */
final class PatentStream {
  private static final long FIRST_APPLICATION = 600_000_001L;
  private static final long FIRST_PERSON = 40_000_001L;
  private static final double CROSS_BORDER = 0.06;
  private static final double CROSS_REGION = 0.25;
  private static final double TWO_ADDRESSES = 0.02;
  private static final double PROLIFIC = 0.2;
  private static final double CLUSTER_TECHNOLOGY = 0.6;

  private final Regions regions;
  private final IpcCodes ipc;
  private final Draws draws;
  private final String year;
  private final int[][] clusterDivisions;
  private final long[] lastPerson;
  private final String[] shares = new String[201];
  private final StringBuilder line = new StringBuilder(128);
  private long nextPerson = FIRST_PERSON;

  PatentStream(Regions regions, Sectors sectors, IpcCodes ipc, Draws draws, int year) {
    this.regions = regions;
    this.ipc = ipc;
    this.draws = draws;
    this.year = Integer.toString(year);
    this.clusterDivisions = clusterDivisions(regions, sectors, ipc);
    this.lastPerson = new long[regions.size()];
    for (int k = 1; k < shares.length; k++) {
      shares[k] = k == 1 ? "1" : String.format(java.util.Locale.ROOT, "%.6f", 1.0 / k);
    }
  }

  /** Per region, the IPC divisions (indexes) of the agglomerated classes it is a cluster region of. */
  private static int[][] clusterDivisions(Regions regions, Sectors sectors, IpcCodes ipc) {
    List<List<Integer>> byRegion = new ArrayList<>();
    for (int r = 0; r < regions.size(); r++) {
      byRegion.add(new ArrayList<>());
    }
    for (int s = 0; s < sectors.size(); s++) {
      int division = ipc.divisionIndex(sectors.code(s).substring(0, 2));
      if (division >= 0) {
        for (int region : sectors.clusterRegions(s)) {
          byRegion.get(region).add(division);
        }
      }
    }
    return byRegion.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  /** Writes applications until {@code inventorRows} inventor rows are written. */
  void generate(long inventorRows, LineFile inventors, LineFile ipcFile) {
    long application = FIRST_APPLICATION;
    while (inventors.rows() < inventorRows) {
      int team = (int) Math.min(teamSize(), inventorRows - inventors.rows());
      int[] teamRegions = teamRegions(team);
      long extraRows = inventorRows - inventors.rows() - team;
      long[] persons = new long[team];
      for (int i = 0; i < team; i++) {
        persons[i] = person(teamRegions[i], persons, i);
        int second = extraRows > 0 && draws.chance(TWO_ADDRESSES) ? otherRegionInCountry(teamRegions[i]) : -1;
        if (second >= 0) {
          extraRows--;
          inventors.line(inventor(application, persons[i], teamRegions[i], "0.5", team));
          inventors.line(inventor(application, persons[i], second, "0.5", team));
        } else {
          inventors.line(inventor(application, persons[i], teamRegions[i], "1", team));
        }
      }
      for (String code : codes(teamRegions[0])) {
        ipcFile.line(application + "|" + year + "|" + year + "|" + code);
      }
      application++;
    }
  }

  private int teamSize() {
    if (draws.chance(0.002)) {
      return 50 + draws.index(151);
    }
    if (draws.chance(0.01)) {
      return 11 + draws.index(15);
    }
    int size = 1;
    while (size < 10 && draws.chance(0.55)) {
      size++;
    }
    return size;
  }

  private int[] teamRegions(int team) {
    int lead = regions.byInnovation(draws);
    int[] result = new int[team];
    Arrays.fill(result, lead);
    if (team < 2) {
      return result;
    }
    double kind = draws.uniform();
    if (kind < CROSS_BORDER) {
      result[1] = foreignRegion(lead);
      for (int i = 2; i < team; i++) {
        result[i] = draws.chance(0.3) ? foreignRegion(lead) : nearby(lead);
      }
    } else if (kind < CROSS_BORDER + CROSS_REGION) {
      int other = otherRegionInCountry(lead);
      result[1] = other >= 0 ? other : lead;
      for (int i = 2; i < team; i++) {
        result[i] = nearby(lead);
      }
    }
    return result;
  }

  private int nearby(int lead) {
    return draws.chance(0.5) ? lead : regions.inCountry(regions.countryIndex(lead), draws);
  }

  private int foreignRegion(int lead) {
    int region = regions.byInnovation(draws);
    while (regions.countryIndex(region) == regions.countryIndex(lead)) {
      region = regions.byInnovation(draws);
    }
    return region;
  }

  /** Another region of the same country, or -1 when the country has only one. */
  private int otherRegionInCountry(int region) {
    int country = regions.countryIndex(region);
    if (regions.regionsIn(country) < 2) {
      return -1;
    }
    int other = regions.inCountry(country, draws);
    while (other == region) {
      other = regions.inCountry(country, draws);
    }
    return other;
  }

  /** A new inventor, or now and then the region's last one again (prolific inventors). */
  private long person(int region, long[] team, int filled) {
    long last = lastPerson[region];
    if (last != 0 && draws.chance(PROLIFIC)) {
      boolean inTeam = false;
      for (int i = 0; i < filled; i++) {
        inTeam |= team[i] == last;
      }
      if (!inTeam) {
        return last;
      }
    }
    lastPerson[region] = nextPerson;
    return nextPerson++;
  }

  private CharSequence inventor(long application, long person, int region, String regShare, int team) {
    Country country = regions.country(region);
    line.setLength(0);
    return line.append(application).append('|').append(person).append("|EP").append(application - 596_000_000L)
        .append("|Inventor ").append(person).append("||City ").append(regions.code(region)).append("||")
        .append(regions.code(region)).append('|').append(country.iso()).append('|').append(regShare).append('|')
        .append(shares[team]);
  }

  /** 1-4 distinct codes, mostly of one division: a cluster division of the lead region if it has one. */
  private List<String> codes(int lead) {
    int[] clusters = clusterDivisions[lead];
    int division = clusters.length > 0 && draws.chance(CLUSTER_TECHNOLOGY)
        ? clusters[draws.index(clusters.length)] : draws.index(ipc.divisionCount());
    int count = 1;
    while (count < 4 && draws.chance(0.45)) {
      count++;
    }
    List<String> codes = new ArrayList<>(count);
    for (int attempt = 0; codes.size() < count && attempt < 20; attempt++) {
      int d = draws.chance(0.8) ? division : draws.index(ipc.divisionCount());
      String code = ipc.draw(d, draws);
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }
}
