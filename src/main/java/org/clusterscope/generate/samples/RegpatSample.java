package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clusterscope.generate.formats.RegpatFiles;

/**
 * Writes the REGPAT-like patent files in {@code regpat/}: inventors ({@code EPO_Inv_reg.txt}),
 * applicants ({@code EPO_App_reg.txt}, header in upper case as older releases write it) and IPC
 * codes ({@code EPO_IPC.txt}). Pipe-delimited with a header row and no quoting: a name may hold a
 * double quote, a value never holds a pipe.
 */
final class RegpatSample {

  static final String SOURCE = "regpat";
  static final String INVENTORS = "regpat/EPO_Inv_reg.txt";
  static final String APPLICANTS = "regpat/EPO_App_reg.txt";
  static final String IPC = "regpat/EPO_IPC.txt";

  /** An inventor or applicant line with the application it belongs to, so defects can join a real one. */
  private record Line(PatentApplications.Application application, PatentApplications.PersonRow row) {

    String text() {
      PatentPeople.Person person = row.person();
      return String.join("|", Long.toString(application.id()), Long.toString(person.id()),
          application.publication(), person.name(), person.address(), person.city(), person.postalCode(),
          person.regCode(), person.country(), row.regShare(), row.share());
    }
  }

  private RegpatSample() {
  }

  static List<PlantedDefect> write(Path dataSamples, long seed, InnovationMap map) throws IOException {
    List<PatentApplications.Application> applications = PatentApplications.simulate(seed, map);
    List<Line> inventors = new ArrayList<>();
    List<String> applicants = new ArrayList<>();
    List<String[]> ipc = new ArrayList<>();
    for (PatentApplications.Application application : applications) {
      for (PatentApplications.PersonRow row : application.inventors()) {
        inventors.add(new Line(application, row));
      }
      for (PatentApplications.PersonRow row : application.applicants()) {
        applicants.add(new Line(application, row).text());
      }
      for (String code : application.ipc()) {
        ipc.add(new String[] {Long.toString(application.id()), Integer.toString(application.priorityYear()),
            Integer.toString(application.applicationYear()), code});
      }
    }
    long unknownApplication = applications.get(applications.size() - 1).id() + 7;
    List<String> inventorLines = new ArrayList<>();
    for (Line line : inventors) {
      inventorLines.add(line.text());
    }
    DefectPlanter.Result inventorResult = DefectPlanter.plant(SOURCE, INVENTORS, inventorLines,
        inventorDefects(inventors, unknownApplication));
    List<String> ipcLines = new ArrayList<>();
    for (String[] row : ipc) {
      ipcLines.add(String.join("|", row));
    }
    DefectPlanter.Result ipcResult = DefectPlanter.plant(SOURCE, IPC, ipcLines, ipcDefects(ipc));
    SampleFileWriter.write(dataSamples.resolve(INVENTORS), SampleFileWriter.UTF8_LF, RegpatFiles.INVENTORS_HEADER,
        inventorResult.lines());
    List<SampleLine> applicantLines = new ArrayList<>();
    for (String line : applicants) {
      applicantLines.add(SampleLine.utf8(line));
    }
    SampleFileWriter.write(dataSamples.resolve(APPLICANTS), SampleFileWriter.UTF8_LF, RegpatFiles.APPLICANTS_HEADER,
        applicantLines);
    SampleFileWriter.write(dataSamples.resolve(IPC), SampleFileWriter.UTF8_LF, RegpatFiles.IPC_HEADER, ipcResult.lines());
    List<PlantedDefect> defects = new ArrayList<>(inventorResult.defects());
    defects.addAll(ipcResult.defects());
    return defects;
  }

