package org.clusterscope.generate;

import java.util.Arrays;
import org.clusterscope.samples.CsvText;
import org.clusterscope.samples.Draws;
import org.clusterscope.samples.SireneColumns;
import org.clusterscope.samples.SireneIds;
import org.clusterscope.samples.SizeBands;

/**
 * French establishments as lines of INSEE's {@code StockEtablissement} (the 54 columns of
 * {@link SireneColumns}): SIREN from the enterprise number and NIC from the establishment's
 * ordinal, both with INSEE's Luhn check digit, the first establishment the head office; the size
 * as an INSEE band ({@code NN} and no year for non-employers); NAF subclass {@code 29.32Z} in
 * nomenclature {@code NAFRev2}; state {@code A} or {@code F} (closed); a synthetic commune.
 */
final class SireneLines {
  private static final String[] STREET_TYPES = {"RUE", "AV", "BD", "CHE", "PL", "RTE", "ALL"};
  private static final String[] STREET_NAMES = {"DE LA GARE", "DU GENERAL LECLERC", "DES ECOLES", "VICTOR HUGO",
      "DE L'INDUSTRIE", "DU MOULIN", "JEAN JAURES", "DES TILLEULS", "DE LA REPUBLIQUE", "PASTEUR"};
  /** SIREN bodies are 10000000 to 99999999: 90 million of them. */
  static final long SIREN_RANGE = 90_000_000L;
  private static final long SIREN_FIRST = 10_000_000L;
  private static final long SIREN_SCRAMBLE = 7_777L; // coprime with 9 x 10^7: distinct enterprises, distinct SIRENs

  private final Sectors sectors;
  private final FrenchCommunes communes;
  private final Draws draws;
  private final int year;
  private final String[] values = new String[SireneColumns.NAMES.size()];

  SireneLines(Sectors sectors, FrenchCommunes communes, Draws draws, int year) {
    this.sectors = sectors;
    this.communes = communes;
    this.draws = draws;
    this.year = year;
  }

  static String header() {
    return SireneColumns.HEADER;
  }

  /** The stock line of a French establishment. */
  String line(Establishment e) {
    Arrays.fill(values, "");
    String siren = siren(e.enterprise());
    String nicBody = Ids.zeroPadded(e.ordinal(), 4);
    String nic = nicBody + SireneIds.luhnCheckDigit(siren + nicBody);
    boolean employer = e.employees() > 0;
    String created = (year - 1 - draws.index(40)) + "-" + Ids.zeroPadded(1 + draws.index(12), 2) + "-"
        + Ids.zeroPadded(1 + draws.index(28), 2);
    String commune = communes.commune(e.region(), draws);
    set("siren", siren);
    set("nic", nic);
    set("siret", siren + nic);
    set("statutDiffusionEtablissement", "O");
    set("dateCreationEtablissement", created);
    set("trancheEffectifsEtablissement", employer ? SizeBands.trancheOf(e.employees()) : "NN");
    set("anneeEffectifsEtablissement", employer ? Integer.toString(year) : "");
    set("dateDernierTraitementEtablissement", year + "-12-31T23:00:00");
    set("etablissementSiege", e.ordinal() == 1 ? "true" : "false");
    set("nombrePeriodesEtablissement", "1");
    set("numeroVoieEtablissement", Integer.toString(1 + draws.index(200)));
    set("typeVoieEtablissement", STREET_TYPES[draws.index(STREET_TYPES.length)]);
    set("libelleVoieEtablissement", STREET_NAMES[draws.index(STREET_NAMES.length)]);
    set("codePostalEtablissement", commune);
    set("libelleCommuneEtablissement", FrenchCommunes.name(commune));
    set("codeCommuneEtablissement", commune);
    set("dateDebut", created);
    set("etatAdministratifEtablissement", e.closed() ? "F" : "A");
    set("activitePrincipaleEtablissement", sectors.code(e.sector()) + "Z");
    set("nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
    set("caractereEmployeurEtablissement", employer ? "O" : "N");
    return CsvText.joinQuotingWhereNeeded(Arrays.asList(values), ',');
  }

  static String siren(long enterprise) {
    if (enterprise < 1 || enterprise >= SIREN_RANGE) {
      throw new IllegalStateException("Enterprise number " + enterprise + " has no SIREN body of its own (1 to "
          + (SIREN_RANGE - 1) + "): generate fewer establishments");
    }
    String body = Long.toString(SIREN_FIRST + enterprise * SIREN_SCRAMBLE % SIREN_RANGE);
    return body + SireneIds.luhnCheckDigit(body);
  }

  private void set(String column, String value) {
    values[Columns.INDEX.get(column)] = value;
  }

  /** Column positions, looked up once. */
  private static final class Columns {
    static final java.util.Map<String, Integer> INDEX = index();

    private static java.util.Map<String, Integer> index() {
      java.util.Map<String, Integer> index = new java.util.HashMap<>();
      for (int i = 0; i < SireneColumns.NAMES.size(); i++) {
        index.put(SireneColumns.NAMES.get(i), i);
      }
      return java.util.Map.copyOf(index);
    }
  }
}
