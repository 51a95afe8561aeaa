package org.clusterscope.generate.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.clusterscope.generate.formats.CsvText;
import org.clusterscope.generate.formats.SireneColumns;
import org.clusterscope.generate.formats.SireneIds;

/**
 * Writes {@code sirene/StockEtablissement_2024.csv} (the panel's French establishments as a 2024
 * SIRENE stock, with deliberately malformed lines) and {@code sirene/commune_nuts3.csv} (the
 * commune-to-NUTS 3 correspondence, without the one commune of the {@code unknown_commune} line).
 */
final class SireneSample {

  static final String SOURCE = "sirene";
  static final String STOCK = "sirene/StockEtablissement_2024.csv";
  static final String CORRESPONDENCE = "sirene/commune_nuts3.csv";
  static final String CORRESPONDENCE_HEADER = "LAU CODE,NUTS 3 CODE,LAU NAME NATIONAL";

  private SireneSample() {
  }

  static List<PlantedDefect> write(Path dataSamples, long seed,
      Map<Integer, List<EstablishmentPanel.Observation>> panel) throws IOException {
    List<SireneColumns.Row> rows = SireneStock.build(seed, panel);
    List<String> lines = new ArrayList<>();
    for (SireneColumns.Row row : rows) {
      lines.add(row.toLine());
    }
    DefectPlanter.Result result = DefectPlanter.plant(SOURCE, STOCK, lines, defects(rows));
    SampleFileWriter.write(dataSamples.resolve(STOCK), SampleFileWriter.UTF8_LF, SireneColumns.HEADER,
        result.lines());
    List<SampleLine> correspondence = new ArrayList<>();
    for (SampleCommunes.Commune commune : SampleCommunes.ALL) {
      correspondence.add(SampleLine.utf8(CsvText.joinQuotingWhereNeeded(
          List.of(commune.code(), commune.nuts3(), commune.lauName()), ',')));
    }
    SampleFileWriter.write(dataSamples.resolve(CORRESPONDENCE), SampleFileWriter.UTF8_LF, CORRESPONDENCE_HEADER,
        correspondence);
    return result.defects();
  }

  private static List<DefectPlanter.Spec> defects(List<SireneColumns.Row> rows) {
    return List.of(
        fixed("wrong_nomenclature", template(1, "68224").set("activitePrincipaleEtablissement", "34.3Z")
                .set("nomenclatureActivitePrincipaleEtablissement", "NAFRev1"),
            "activity 34.3Z is in nomenclature NAFRev1 (NAF 2003), not NAFRev2"),
        fixed("invalid_nace", template(2, "38185").set("activitePrincipaleEtablissement", "99.99Z"),
            "activity 99.99Z is no NAF rév. 2 subclass (division 99 has only 99.00Z)"),
        fixed("unknown_commune", template(3, SampleCommunes.LEFT_OUT),
            "commune 67544 (Wissembourg) is not in commune_nuts3.csv"),
        fixed("missing_value", template(4, "69123").set("codeCommuneEtablissement", ""),
            "codeCommuneEtablissement is empty"),
        fixed("invalid_size_band", template(5, "75111").set("trancheEffectifsEtablissement", "99"),
            "trancheEffectifsEtablissement 99 is no INSEE size band"),
        fixed("invalid_status", template(6, "92050").set("etatAdministratifEtablissement", "X"),
            "etatAdministratifEtablissement X is neither A nor F"),
        new DefectPlanter.Spec("duplicate_id", false, (before, lineOf) -> duplicate(rows, before, lineOf)),
        fixed("invalid_year", template(8, "42218").set("anneeEffectifsEtablissement", "2031"),
            "anneeEffectifsEtablissement 2031 lies in the future"),
        new DefectPlanter.Spec("wrong_field_count", false, (before, lineOf) -> DefectPlanter.Planted.utf8(
            template(9, "67482").toLineWithout("enseigne2Etablissement"),
            "53 fields instead of 54: the field enseigne2Etablissement is missing")),
        new DefectPlanter.Spec("invalid_encoding", false, (before, lineOf) -> new DefectPlanter.Planted(
            template(10, "67462").toLine(), true,
            "written in Latin-1: the É of SÉLESTAT is the single byte 0xC9, not valid UTF-8")),
        new DefectPlanter.Spec("malformed_line", true, (before, lineOf) -> DefectPlanter.Planted.utf8(
            template(11, "68066").set("complementAdresseEtablissement", "BATIMENT A, 2E ETAGE").toLine()
                .replace("\"BATIMENT A, 2E ETAGE\"", "\"BATIMENT A, 2E ETAGE"),
            "complementAdresseEtablissement opens a double quote that never closes"
                + " (last line of the file)")));
  }

  private static DefectPlanter.Spec fixed(String reason, SireneColumns.Row row, String detail) {
    return DefectPlanter.Spec.fixed(reason, row.toLine(), detail);
  }

  /** A copy of the first active employer row from half-way before {@code before}, with another size band. */
  private static DefectPlanter.Planted duplicate(List<SireneColumns.Row> rows, int before,
      IntUnaryOperator lineOf) {
    for (int i = before / 2; i < before; i++) {
      SireneColumns.Row original = rows.get(i);
      if (original.get("etatAdministratifEtablissement").equals("A")
          && original.get("trancheEffectifsEtablissement").equals("01")) {
        SireneColumns.Row copy = original.copy().set("trancheEffectifsEtablissement", "02")
            .set("dateDernierTraitementEtablissement", "2024-11-04T09:15:00");
        return DefectPlanter.Planted.utf8(copy.toLine(), "siret " + original.get("siret")
            + " is already on line " + lineOf.applyAsInt(i) + " (band 01 there, 02 here)");
      }
    }
    throw new IllegalStateException("No row between " + before / 2 + " and " + before + " can be duplicated");
  }

  private static SireneColumns.Row template(int n, String communeCode) {
    return template(n, SampleCommunes.byCode(communeCode));
  }

  /** A valid active employer row of its own SIREN in the defect range, in {@code commune}. */
  private static SireneColumns.Row template(int n, SampleCommunes.Commune commune) {
    String siren = SampleSirens.defectSiren(n);
    String nic = SireneIds.nic(siren, 1);
    return new SireneColumns.Row().set("siren", siren).set("nic", nic).set("siret", siren + nic)
        .set("statutDiffusionEtablissement", "O").set("dateCreationEtablissement", "2015-06-01")
        .set("trancheEffectifsEtablissement", "11").set("anneeEffectifsEtablissement", "2024")
        .set("dateDernierTraitementEtablissement", "2024-09-12T08:30:00").set("etablissementSiege", "true")
        .set("nombrePeriodesEtablissement", "1").set("numeroVoieEtablissement", Integer.toString(10 + n))
        .set("typeVoieEtablissement", "RUE").set("libelleVoieEtablissement", "DE LA GARE")
        .set("codePostalEtablissement", commune.postalCode())
        .set("libelleCommuneEtablissement", commune.sireneName())
        .set("codeCommuneEtablissement", commune.code()).set("dateDebut", "2015-06-01")
        .set("etatAdministratifEtablissement", "A").set("activitePrincipaleEtablissement", "29.32Z")
        .set("nomenclatureActivitePrincipaleEtablissement", "NAFRev2")
        .set("caractereEmployeurEtablissement", "O");
  }
}