  private static List<DefectPlanter.Spec> inventorDefects(List<Line> inventors, long unknownApplication) {
    return List.of(
        inventor("invalid_share", inventors, 99_000_001L, "DE111", "DE", "abc", null,
            "reg_share abc is not a number"),
        inventor("invalid_share", inventors, 99_000_002L, "DE137", "DE", "1", "1.5",
            "inv_share 1.5 is above 1"),
        inventor("invalid_region", inventors, 99_000_003L, "FR1011", "FR", "1", null,
            "reg_code FR1011 has 6 characters: no NUTS level has that"),
        inventor("region_country_mismatch", inventors, 99_000_004L, "DE111", "FR", "1", null,
            "reg_code DE111 is in Germany but ctry_code is FR"),
        new DefectPlanter.Spec("unknown_application", false, (before, lineOf) -> DefectPlanter.Planted.utf8(
            String.join("|", Long.toString(unknownApplication), "99000005", "EP4999999",
                "Keller, Andrea", "Dorfstrasse 3", "Zürich", "8001", "CH040", "CH", "1", "1"),
            "appln_id " + unknownApplication + " is not in EPO_IPC.txt")),
        inventor("missing_value", inventors, 99_000_006L, "", "SE", "1", null, "reg_code is empty"),
        new DefectPlanter.Spec("wrong_field_count", false, (before, lineOf) -> {
          PatentApplications.Application application = inventors.get(before - 1).application();
          return DefectPlanter.Planted.utf8(String.join("|", Long.toString(application.id()), "99000007",
              application.publication(), "Nielsen, Mette", "Aarhus", "8000", "DK042", "DK", "1",
              inventors.get(before - 1).row().share()),
              "10 fields instead of 11: the address field is missing");
        }),
        new DefectPlanter.Spec("duplicate_id", false, (before, lineOf) -> {
          int original = before / 2;
          Line line = inventors.get(original);
          return DefectPlanter.Planted.utf8(line.text(), "(appln_id, person_id, reg_code) ("
              + line.application().id() + ", " + line.row().person().id() + ", "
              + line.row().person().regCode() + ") repeats line " + lineOf.applyAsInt(original));
        }));
  }

  /**
   * An extra inventor line on the application of the line before it, wrong in one field;
   * {@code invShare} null takes that application's inventor share.
   */
  private static DefectPlanter.Spec inventor(String reason, List<Line> inventors, long personId, String regCode,
      String country, String regShare, String invShare, String detail) {
    return new DefectPlanter.Spec(reason, false, (before, lineOf) -> {
      Line previous = inventors.get(before - 1);
      boolean german = regCode.startsWith("DE");
      PatentPeople.Person person = new PatentPeople.Person(personId,
          german ? "Schneider, Tobias" : country.equals("FR") ? "Moreau, Camille" : "Nilsson, Karin",
          german ? "Bahnhofstraße 1" : "1 rue Pasteur", german ? "Stuttgart" : "Paris",
          german ? "70173" : "75011", regCode, country);
      String share = invShare != null ? invShare : previous.row().share();
      return DefectPlanter.Planted.utf8(new Line(previous.application(),
          new PatentApplications.PersonRow(person, regShare, share)).text(), detail);
    });
  }

  private static List<DefectPlanter.Spec> ipcDefects(List<String[]> ipc) {
    return List.of(
        new DefectPlanter.Spec("invalid_ipc", false, (before, lineOf) -> {
          String[] previous = ipc.get(before - 1);
          return DefectPlanter.Planted.utf8(String.join("|", previous[0], previous[1], previous[2],
              "Z99Q   1/00"), "IPC Z99Q 1/00: there is no section Z");
        }),
        new DefectPlanter.Spec("invalid_year", false, (before, lineOf) -> {
          String[] previous = ipc.get(before - 1);
          return DefectPlanter.Planted.utf8(String.join("|", previous[0], "2035", previous[2],
              "G06F  17/30"), "prio_year 2035 lies in the future");
        }),
        new DefectPlanter.Spec("duplicate_id", false, (before, lineOf) -> {
          int original = before / 2;
          String[] row = ipc.get(original);
          return DefectPlanter.Planted.utf8(String.join("|", row), "(appln_id, IPC) (" + row[0] + ", "
              + row[3] + ") repeats line " + lineOf.applyAsInt(original));
        }));
  }
}
