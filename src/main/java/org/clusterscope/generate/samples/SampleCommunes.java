package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Real French communes (INSEE code, postal code, name) in the sample's NUTS 3 départements, with
 * a rounded population in thousands that weights where establishments go and an approximate
 * centre. Paris is split into its arrondissements (75101-75120) as SIRENE writes it; Lyon is the
 * one commune 69123. Checked against the official commune list (découpage administratif 2024).
 */
final class SampleCommunes {

  /**
   * A commune. {@code sireneName} is how SIRENE writes it (upper case, accents kept),
   * {@code lauName} how Eurostat's LAU list names it, {@code city} the name in addresses.
   */
  record Commune(String code, String postalCode, String lauName, String sireneName, String city,
      double populationThousands, double latitude, double longitude) {

    String nuts3() {
      return NUTS3_OF_DEPARTEMENT.get(code.substring(0, 2));
    }
  }

  static final Map<String, String> NUTS3_OF_DEPARTEMENT = Map.ofEntries(
      Map.entry("75", "FR101"), Map.entry("77", "FR102"), Map.entry("78", "FR103"), Map.entry("91", "FR104"),
      Map.entry("92", "FR105"), Map.entry("93", "FR106"), Map.entry("94", "FR107"), Map.entry("95", "FR108"),
      Map.entry("67", "FRF11"), Map.entry("68", "FRF12"), Map.entry("01", "FRK21"), Map.entry("07", "FRK22"),
      Map.entry("26", "FRK23"), Map.entry("38", "FRK24"), Map.entry("42", "FRK25"), Map.entry("69", "FRK26"),
      Map.entry("73", "FRK27"), Map.entry("74", "FRK28"));

