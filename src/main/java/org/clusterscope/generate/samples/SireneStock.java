package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterscope.generate.Draws;
import org.clusterscope.generate.formats.SireneColumns;
import org.clusterscope.generate.formats.SireneIds;
import org.clusterscope.generate.formats.SizeBands;

/**
 * The French establishments of the panel as a 2024 SIRENE stock: one row per establishment
 * observed in 2024 (closed ones with state {@code F}), with SIREN / SIRET, the INSEE size band for
 * 2024, the NAF rév. 2 subclass and a real commune of its département. Extra-regio units have no
 * commune and are left out; units the register knows only at NUTS 1 or 2 get a commune drawn
 * within that region, as SIRENE always knows the address.
 */
final class SireneStock {

  static final int YEAR = 2024;
  /** Share of units without employees that INSEE marks non-employers (band NN, no year). */
  private static final double NON_EMPLOYER_SHARE_OF_ZERO = 0.55;
  private static final double PARTIAL_DIFFUSION_SHARE = 0.02;

  private static final String[][] STREETS = {
      {"RUE", "DE LA GARE"}, {"RUE", "PASTEUR"}, {"AV", "JEAN JAURES"}, {"RUE", "VICTOR HUGO"},
      {"BD", "DE LA REPUBLIQUE"}, {"RUE", "DU GENERAL DE GAULLE"}, {"PL", "DE L'EGLISE"},
      {"RUE", "DES VIGNES"}, {"CHE", "DES PRES"}, {"RTE", "NATIONALE"}, {"RUE", "DE L'INDUSTRIE"},
      {"ALL", "DES TILLEULS"}, {"RUE", "DU MOULIN"}, {"AV", "DE LA LIBERATION"}, {"IMP", "DES LILAS"},
      {"QUAI", "DES BATELIERS"}, {"RUE", "DU RHIN"}, {"RUE", "DES ARTISANS"}, {"AV", "FOCH"},
      {"RUE", "ERNEST RENAN"}};
  private static final String[] COMPLEMENTS = {"ZI DES PEUPLIERS", "BATIMENT B", "ZONE ARTISANALE",
      "BATIMENT C, 2E ETAGE", "PARC D'ACTIVITES, LOT 12", "CENTRE COMMERCIAL", "IMMEUBLE LE CAPITOLE"};
  private static final String[] SIGNS = {"LE PETIT BISTROT", "AU BON PAIN", "CHEZ MARCEL", "LA BONNE TABLE",
      "L'ATELIER", "LE COMPTOIR", "BOULANGERIE DU MARCHE", "LES HALLES", "PHARMACIE CENTRALE"};

  private final Draws draws;
  private final Map<String, Integer> establishmentsPerSiren = new HashMap<>();

  private SireneStock(long seed) {
    this.draws = new Draws(seed);
  }

  /** Rows of the French establishments observed in {@code YEAR}, in establishment-id order. */
  static List<SireneColumns.Row> build(long seed, Map<Integer, List<EstablishmentPanel.Observation>> panel) {
    return new SireneStock(seed).rows(panel);
  }

  private List<SireneColumns.Row> rows(Map<Integer, List<EstablishmentPanel.Observation>> panel) {
    Map<String, Integer> firstYear = new HashMap<>();
    for (Map.Entry<Integer, List<EstablishmentPanel.Observation>> year : panel.entrySet()) {
      for (EstablishmentPanel.Observation observation : year.getValue()) {
        firstYear.merge(observation.establishment().id, year.getKey(), Math::min);
      }
    }
    List<SireneColumns.Row> rows = new ArrayList<>();
    for (EstablishmentPanel.Observation observation : panel.get(YEAR)) {
      Establishment e = observation.establishment();
      if (e.country().equals("FR") && !e.regionCode.endsWith("Z")) {
        rows.add(row(observation, firstYear.get(e.id)));
      }
    }
    return rows;
  }

