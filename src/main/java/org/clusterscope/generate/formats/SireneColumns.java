package org.clusterscope.generate.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of INSEE's {@code StockEtablissement} file in their real order, including the
 * recently added {@code activitePrincipaleNAF25Etablissement}, and one line of it as a mutable
 * row addressed by column name.
 */
public final class SireneColumns {

  public static final List<String> NAMES = List.of("siren", "nic", "siret", "statutDiffusionEtablissement",
      "dateCreationEtablissement", "trancheEffectifsEtablissement", "anneeEffectifsEtablissement",
      "activitePrincipaleRegistreMetiersEtablissement", "dateDernierTraitementEtablissement",
      "etablissementSiege", "nombrePeriodesEtablissement", "complementAdresseEtablissement",
      "numeroVoieEtablissement", "indiceRepetitionEtablissement", "dernierNumeroVoieEtablissement",
      "indiceRepetitionDernierNumeroVoieEtablissement", "typeVoieEtablissement", "libelleVoieEtablissement",
      "codePostalEtablissement", "libelleCommuneEtablissement", "libelleCommuneEtrangerEtablissement",
      "distributionSpecialeEtablissement", "codeCommuneEtablissement", "codeCedexEtablissement",
      "libelleCedexEtablissement", "codePaysEtrangerEtablissement", "libellePaysEtrangerEtablissement",
      "identifiantAdresseEtablissement", "coordonneeLambertAbscisseEtablissement",
      "coordonneeLambertOrdonneeEtablissement", "complementAdresse2Etablissement", "numeroVoie2Etablissement",
      "indiceRepetition2Etablissement", "typeVoie2Etablissement", "libelleVoie2Etablissement",
      "codePostal2Etablissement", "libelleCommune2Etablissement", "libelleCommuneEtranger2Etablissement",
      "distributionSpeciale2Etablissement", "codeCommune2Etablissement", "codeCedex2Etablissement",
      "libelleCedex2Etablissement", "codePays2EtrangerEtablissement", "libellePays2EtrangerEtablissement",
      "dateDebut", "etatAdministratifEtablissement", "enseigne1Etablissement", "enseigne2Etablissement",
      "enseigne3Etablissement", "denominationUsuelleEtablissement", "activitePrincipaleEtablissement",
      "nomenclatureActivitePrincipaleEtablissement", "caractereEmployeurEtablissement",
      "activitePrincipaleNAF25Etablissement");

  public static final String HEADER = String.join(",", NAMES);

  private SireneColumns() {
  }

  /** Column positions, looked up once: the EU-scale generator sets 20 columns of millions of rows. */
  private static final Map<String, Integer> INDEX = index();

  /** One line of the stock file: every column empty until set. */
  public static final class Row {

    private final String[] values = new String[NAMES.size()];

    public Row() {
      Arrays.fill(values, "");
    }

    public Row copy() {
      Row copy = new Row();
      System.arraycopy(values, 0, copy.values, 0, values.length);
      return copy;
    }

    public Row set(String column, String value) {
      values[indexOf(column)] = value;
      return this;
    }

    public String get(String column) {
      return values[indexOf(column)];
    }

    /** The line, quoting only the fields that need it (addresses with commas). */
    public String toLine() {
      return CsvText.joinQuotingWhereNeeded(Arrays.asList(values), ',');
    }

    /** The line with one column left out: a record with a field missing. */
    public String toLineWithout(String column) {
      List<String> fields = new ArrayList<>(Arrays.asList(values));
      fields.remove(indexOf(column));
      return CsvText.joinQuotingWhereNeeded(fields, ',');
    }

    private static int indexOf(String column) {
      Integer index = INDEX.get(column);
      if (index == null) {
        throw new IllegalArgumentException("No SIRENE column " + column + " (see SireneColumns.NAMES)");
      }
      return index;
    }
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      index.put(NAMES.get(i), i);
    }
    return Map.copyOf(index);
  }
}