  static final List<Commune> ALL = List.of(
      paris(1, 15, 48.8626, 2.3363), paris(2, 20, 48.8683, 2.3428), paris(5, 55, 48.8445, 2.3507),
      paris(8, 35, 48.8727, 2.3125), paris(9, 57, 48.8771, 2.3375), paris(11, 138, 48.8590, 2.3800),
      paris(13, 181, 48.8283, 2.3623), paris(15, 230, 48.8400, 2.2930), paris(16, 159, 48.8604, 2.2620),
      paris(17, 159, 48.8873, 2.3067),
      c("77288", "77000", "Melun", 46, 48.5421, 2.6554), c("77284", "77100", "Meaux", 57, 48.9601, 2.8788),
      c("77108", "77500", "Chelles", 55, 48.8811, 2.5905), c("77449", "77700", "Serris", 10, 48.8453, 2.7858),
      c("77294", "77290", "Mitry-Mory", 20, 48.9833, 2.6167),
      c("77186", "77300", "Fontainebleau", 16, 48.4047, 2.7016),
      c("78646", "78000", "Versailles", 84, 48.8049, 2.1204), c("78498", "78300", "Poissy", 41, 48.9296, 2.0455),
      c("78551", "78100", "Saint-Germain-en-Laye", 46, 48.8989, 2.0938),
      c("78297", "78280", "Guyancourt", 30, 48.7733, 2.0739),
      c("78640", "78140", "Vélizy-Villacoublay", 23, 48.7840, 2.1920),
      c("78361", "78200", "Mantes-la-Jolie", 44, 48.9908, 1.7172),
      c("91228", "91000", "Évry-Courcouronnes", 67, 48.6290, 2.4410),
      c("91377", "91300", "Massy", 52, 48.7309, 2.2713), c("91477", "91120", "Palaiseau", 37, 48.7145, 2.2457),
      c("91174", "91100", "Corbeil-Essonnes", 54, 48.6139, 2.4820),
      c("91692", "91940", "Les Ulis", 26, 48.6818, 2.1697), c("91471", "91400", "Orsay", 16, 48.6993, 2.1875),
      c("92050", "92000", "Nanterre", 98, 48.8924, 2.2071),
      c("92012", "92100", "Boulogne-Billancourt", 119, 48.8397, 2.2399),
      c("92026", "92400", "Courbevoie", 83, 48.8973, 2.2522), c("92062", "92800", "Puteaux", 44, 48.8850, 2.2389),
      c("92040", "92130", "Issy-les-Moulineaux", 68, 48.8240, 2.2700),
      c("92063", "92500", "Rueil-Malmaison", 83, 48.8778, 2.1802),
      c("92044", "92300", "Levallois-Perret", 68, 48.8950, 2.2870),
      c("93066", "93200", "Saint-Denis", 149, 48.9362, 2.3574),
      c("93048", "93100", "Montreuil", 112, 48.8638, 2.4485),
      c("93001", "93300", "Aubervilliers", 88, 48.9146, 2.3821),
      c("93008", "93000", "Bobigny", 57, 48.9077, 2.4397),
      c("93051", "93160", "Noisy-le-Grand", 73, 48.8487, 2.5526),
      c("93055", "93500", "Pantin", 62, 48.8944, 2.4093),
      c("94028", "94000", "Créteil", 93, 48.7904, 2.4556),
      c("94081", "94400", "Vitry-sur-Seine", 94, 48.7875, 2.3928),
      c("94041", "94200", "Ivry-sur-Seine", 65, 48.8157, 2.3849),
      c("94065", "94150", "Rungis", 6, 48.7467, 2.3497), c("94080", "94300", "Vincennes", 48, 48.8474, 2.4396),
      c("94054", "94310", "Orly", 25, 48.7436, 2.3928),
      c("95127", "95000", "Cergy", 71, 49.0364, 2.0761), c("95018", "95100", "Argenteuil", 106, 48.9472, 2.2467),
      c("95527", "95700", "Roissy-en-France", 3, 49.0036, 2.5167),
      c("95277", "95500", "Gonesse", 28, 48.9869, 2.4494), c("95585", "95200", "Sarcelles", 59, 48.9973, 2.3781),
      c("95500", "95300", "Pontoise", 32, 49.0508, 2.1008),
      c("67482", "67000", "Strasbourg", 294, 48.5734, 7.7521),
      c("67180", "67500", "Haguenau", 36, 48.8156, 7.7906),
      c("67447", "67300", "Schiltigheim", 35, 48.6075, 7.7497),
      c("67218", "67400", "Illkirch-Graffenstaden", 28, 48.5297, 7.7147),
      c("67462", "67600", "Sélestat", 20, 48.2594, 7.4542), c("67437", "67700", "Saverne", 11, 48.7414, 7.3622),
      c("67348", "67210", "Obernai", 13, 48.4622, 7.4819),
      c("68224", "68100", "Mulhouse", 105, 47.7508, 7.3359), c("68066", "68000", "Colmar", 67, 48.0794, 7.3585),
      c("68297", "68300", "Saint-Louis", 23, 47.5900, 7.5600),
      c("68149", "68330", "Huningue", 7, 47.5917, 7.5833), c("68154", "68110", "Illzach", 15, 47.7808, 7.3461),
      c("68300", "68390", "Sausheim", 6, 47.7875, 7.3747),
      c("68112", "68500", "Guebwiller", 11, 47.9100, 7.2100), c("68278", "68170", "Rixheim", 14, 47.7494, 7.4056),
      c("01053", "01000", "Bourg-en-Bresse", 42, 46.2052, 5.2255),
      c("01283", "01100", "Oyonnax", 22, 46.2561, 5.6556),
      c("01004", "01500", "Ambérieu-en-Bugey", 16, 45.9586, 5.3583),
      c("01249", "01700", "Miribel", 10, 45.8258, 4.9539), c("01034", "01300", "Belley", 9, 45.7594, 5.6881),
      c("07186", "07000", "Privas", 9, 44.7353, 4.5992), c("07010", "07100", "Annonay", 17, 45.2400, 4.6708),
      c("07019", "07200", "Aubenas", 12, 44.6200, 4.3900),
      c("07324", "07300", "Tournon-sur-Rhône", 11, 45.0672, 4.8328),
      c("26362", "26000", "Valence", 64, 44.9334, 4.8924), c("26198", "26200", "Montélimar", 41, 44.5581, 4.7508),
      c("26281", "26100", "Romans-sur-Isère", 33, 45.0433, 5.0517),
      c("26235", "26700", "Pierrelatte", 14, 44.3775, 4.6964),
      c("38185", "38000", "Grenoble", 156, 45.1885, 5.7245), c("38140", "38920", "Crolles", 9, 45.2847, 5.8833),
      c("38151", "38130", "Échirolles", 37, 45.1436, 5.7189), c("38229", "38240", "Meylan", 19, 45.2094, 5.7789),
      c("38421", "38400", "Saint-Martin-d'Hères", 38, 45.1672, 5.7653),
      c("38544", "38200", "Vienne", 32, 45.5256, 4.8744), c("38563", "38500", "Voiron", 22, 45.3642, 5.5886),
      c("38053", "38300", "Bourgoin-Jallieu", 30, 45.5858, 5.2736),
      c("42218", "42000", "Saint-Étienne", 173, 45.4397, 4.3872),
      c("42187", "42300", "Roanne", 35, 46.0364, 4.0683),
      c("42207", "42400", "Saint-Chamond", 36, 45.4775, 4.5153),
      c("42147", "42600", "Montbrison", 16, 45.6075, 4.0653), c("42095", "42700", "Firminy", 17, 45.3883, 4.2883),
      c("69123", "69003", "Lyon", 519, 45.7640, 4.8357),
      c("69266", "69100", "Villeurbanne", 164, 45.7667, 4.8800),
      c("69259", "69200", "Vénissieux", 66, 45.6975, 4.8867),
      c("69199", "69190", "Saint-Fons", 19, 45.7086, 4.8533), c("69276", "69320", "Feyzin", 10, 45.6728, 4.8589),
      c("69264", "69400", "Villefranche-sur-Saône", 36, 45.9894, 4.7189),
      c("69034", "69300", "Caluire-et-Cuire", 44, 45.7953, 4.8467),
      c("73065", "73000", "Chambéry", 60, 45.5646, 5.9178),
      c("73008", "73100", "Aix-les-Bains", 32, 45.6886, 5.9153),
      c("73011", "73200", "Albertville", 20, 45.6758, 6.3925),
      c("73248", "73300", "Saint-Jean-de-Maurienne", 8, 45.2764, 6.3458),
      c("74010", "74000", "Annecy", 132, 45.8992, 6.1294), c("74012", "74100", "Annemasse", 38, 46.1934, 6.2342),
      c("74281", "74200", "Thonon-les-Bains", 38, 46.3705, 6.4793),
      c("74081", "74300", "Cluses", 18, 46.0606, 6.5797),
      c("74256", "74700", "Sallanches", 17, 45.9361, 6.6311));