  private SireneColumns.Row row(EstablishmentPanel.Observation observation, int firstYear) {
    Establishment e = observation.establishment();
    String siren = SampleSirens.siren(e.enterpriseId);
    int ordinal = establishmentsPerSiren.merge(siren, 1, Integer::sum);
    String nic = SireneIds.nic(siren, ordinal);
    SampleCommunes.Commune commune = commune(e);
    String created = firstYear == SampleRegisterGenerator.FIRST_YEAR
        ? date(1960 + (int) (StrictMath.pow(draws.uniform(), 0.6) * 61)) : date(firstYear);
    boolean nonEmployer = observation.employees() == 0 && draws.chance(NON_EMPLOYER_SHARE_OF_ZERO);
    boolean partial = draws.chance(PARTIAL_DIFFUSION_SHARE);
    SireneColumns.Row row = new SireneColumns.Row()
        .set("siren", siren).set("nic", nic).set("siret", siren + nic)
        .set("statutDiffusionEtablissement", partial ? "P" : "O")
        .set("dateCreationEtablissement", created)
        .set("trancheEffectifsEtablissement", nonEmployer ? "NN" : sizeBand(observation.employees()))
        .set("anneeEffectifsEtablissement", nonEmployer ? "" : Integer.toString(YEAR))
        .set("dateDernierTraitementEtablissement", date(YEAR) + String.format(Locale.ROOT, "T%02d:%02d:%02d",
            draws.index(24), draws.index(60), draws.index(60)))
        .set("etablissementSiege", ordinal == 1 ? "true" : "false")
        .set("nombrePeriodesEtablissement", Integer.toString(1 + draws.index(3)))
        .set("codePostalEtablissement", postalCode(commune))
        .set("libelleCommuneEtablissement", commune.sireneName())
        .set("codeCommuneEtablissement", commune.code())
        .set("dateDebut", observation.closed() ? date(YEAR) : created)
        .set("etatAdministratifEtablissement", observation.closed() ? "F" : "A")
        .set("activitePrincipaleEtablissement", SampleSectors.nafSubclass(e.nace))
        .set("nomenclatureActivitePrincipaleEtablissement", "NAFRev2")
        .set("caractereEmployeurEtablissement", nonEmployer ? "N" : "O");
    address(row, commune, partial);
    if ((e.nace.startsWith("56") || e.nace.startsWith("47")) && draws.chance(0.3)) {
      row.set("enseigne1Etablissement", SIGNS[draws.index(SIGNS.length)]);
    }
    return row;
  }

  private void address(SireneColumns.Row row, SampleCommunes.Commune commune, boolean partial) {
    if (partial) {
      row.set("numeroVoieEtablissement", "[ND]").set("typeVoieEtablissement", "[ND]")
          .set("libelleVoieEtablissement", "[ND]");
      return;
    }
    if (draws.chance(0.1)) {
      row.set("complementAdresseEtablissement", COMPLEMENTS[draws.index(COMPLEMENTS.length)]);
    }
    String number = "";
    if (draws.chance(0.88)) {
      number = Integer.toString(1 + draws.index(180));
      row.set("numeroVoieEtablissement", number);
      if (draws.chance(0.03)) {
        row.set("indiceRepetitionEtablissement", "B");
      }
    }
    String[] street = STREETS[draws.index(STREETS.length)];
    row.set("typeVoieEtablissement", street[0]).set("libelleVoieEtablissement", street[1]);
    if (draws.chance(0.75)) {
      row.set("identifiantAdresseEtablissement", String.format(Locale.ROOT, "%s_%04d_%05d", commune.code(),
          100 + draws.index(9000), number.isEmpty() ? 99999 : Integer.parseInt(number)));
    }
  }

  private SampleCommunes.Commune commune(Establishment e) {
    if (e.anchor) {
      SampleCommunes.Commune site = SampleCommunes.anchorSite(e.regionCode, e.nace);
      if (site != null) {
        return site;
      }
    }
    String nuts3 = SampleRegions.drawWithin(e.regionCode, draws).code();
    return draws.weighted(SampleCommunes.inNuts3(nuts3), SampleCommunes.Commune::populationThousands);
  }

  /** Lyon (69123) has nine postal codes, one per arrondissement. */
  private String postalCode(SampleCommunes.Commune commune) {
    if (commune.code().equals("69123")) {
      return "6900" + (1 + draws.index(9));
    }
    return commune.postalCode();
  }

  private String date(int year) {
    return String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + draws.index(12), 1 + draws.index(28));
  }

  /** INSEE's size band (tranche d'effectifs) of a head count. */
  static String sizeBand(int employees) {
    return SizeBands.trancheOf(employees);
  }
}
