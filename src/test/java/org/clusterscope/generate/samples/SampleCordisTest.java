package org.clusterscope.generate.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CORDIS sample: semicolon-delimited, every field quoted, objectives over several lines,
 * consortia of the documented sizes, often across borders, and the planted defects where
 * DEFECTS.csv says (line = the line on which the record starts).
 */
class SampleCordisTest {

  private static final String PROJECTS = "cordis/project.csv";
  private static final String ORGANISATIONS = "cordis/organization.csv";
  private static final Set<String> ACTIVITY_TYPES = Set.of("PRC", "HES", "REC", "PUB", "OTH");
  private static final Set<String> ROLES = Set.of("coordinator", "participant", "partner", "associatedPartner");

  /** A record and the line it starts on. */
  private record Record(int line, List<String> fields) {
  }

  private static final Map<String, List<String>> projects = new HashMap<>();
  private static final List<List<String>> participations = new ArrayList<>();
  private static final Map<Integer, String> foundProjects = new TreeMap<>();
  private static final Map<Integer, String> foundOrganisations = new TreeMap<>();
  private static int multiLineObjectives;

  @BeforeAll
  static void validateEveryRecord() throws IOException {
    Set<String> nuts = SampleFiles.nutsCodes();
    List<Record> projectRecords = records(PROJECTS);
    for (Record record : projectRecords.subList(1, projectRecords.size())) {
      List<String> f = record.fields();
      String problem = f.size() != 20 ? "wrong_field_count" : !isDate(f.get(4)) ? "invalid_date"
          : projects.containsKey(f.get(0)) ? "duplicate_id" : null;
      if (problem != null) {
        foundProjects.put(record.line(), problem);
      } else {
        projects.put(f.get(0), f);
        multiLineObjectives += f.get(16).contains("\n") ? 1 : 0;
      }
    }
    Set<String> seen = new HashSet<>();
    List<Record> organisationRecords = records(ORGANISATIONS);
    for (Record record : organisationRecords.subList(1, organisationRecords.size())) {
      String problem = organisationProblem(record.fields(), nuts, seen);
      if (problem != null) {
        foundOrganisations.put(record.line(), problem);
      } else {
        participations.add(record.fields());
      }
    }
  }

  @Test
  void headersAreTheCordisOnes() throws IOException {
    assertEquals("id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;"
        + "ecSignatureDate;frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;"
        + "contentUpdateDate;rcn;grantDoi", firstLine(PROJECTS));
    assertEquals("projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;"
        + "postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;contentUpdateDate;rcn;"
        + "order;role;ecContribution;netEcContribution;totalCost;endOfParticipation;active",
        firstLine(ORGANISATIONS));
  }

  @Test
  void plantedDefectsAreExactlyTheRecordsTheValidatorRejects() throws IOException {
    assertEquals(SampleFiles.defects(PROJECTS), foundProjects);
    assertEquals(SampleFiles.defects(ORGANISATIONS), foundOrganisations);
  }

  @Test
  void projectsStart2021To2023UnderHorizonEuropeAndSomeIn2020UnderHorizon2020() {
    assertEquals(150, projects.size());
    int h2020 = 0;
    for (List<String> project : projects.values()) {
      int year = Integer.parseInt(project.get(4).substring(0, 4));
      assertEquals(year == 2020 ? "H2020" : "HORIZON", project.get(11), project.get(0));
      h2020 += year == 2020 ? 1 : 0;
      assertTrue(year >= 2020 && year <= 2023, project.get(0));
    }
    assertEquals(7, h2020, "H2020 projects (README)");
    assertEquals(45, multiLineObjectives, "objectives over several lines (README)");
  }

