package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Plans the deliberately malformed lines of a year's register and has {@link DefectPlanter} insert
 * them, evenly spaced, and report their line numbers. Each defective line has exactly one problem;
 * its establishment id (except for the duplicates) is in the {@code E9xxxxx} range, which the
 * panel never uses.
 */
final class DefectInjector {

  /** A defect planned for one year: the literal line, or {@code null} for a duplicate built from the file. */
  private record Spec(int year, DefectKind kind, String line, String detail, boolean latin1, boolean atEnd) {
  }

  private static final List<Spec> SPECS = List.of(
      spec(2021, DefectKind.UNKNOWN_NACE, "FR-E900001,FR-N900001,FR101,99.99x,12,,2021,active",
          "nace '99.99x' is no NACE Rev.2 class"),
      spec(2021, DefectKind.INVALID_NUTS_CODE, "FR-E900002,FR-N900002,FR1012X,56.10,4,,2021,active",
          "region_code 'FR1012X' has 7 characters (a NUTS code has at most 5)"),
      spec(2021, DefectKind.NON_NUMERIC_EMPLOYEES, "DE-E900003,DE-N900003,DE111,43.22,12a,,2021,active",
          "employees '12a' is not a whole number"),
      spec(2021, DefectKind.NEGATIVE_EMPLOYEES, "DE-E900004,DE-N900004,DE134,25.62,-5,,2021,active",
          "employees '-5' is negative"),
      spec(2021, DefectKind.MISSING_SIZE, "CH-E900005,CH-N900005,CH040,62.01,,,2021,active",
          "employees and size_band are both empty"),
      spec(2021, DefectKind.UNKNOWN_SIZE_BAND, "DK-E900006,DK-N900006,DK042,10.11,,10-20,2021,active",
          "size_band '10-20' is not a register band (10-19 and 20-49 are)"),
      spec(2021, DefectKind.INVALID_REFERENCE_YEAR, "SE-E900007,SE-N900007,SE110,62.02,8,,20x3,active",
          "reference_year '20x3' is not a year"),
      spec(2021, DefectKind.WRONG_FIELD_COUNT, "CH-E900008,CH-N900008,CH031,21.20,1,400,,2021,active",
          "9 fields instead of 8: employees written '1,400' with a thousands comma and no quotes"),
      spec(2021, DefectKind.INVALID_STATUS, "DE-E900009,DE-N900009,DE137,32.50,23,,2021,maybe",
          "status 'maybe' is neither active nor closed"),

      spec(2022, DefectKind.UNKNOWN_NACE, "DE-E900010,DE-N900010,DE122,00.00,3,,2022,active",
          "nace '00.00' is no NACE Rev.2 class"),
      spec(2022, DefectKind.INVALID_NUTS_CODE, "DK-E900011,DK-N900011,F,47.11,15,,2022,active",
          "region_code 'F' has 1 character (a NUTS code starts with a 2-letter country code)"),
      spec(2022, DefectKind.NON_NUMERIC_EMPLOYEES, "FR-E900012,FR-N900012,FRK24,26.11,twelve,,2022,active",
          "employees 'twelve' is not a whole number"),
      spec(2022, DefectKind.NEGATIVE_EMPLOYEES, "SE-E900013,SE-N900013,SE224,32.50,-12,,2022,active",
          "employees '-12' is negative"),
      spec(2022, DefectKind.UNKNOWN_SIZE_BAND, "FR-E900014,FR-N900014,FRF11,10.71A,,5-8,2022,active",
          "size_band '5-8' is not a register band (3-5 and 6-9 are)"),
      spec(2022, DefectKind.INVALID_REFERENCE_YEAR, "DE-E900015,DE-N900015,DE112,29.32,41,,2099,active",
          "reference_year 2099 is not the file's year 2022 (and lies in the future)"),
      duplicate(2022),
      spec(2022, DefectKind.UNBALANCED_QUOTE, "SE-E900017,SE-N90\"0017,SE232,52.10,27,,2022,active",
          "a lone double quote inside the unquoted field enterprise_id"),
      new Spec(2022, DefectKind.INVALID_UTF8, "FR-E900018,FR-Cr\u00e9teil-01,FR107,86.90,6,,2022,active",
          "enterprise_id written in Latin-1: byte 0xE9 for 'é' is not valid UTF-8", true, false),

      spec(2023, DefectKind.UNKNOWN_NACE, "SE-E900019,SE-N900019,SE232,35.99,19,,2023,active",
          "nace '35.99' has the shape of a class but division 35 has no class 35.99"),
      spec(2023, DefectKind.INVALID_NUTS_CODE, "DE-E900020,DE-N900020,1DE11,28.41,57,,2023,active",
          "region_code '1DE11' does not start with a 2-letter country code"),
      spec(2023, DefectKind.MISSING_SIZE, "DK-E900021,DK-N900021,DK011,62.01,,,2023,active",
          "employees and size_band are both empty"),
      spec(2023, DefectKind.WRONG_FIELD_COUNT, "DE-E900022,DE-N900022,DE134,25.62,35,2023,active",
          "7 fields instead of 8: the size_band field is missing"),
      spec(2023, DefectKind.INVALID_STATUS, "FR-E900023,FR-N900023,FRK26,20.14,64,,2023,maybe",
          "status 'maybe' is neither active nor closed"),
      duplicate(2023),
      new Spec(2023, DefectKind.UNBALANCED_QUOTE, "\"DK-E900025,DK-N900025,DK012,21.20,88,,2023,active",
          "the first field opens a double quote that is never closed (last line of the file)",
          false, true));

