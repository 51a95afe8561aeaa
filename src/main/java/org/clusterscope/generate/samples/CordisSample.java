package org.clusterscope.generate.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clusterscope.generate.Draws;
import org.clusterscope.generate.formats.CordisFiles;
import org.clusterscope.generate.formats.CsvText;

/**
 * Writes {@code cordis/project.csv} and {@code cordis/organization.csv} as the CORDIS bulk
 * exports are: semicolon-delimited, UTF-8, every field in double quotes (inner quotes doubled),
 * comma decimals, objectives with quoted line breaks; plus deliberately malformed lines.
 */
final class CordisSample {

  static final String SOURCE = "cordis";
  static final String PROJECTS = "cordis/project.csv";
  static final String ORGANISATIONS = "cordis/organization.csv";
  private static final String UNKNOWN_PROJECT = "101999999";

  private CordisSample() {
  }

  static List<PlantedDefect> write(Path dataSamples, long seed, InnovationMap map) throws IOException {
    CordisProjects.Result result = CordisProjects.simulate(seed, map);
    Draws draws = new Draws(seed ^ 0xDA7EL);
    List<CordisProjects.Project> projects = result.projects();
    List<String> projectLines = new ArrayList<>();
    for (CordisProjects.Project project : projects) {
      projectLines.add(CsvText.joinQuotingAll(projectFields(project, project.id(), project.acronym(),
          CordisProjects.timestamp(draws)), ';'));
    }
    List<CordisProjects.Participation> participations = result.participations();
    List<List<String>> organisationRows = new ArrayList<>();
    for (int i = 0; i < participations.size(); i++) {
      organisationRows.add(organisationFields(participations.get(i), participations.get(i).organisation(),
          2_000_000 + i, CordisProjects.timestamp(draws)));
    }
    List<String> organisationLines = new ArrayList<>();
    for (List<String> row : organisationRows) {
      organisationLines.add(CsvText.joinQuotingAll(row, ';'));
    }
    DefectPlanter.Result projectResult = DefectPlanter.plant(SOURCE, PROJECTS, projectLines,
        projectDefects(projects));
    DefectPlanter.Result organisationResult = DefectPlanter.plant(SOURCE, ORGANISATIONS, organisationLines,
        organisationDefects(participations, organisationRows));
    SampleFileWriter.write(dataSamples.resolve(PROJECTS), SampleFileWriter.UTF8_LF, CordisFiles.PROJECT_HEADER,
        projectResult.lines());
    SampleFileWriter.write(dataSamples.resolve(ORGANISATIONS), SampleFileWriter.UTF8_LF, CordisFiles.ORGANISATION_HEADER,
        organisationResult.lines());
    List<PlantedDefect> defects = new ArrayList<>(projectResult.defects());
    defects.addAll(organisationResult.defects());
    return defects;
  }

  private static List<String> projectFields(CordisProjects.Project p, String id, String acronym, String updated) {
    return new ArrayList<>(List.of(id, acronym, p.status(), p.title(), p.start().toString(), p.end().toString(),
        CordisFiles.amount(p.totalCost()), CordisFiles.amount(p.ecMaxContribution()),
        p.legalBasis(), p.topic(), p.signature().toString(), p.frameworkProgramme(), p.masterCall(),
        p.masterCall(), p.fundingScheme(), "", p.objective(), updated, p.rcn(), "10.3030/" + id));
  }

  private static List<String> organisationFields(CordisProjects.Participation p,
      CordisOrganisations.Organisation o, int rcn, String updated) {
    return new ArrayList<>(List.of(p.project().id(), p.project().acronym(), o.id(), o.vatNumber(), o.name(),
        o.shortName(), Boolean.toString(o.sme()), o.activityType(), o.street(), o.postCode(), o.city(),
        o.country(), o.nutsCode(), o.geolocation(), o.url(), "", updated, Integer.toString(rcn),
        Integer.toString(p.order()), p.role(), CordisFiles.amount(p.ecContribution()),
        CordisFiles.amount(p.netEcContribution()), CordisFiles.amount(p.totalCost()),
        Boolean.toString(p.ended()), Boolean.toString(!p.ended())));
  }