  @Test
  void consortiaHaveOneCoordinatorTwoToThirtyPartnersOneEightyAndOftenCrossBorders() {
    Map<String, List<List<String>>> byProject = new HashMap<>();
    for (List<String> p : participations) {
      byProject.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p);
    }
    assertEquals(889, participations.size(), "valid participations (README)");
    int crossBorder = 0;
    int largest = 0;
    for (Map.Entry<String, List<List<String>>> project : byProject.entrySet()) {
      List<List<String>> members = project.getValue();
      assertEquals(1, members.stream().filter(m -> m.get(19).equals("coordinator")).count(), project.getKey());
      assertTrue(members.size() >= 2, project.getKey());
      largest = Math.max(largest, members.size());
      crossBorder += members.stream().map(m -> m.get(11)).distinct().count() > 1 ? 1 : 0;
    }
    assertEquals(80, largest);
    assertTrue(byProject.values().stream().filter(m -> m.size() > 30).count() == 1, "one consortium above 30");
    SampleFiles.assertShare(0.5, 0.95, crossBorder, byProject.size(), "cross-border consortia");
  }

  @Test
  void organisationsCoverEveryActivityTypeAndNutsLevelAndSomeLieOutsideEurope() {
    Set<String> types = new HashSet<>();
    Set<Integer> nutsLengths = new HashSet<>();
    for (List<String> p : participations) {
      types.add(p.get(7));
      nutsLengths.add(p.get(12).length());
      assertTrue(ROLES.contains(p.get(19)), p.get(19));
      assertTrue(p.get(13).matches("-?\\d+\\.\\d{4},-?\\d+\\.\\d{4}"), p.get(13));
    }
    assertEquals(ACTIVITY_TYPES, types);
    assertEquals(Set.of(0, 3, 4, 5), nutsLengths);
  }

  @Test
  void projectContributionIsTheSumOfItsParticipantsContributions() {
    Map<String, Double> sums = new HashMap<>();
    for (List<String> p : participations) {
      sums.merge(p.get(0), amount(p.get(20)), Double::sum);
    }
    for (Map.Entry<String, Double> sum : sums.entrySet()) {
      assertEquals(amount(projects.get(sum.getKey()).get(7)), sum.getValue(), 0.01, sum.getKey());
    }
  }

  private static String organisationProblem(List<String> f, Set<String> nuts, Set<String> seen) {
    if (f.size() != 25) {
      return "wrong_field_count";
    }
    if (!projects.containsKey(f.get(0))) {
      return "unknown_project";
    }
    if (f.get(2).isEmpty()) {
      return "missing_value";
    }
    if (!ACTIVITY_TYPES.contains(f.get(7))) {
      return "invalid_activity_type";
    }
    String region = f.get(12);
    if (!region.isEmpty() && !nuts.contains(region)) {
      return region.matches("[A-Z]{2}[A-Z0-9]{0,3}") && !region.startsWith(f.get(11))
          ? "region_country_mismatch" : "invalid_region";
    }
    if (!region.isEmpty() && !region.startsWith(f.get(11))) {
      return "region_country_mismatch";
    }
    for (int column : new int[] {20, 21, 22}) {
      if (!f.get(column).matches("\\d+(,\\d+)?")) {
        return "invalid_amount";
      }
    }
    return seen.add(f.get(0) + "|" + f.get(2)) ? null : "duplicate_id";
  }

  private static double amount(String value) {
    return Double.parseDouble(value.replace(',', '.'));
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String firstLine(String file) throws IOException {
    return Files.readAllLines(SampleFiles.DATA.resolve(file), StandardCharsets.UTF_8).get(0);
  }

  /** The file's records, quoted line breaks kept inside their field, each with the line it starts on. */
  private static List<Record> records(String file) throws IOException {
    String text = Files.readString(SampleFiles.DATA.resolve(file), StandardCharsets.UTF_8);
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
          line += c == '\n' ? 1 : 0;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(new Record(start, fields));
        fields = new ArrayList<>();
        line++;
        start = line;
      } else {
        field.append(c);
      }
    }
    return records;
  }
}
