package org.clusterscope.generate;

import org.clusterscope.generate.formats.SireneColumns;
import org.clusterscope.generate.formats.SireneIds;
import org.clusterscope.generate.formats.SizeBands;

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
    SireneColumns.Row row = new SireneColumns.Row();
    String siren = siren(e.enterprise());
    String nic = SireneIds.nic(siren, e.ordinal());
    boolean employer = e.employees() > 0;
    String created = (year - 1 - draws.index(40)) + "-" + Ids.zeroPadded(1 + draws.index(12), 2) + "-"
        + Ids.zeroPadded(1 + draws.index(28), 2);
    String commune = communes.commune(e.region(), draws);
    row.set("siren", siren);
    row.set("nic", nic);
    row.set("siret", siren + nic);
    row.set("statutDiffusionEtablissement", "O");
    row.set("dateCreationEtablissement", created);
    row.set("trancheEffectifsEtablissement", employer ? SizeBands.trancheOf(e.employees()) : "NN");
    row.set("anneeEffectifsEtablissement", employer ? Integer.toString(year) : "");
    row.set("dateDernierTraitementEtablissement", year + "-12-31T23:00:00");
    row.set("etablissementSiege", e.ordinal() == 1 ? "true" : "false");
    row.set("nombrePeriodesEtablissement", "1");
    row.set("numeroVoieEtablissement", Integer.toString(1 + draws.index(200)));
    row.set("typeVoieEtablissement", STREET_TYPES[draws.index(STREET_TYPES.length)]);
    row.set("libelleVoieEtablissement", STREET_NAMES[draws.index(STREET_NAMES.length)]);
    row.set("codePostalEtablissement", commune);
    row.set("libelleCommuneEtablissement", FrenchCommunes.name(commune));
    row.set("codeCommuneEtablissement", commune);
    row.set("dateDebut", created);
    row.set("etatAdministratifEtablissement", e.closed() ? "F" : "A");
    row.set("activitePrincipaleEtablissement", sectors.code(e.sector()) + "Z");
    row.set("nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
    row.set("caractereEmployeurEtablissement", employer ? "O" : "N");
    return row.toLine();
  }

  static String siren(long enterprise) {
    if (enterprise < 1 || enterprise >= SIREN_RANGE) {
      throw new IllegalStateException("Enterprise number " + enterprise + " has no SIREN body of its own (1 to "
          + (SIREN_RANGE - 1) + "): generate fewer establishments");
    }
    String body = Long.toString(SIREN_FIRST + enterprise * SIREN_SCRAMBLE % SIREN_RANGE);
    return body + SireneIds.luhnCheckDigit(body);
  }
}