  /**
   * The commune that appears on one SIRENE line but deliberately not in the correspondence file
   * (defect {@code unknown_commune}).
   */
  static final Commune LEFT_OUT = c("67544", "67160", "Wissembourg", 8, 49.0375, 7.9456);

  /** Where the anchor plants stand: region and NACE class to commune. */
  private static final Map<String, String> ANCHOR_SITES = Map.ofEntries(
      Map.entry("FR105 70.10", "92012"), Map.entry("FRF12 29.10", "68300"), Map.entry("FR103 29.10", "78498"),
      Map.entry("FRF12 21.10", "68149"), Map.entry("FRK24 26.11", "38140"), Map.entry("FRF11 11.05", "67447"),
      Map.entry("FR105 62.02", "92026"), Map.entry("FR101 62.02", "75117"), Map.entry("FRK26 62.02", "69123"),
      Map.entry("FR101 64.19", "75109"), Map.entry("FRK26 20.14", "69199"), Map.entry("FRK26 20.59", "69276"));

  private SampleCommunes() {
  }

  static List<Commune> inNuts3(String nuts3) {
    List<Commune> result = new ArrayList<>();
    for (Commune commune : ALL) {
      if (commune.nuts3().equals(nuts3)) {
        result.add(commune);
      }
    }
    return result;
  }

  static Commune byCode(String code) {
    for (Commune commune : ALL) {
      if (commune.code().equals(code)) {
        return commune;
      }
    }
    throw new IllegalArgumentException("Unknown sample commune: " + code + " (not in SampleCommunes.ALL)");
  }

  /** The commune of an anchor plant of class {@code nace} in {@code nuts3}, or null when none is set. */
  static Commune anchorSite(String nuts3, String nace) {
    String code = ANCHOR_SITES.get(nuts3 + " " + nace);
    return code == null ? null : byCode(code);
  }

  private static Commune c(String code, String postalCode, String name, double population, double lat, double lon) {
    return new Commune(code, postalCode, name, name.toUpperCase(Locale.ROOT), name, population, lat, lon);
  }

  private static Commune paris(int arrondissement, double population, double lat, double lon) {
    String code = String.format(Locale.ROOT, "751%02d", arrondissement);
    String postal = String.format(Locale.ROOT, "750%02d", arrondissement);
    String lau = "Paris " + arrondissement + (arrondissement == 1 ? "er" : "e") + " Arrondissement";
    return new Commune(code, postal, lau, "PARIS " + arrondissement, "Paris", population, lat, lon);
  }
}