  private DefectInjector() {
  }

  private static Spec spec(int year, DefectKind kind, String line, String detail) {
    return new Spec(year, kind, line, detail, false, false);
  }

  private static Spec duplicate(int year) {
    return new Spec(year, DefectKind.DUPLICATE_ESTABLISHMENT_ID, null, null, false, false);
  }

  /** The lines of one year's file after the header, and the defects they contain. */
  record Result(List<SampleLine> lines, List<InjectedDefect> defects) {
  }

  static Result inject(int year, String fileName, List<RegisterRecord> records) {
    List<Spec> planned = new ArrayList<>();
    for (boolean atEnd : new boolean[] {false, true}) {
      for (Spec spec : SPECS) {
        if (spec.year() == year && spec.atEnd() == atEnd) {
          planned.add(spec); // in the order the planter reports them: inside the file, then at its end
        }
      }
    }
    List<DefectPlanter.Spec> specs = new ArrayList<>();
    for (Spec spec : planned) {
      specs.add(new DefectPlanter.Spec(spec.kind().reasonCode(), spec.atEnd(),
          (before, lineOf) -> spec.line() != null
              ? new DefectPlanter.Planted(spec.line(), spec.latin1(), spec.detail())
              : duplicate(records, before, lineOf)));
    }
    List<String> lines = new ArrayList<>();
    for (RegisterRecord record : records) {
      lines.add(record.toLine());
    }
    DefectPlanter.Result planted = DefectPlanter.plant("register", fileName, lines, specs);
    List<InjectedDefect> defects = new ArrayList<>();
    for (int i = 0; i < planted.defects().size(); i++) {
      PlantedDefect defect = planted.defects().get(i);
      defects.add(new InjectedDefect(year, fileName, defect.line(), planned.get(i).kind(), defect.detail()));
    }
    return new Result(planted.lines(), defects);
  }

  /** A changed copy of an earlier record, to go before record {@code before}. */
  private static DefectPlanter.Planted duplicate(List<RegisterRecord> records, int before, IntUnaryOperator lineOf) {
    int source = duplicateSource(records, before / 2, before);
    RegisterRecord original = records.get(source);
    RegisterRecord copy = changedCopy(original);
    return DefectPlanter.Planted.utf8(copy.toLine(), String.format(Locale.ROOT,
        "establishment_id %s is already on line %d with nace %s and employees %s;"
            + " this line says nace %s and employees %s",
        original.establishmentId(), lineOf.applyAsInt(source), original.nace(), original.employees(),
        copy.nace(), copy.employees()));
  }

  /** The first record in [from, until) that is active, gives employees only, at NUTS 3, unquoted. */
  private static int duplicateSource(List<RegisterRecord> records, int from, int until) {
    for (int i = from; i < until; i++) {
      RegisterRecord r = records.get(i);
      if (r.status().equals("active") && !r.employees().isEmpty() && r.sizeBand().isEmpty()
          && r.quoted().isEmpty() && r.regionCode().length() == 5) {
        return i;
      }
    }
    throw new IllegalStateException("No record between index " + from + " and " + until
        + " can be duplicated; the sample is too small for the planned defects");
  }

  private static RegisterRecord changedCopy(RegisterRecord original) {
    String nace = original.nace().startsWith("70") ? "82.99" : "70.10";
    int employees = Integer.parseInt(original.employees()) + 17;
    return new RegisterRecord(original.establishmentId(), original.enterpriseId(), original.regionCode(), nace,
        Integer.toString(employees), "", original.referenceYear(), "active", List.of());
  }
}
