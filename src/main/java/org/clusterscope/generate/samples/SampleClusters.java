package org.clusterscope.generate.samples;

import java.util.List;

/**
 * The story of the sample: regional clusters added on top of the background economy, the large
 * multi-establishment enterprises ("anchor" plants), the chains that own many small outlets, and
 * the few establishments registered extra-regio. Everything is synthetic: no real company is
 * meant, only the well-known regional specialisations.
 */
final class SampleClusters {

  /** A code with a relative weight, used for the regions and the classes of a cluster. */
  record Weighted(String code, double weight) {
  }

  /**
   * {@code establishments} extra establishments spread over {@code regions}, with classes drawn
   * from {@code classes} and sizes log-normal around {@code medianSize}.
   */
  record Cluster(String name, List<Weighted> regions, List<Weighted> classes, int establishments,
      double medianSize) {
  }

  /** One establishment of a large enterprise, with its employees in the first sample year. */
  record Plant(String region, String nace, int employees) {
  }

  /** A large enterprise; its id takes the country of its head office (the first plant). */
  record AnchorGroup(String description, List<Plant> plants) {

    String country() {
      return plants.get(0).region().substring(0, 2);
    }
  }

  /** In each country, {@code share} of the establishments of class {@code nace} belong to one of {@code chains} enterprises. */
  record Chain(String nace, double share, int chains) {
  }

  /** An establishment registered at an extra-regio NUTS code (offshore, at sea). */
  record ExtraRegio(String region, String nace, int employees) {
  }

  static final List<Cluster> CLUSTERS = List.of(
      new Cluster("automotive, Stuttgart region",
          w("DE111", 2, "DE112", 3, "DE113", 3, "DE115", 2, "DE116", 2, "DE118", 1, "DE11D", 1),
          w("29.32", 5, "29.31", 2, "29.20", 1, "29.10", 0.5, "22.11", 0.3), 170, 45),
      new Cluster("automotive, Mulhouse (Haut-Rhin)",
          w("FRF12", 4, "FRF11", 1),
          w("29.32", 4, "29.31", 1, "29.20", 1, "29.10", 0.3, "22.11", 0.5), 60, 40),
      new Cluster("medical devices, Tuttlingen",
          w("DE137", 6, "DE135", 1, "DE136", 1),
          w("32.50", 8, "26.60", 1), 110, 25),
      new Cluster("Medicon Valley (Copenhagen and Skåne)",
          w("DK011", 2, "DK012", 2, "DK013", 1, "SE224", 3),
          w("32.50", 3, "26.60", 2, "21.20", 2, "72.11", 3), 110, 20),
      new Cluster("pharmaceuticals, Basel (tri-national)",
          w("CH031", 4, "CH032", 3, "CH033", 1, "DE139", 1, "FRF12", 0.5),
          w("21.20", 4, "21.10", 2, "72.11", 3, "46.46", 1, "20.14", 1), 100, 40),
      new Cluster("food processing, Bas-Rhin",
          w("FRF11", 5, "FRF12", 1),
          w("10.13", 2, "10.71", 2, "11.05", 1.5, "10.89", 1, "10.85", 1, "11.02", 1), 80, 25),
      new Cluster("food processing, Skåne",
          w("SE224", 5, "SE231", 1),
          w("10.89", 2, "10.51", 1, "10.82", 1.5, "10.85", 1, "11.07", 1, "10.11", 1), 60, 30),
      new Cluster("food processing, Jutland",
          w("DK041", 2, "DK042", 2, "DK031", 2, "DK032", 3, "DK050", 1),
          w("10.11", 3, "10.51", 2, "10.13", 1, "10.20", 1, "10.91", 1), 110, 35),
      new Cluster("ICT, capital cities",
          w("FR101", 4, "FR105", 4, "DK011", 2, "SE110", 3, "CH040", 2),
          w("62.01", 5, "62.02", 3, "62.09", 1, "63.11", 1.5, "58.29", 1.5, "58.21", 0.7,
              "61.10", 0.3, "61.20", 0.5), 290, 12),
      new Cluster("electronics, Grenoble (Isère)",
          w("FRK24", 1),
          w("26.11", 3, "26.12", 1, "26.51", 2, "27.12", 1, "26.30", 1), 60, 35),
      new Cluster("electronics and software, Karlsruhe",
          w("DE122", 3, "DE123", 2),
          w("26.51", 2, "26.11", 1, "26.20", 1, "27.90", 1, "62.01", 2), 60, 25),
      new Cluster("chemicals, Lyon (Rhône)",
          w("FRK26", 4, "FRK21", 1),
          w("20.14", 2, "20.59", 2, "20.16", 1, "21.20", 1), 50, 60),
      new Cluster("logistics hubs",
          w("FR102", 1, "FR108", 2, "DE126", 2, "SE232", 2, "DK042", 1),
          w("52.10", 3, "52.29", 2, "49.41", 3, "52.24", 1), 90, 25),
      new Cluster("machinery, Baden-Württemberg",
          w("DE113", 2, "DE114", 2, "DE115", 1, "DE11D", 1, "DE134", 1, "DE12B", 1),
          w("28.41", 1, "28.49", 1, "28.22", 1, "28.99", 1, "28.29", 1, "25.62", 2), 120, 30));