  private static List<DefectPlanter.Spec> projectDefects(List<CordisProjects.Project> projects) {
    return List.of(
        new DefectPlanter.Spec("invalid_date", false, (before, lineOf) -> {
          CordisProjects.Project template = projects.get(before - 1);
          List<String> fields = projectFields(template, "101999001", "BADDATE", "2024-05-02 10:00:00");
          fields.set(4, "2021-13-45");
          fields.set(16, "A project whose start date is not a date.");
          return DefectPlanter.Planted.utf8(CsvText.joinQuotingAll(fields, ';'),
              "startDate 2021-13-45 is not a date (project 101999001 has no participants)");
        }),
        new DefectPlanter.Spec("duplicate_id", false, (before, lineOf) -> {
          int original = before / 2;
          CordisProjects.Project first = projects.get(original);
          List<String> fields = projectFields(projects.get(before - 1), first.id(), "DUPLICA",
              "2024-05-02 10:00:00");
          fields.set(16, "Another project under an id that is already taken.");
          return DefectPlanter.Planted.utf8(CsvText.joinQuotingAll(fields, ';'), "id " + first.id()
              + " is already the id of " + first.acronym() + " on line " + lineOf.applyAsInt(original));
        }));
  }

  private static List<DefectPlanter.Spec> organisationDefects(List<CordisProjects.Participation> participations,
                                List<List<String>> rows) {
    return List.of(
        changed("invalid_activity_type", participations, 1, 7, "XYZ", "activityType XYZ is not one of"
            + " PRC, HES, REC, PUB, OTH"),
        changed("invalid_region", participations, 2, 12, "FR1011",
            "nutsCode FR1011 has 6 characters: no NUTS level has that"),
        changed("region_country_mismatch", participations, 3, 12, "DE111",
            "nutsCode DE111 is in Germany but country is FR"),
        changed("invalid_amount", participations, 4, 20, "12.5.0", "ecContribution 12.5.0 is not a number"),
        changed("unknown_project", participations, 5, 0, UNKNOWN_PROJECT,
            "projectID " + UNKNOWN_PROJECT + " is not in project.csv"),
        changed("missing_value", participations, 6, 2, "", "organisationID is empty"),
        new DefectPlanter.Spec("duplicate_id", false, (before, lineOf) -> {
          int original = before / 2;
          List<String> row = rows.get(original);
          return DefectPlanter.Planted.utf8(CsvText.joinQuotingAll(row, ';'), "(projectID, organisationID) ("
              + row.get(0) + ", " + row.get(2) + ") repeats line " + lineOf.applyAsInt(original));
        }),
        new DefectPlanter.Spec("wrong_field_count", false, (before, lineOf) -> {
          List<String> row = defectRow(participations.get(before - 1), 7);
          row.remove(15);
          return DefectPlanter.Planted.utf8(CsvText.joinQuotingAll(row, ';'),
              "24 fields instead of 25: contactForm is missing");
        }),
        changed("invalid_amount", participations, 8, 20, "abc", "ecContribution abc is not a number"));
  }

  /** A new French company joining the project of the line before, with field {@code column} set to {@code value}. */
  private static DefectPlanter.Spec changed(String reason, List<CordisProjects.Participation> participations, int n,
      int column, String value, String detail) {
    return new DefectPlanter.Spec(reason, false, (before, lineOf) -> {
      List<String> row = defectRow(participations.get(before - 1), n);
      row.set(column, value);
      return DefectPlanter.Planted.utf8(CsvText.joinQuotingAll(row, ';'), detail);
    });
  }

  /** A valid participation of organisation 88800000{@code n} (a Strasbourg company) in the project of {@code after}. */
  private static List<String> defectRow(CordisProjects.Participation after, int n) {
    CordisOrganisations.Organisation organisation = new CordisOrganisations.Organisation(
        Long.toString(888_000_000L + n), "", "ATELIERS DU RHIN " + n + " SAS", "", true, "PRC",
        "1 rue du Port", "67000", "Strasbourg", "FR", "FRF11", 48.5734, 7.7521, "");
    BigDecimal amount = new BigDecimal("150000");
    CordisProjects.Participation participation = new CordisProjects.Participation(after.project(), organisation,
        99, "participant", amount, amount, amount, false);
    return organisationFields(participation, organisation, 2_999_000 + n, "2024-05-02 10:00:00");
  }
}