  static final List<AnchorGroup> ANCHORS = List.of(
      new AnchorGroup("vehicle maker, Stuttgart", List.of(
          new Plant("DE112", "29.10", 8300), new Plant("DE111", "29.10", 4100),
          new Plant("DE124", "29.10", 3600), new Plant("DE111", "70.10", 1100))),
      new AnchorGroup("vehicle maker, Paris and Mulhouse", List.of(
          new Plant("FR105", "70.10", 900), new Plant("FRF12", "29.10", 5600),
          new Plant("FR103", "29.10", 2400))),
      new AnchorGroup("automotive supplier, Stuttgart", List.of(
          new Plant("DE113", "29.32", 3400), new Plant("DE111", "29.31", 2300),
          new Plant("DE128", "29.32", 700))),
      new AnchorGroup("pharmaceutical group, Basel (also Lörrach and Huningue)", List.of(
          new Plant("CH031", "21.20", 4200), new Plant("CH032", "21.10", 1500),
          new Plant("CH031", "72.11", 900), new Plant("DE139", "21.20", 850),
          new Plant("FRF12", "21.10", 600))),
      new AnchorGroup("surgical instruments, Tuttlingen", List.of(
          new Plant("DE137", "32.50", 2700), new Plant("DE137", "32.50", 550),
          new Plant("DE135", "32.50", 300))),
      new AnchorGroup("pharmaceutical group, Copenhagen", List.of(
          new Plant("DK012", "21.20", 2600), new Plant("DK013", "21.20", 1200),
          new Plant("DK042", "21.10", 400))),
      new AnchorGroup("medical technology, Lund and Malmö", List.of(
          new Plant("SE224", "26.60", 1100), new Plant("SE224", "32.50", 650))),
      new AnchorGroup("semiconductors, Grenoble", List.of(
          new Plant("FRK24", "26.11", 3300), new Plant("FRK24", "26.11", 900))),
      new AnchorGroup("measuring instruments, Karlsruhe", List.of(
          new Plant("DE122", "26.51", 1400), new Plant("DE123", "26.51", 500))),
      new AnchorGroup("telecom equipment and software, Stockholm", List.of(
          new Plant("SE110", "61.20", 1800), new Plant("SE110", "62.01", 900),
          new Plant("SE232", "26.30", 1200))),
      new AnchorGroup("software, Zürich", List.of(new Plant("CH040", "62.01", 1600))),
      new AnchorGroup("meat processing, Jutland", List.of(
          new Plant("DK041", "10.11", 1700), new Plant("DK032", "10.11", 1100),
          new Plant("DK042", "10.11", 650))),
      new AnchorGroup("brewery, Strasbourg", List.of(new Plant("FRF11", "11.05", 750))),
      new AnchorGroup("IT consulting, Paris", List.of(
          new Plant("FR105", "62.02", 2300), new Plant("FR101", "62.02", 1300),
          new Plant("FRK26", "62.02", 400))),
      new AnchorGroup("bank, Paris", List.of(new Plant("FR101", "64.19", 1900))),
      new AnchorGroup("chemicals, Lyon", List.of(
          new Plant("FRK26", "20.14", 1300), new Plant("FRK26", "20.59", 600))),
      new AnchorGroup("confectionery, Malmö", List.of(new Plant("SE224", "10.82", 800))),
      new AnchorGroup("university hospital, Zürich", List.of(new Plant("CH040", "86.10", 3900))));

  static final List<Chain> CHAINS = List.of(
      new Chain("47.11", 0.55, 2), new Chain("64.19", 0.70, 1), new Chain("78.20", 0.50, 1),
      new Chain("55.10", 0.25, 1), new Chain("49.41", 0.15, 1), new Chain("53.20", 0.60, 1),
      new Chain("47.73", 0.20, 1));

  static final List<ExtraRegio> EXTRA_REGIO = List.of(
      new ExtraRegio("FRZZZ", "50.20", 35), new ExtraRegio("FRZZZ", "50.20", 12),
      new ExtraRegio("FRZZZ", "09.10", 60), new ExtraRegio("FRZZZ", "06.10", 140),
      new ExtraRegio("FRZZZ", "52.22", 8), new ExtraRegio("DEZZZ", "50.20", 20),
      new ExtraRegio("DKZZZ", "06.10", 310), new ExtraRegio("DKZZZ", "09.10", 45));

  private SampleClusters() {
  }

  /** Pairs of (code, weight) written inline: {@code w("DE111", 2, "DE112", 3)}. */
  private static List<Weighted> w(Object... codesAndWeights) {
    Weighted[] result = new Weighted[codesAndWeights.length / 2];
    for (int i = 0; i < result.length; i++) {
      result[i] = new Weighted((String) codesAndWeights[2 * i],
          ((Number) codesAndWeights[2 * i + 1]).doubleValue());
    }
    return List.of(result);
  }
}
