package org.clusterscope.generate.samples;

import java.util.List;
import java.util.Set;

/**
 * The sectors of the sample economy: a background mix that every region has, and the yearly
 * employment trend of each family of sectors. NACE classes are written {@code NN.NN}; every one
 * must exist in {@code conf/reference/nace_rev2.csv}.
 */
final class SampleSectors {

  /** Sector families: yearly employment trend (log growth) and share of establishments without employees. */
  enum Family {
    PRIMARY(-0.010, 0.30),
    UTILITIES(0.005, 0.02),
    MANUFACTURING(0.000, 0.05),
    AUTOMOTIVE(-0.020, 0.02),
    MEDTECH(0.025, 0.03),
    PHARMA(0.030, 0.02),
    FOOD(0.005, 0.04),
    ELECTRONICS(0.015, 0.03),
    CHEMICALS(0.000, 0.02),
    MACHINERY(0.005, 0.03),
    CONSTRUCTION(0.010, 0.15),
    TRADE(-0.010, 0.10),
    LOGISTICS(0.015, 0.08),
    HOSPITALITY(0.020, 0.10),
    ICT(0.060, 0.20),
    SERVICES(0.010, 0.22),
    PUBLIC(0.005, 0.00);

    final double trend;
    final double zeroEmployeeShare;

    Family(double trend, double zeroEmployeeShare) {
      this.trend = trend;
      this.zeroEmployeeShare = zeroEmployeeShare;
    }
  }

  /** A NACE class with its share of background establishments and its median establishment size. */
  record Sector(String nace, double weight, double medianSize, Family family) {
  }

  /**
   * NACE classes that INSEE splits into several NAF rév. 2 subclasses (A, B, ...); French rows
   * write them with the subclass letter {@code A}, every other class with {@code Z}.
   */
  static final Set<String> SPLIT_IN_NAF = Set.of(
      "10.13", "10.51", "10.71", "11.02", "11.07", "22.29", "25.62", "26.51", "28.29", "28.99",
      "31.09", "32.50", "41.20", "43.21", "43.22", "43.32", "43.91", "43.99", "45.20", "46.39",
      "46.69", "46.73", "47.11", "47.19", "47.52", "47.78", "47.91", "49.41", "52.10", "52.24",
      "52.29", "56.10", "58.29", "62.02", "68.20", "71.12", "77.11", "85.59", "86.22", "86.90",
      "87.30", "88.10", "88.91", "96.02");

  /** The background economy: what any region has, weighted by number of establishments. */
  static final List<Sector> BACKGROUND = List.of(
      s("01.11", 0.8, 2, Family.PRIMARY), s("01.13", 0.4, 3, Family.PRIMARY),
      s("01.21", 0.3, 3, Family.PRIMARY), s("01.41", 0.6, 2, Family.PRIMARY),
      s("02.20", 0.2, 2, Family.PRIMARY),
      s("35.11", 0.2, 8, Family.UTILITIES), s("36.00", 0.1, 20, Family.UTILITIES),
      s("38.11", 0.2, 25, Family.UTILITIES),
      s("10.13", 0.2, 10, Family.FOOD), s("10.71", 1.2, 6, Family.FOOD),
      s("11.05", 0.05, 8, Family.FOOD),
      s("16.23", 0.3, 6, Family.MANUFACTURING), s("18.12", 0.4, 6, Family.MANUFACTURING),
      s("22.29", 0.3, 20, Family.MANUFACTURING), s("25.11", 0.4, 12, Family.MANUFACTURING),
      s("25.62", 0.8, 10, Family.MANUFACTURING), s("28.29", 0.2, 25, Family.MACHINERY),
      s("31.09", 0.2, 6, Family.MANUFACTURING), s("32.50", 0.15, 4, Family.MEDTECH),
      s("33.12", 0.5, 5, Family.MANUFACTURING), s("26.51", 0.05, 15, Family.ELECTRONICS),
      s("41.20", 2.5, 4, Family.CONSTRUCTION), s("42.11", 0.3, 20, Family.CONSTRUCTION),
      s("43.21", 2.0, 4, Family.CONSTRUCTION), s("43.22", 2.0, 4, Family.CONSTRUCTION),
      s("43.32", 1.2, 3, Family.CONSTRUCTION), s("43.34", 1.0, 3, Family.CONSTRUCTION),
      s("43.91", 0.6, 4, Family.CONSTRUCTION), s("43.99", 0.8, 3, Family.CONSTRUCTION),
      s("45.11", 0.8, 8, Family.TRADE), s("45.20", 1.5, 4, Family.TRADE),
      s("46.39", 0.3, 10, Family.TRADE), s("46.46", 0.15, 15, Family.TRADE),
      s("46.69", 0.5, 8, Family.TRADE), s("46.73", 0.4, 10, Family.TRADE),
      s("46.90", 0.6, 6, Family.TRADE),
      s("47.11", 2.8, 15, Family.TRADE), s("47.19", 0.4, 8, Family.TRADE),
      s("47.24", 0.6, 4, Family.TRADE), s("47.30", 0.5, 4, Family.TRADE),
      s("47.52", 0.6, 5, Family.TRADE), s("47.71", 1.8, 3, Family.TRADE),
      s("47.73", 0.8, 6, Family.TRADE), s("47.78", 0.8, 2, Family.TRADE),
      s("47.91", 0.6, 3, Family.TRADE),
      s("49.32", 0.6, 1, Family.LOGISTICS), s("49.41", 1.5, 8, Family.LOGISTICS),
      s("52.29", 0.3, 10, Family.LOGISTICS), s("53.20", 0.3, 10, Family.LOGISTICS),
      s("55.10", 1.0, 10, Family.HOSPITALITY), s("56.10", 5.0, 5, Family.HOSPITALITY),
      s("56.30", 2.0, 2, Family.HOSPITALITY),
      s("58.29", 0.1, 6, Family.ICT), s("61.10", 0.08, 20, Family.ICT),
      s("62.01", 0.9, 3, Family.ICT), s("62.02", 0.8, 3, Family.ICT),
      s("62.09", 0.3, 2, Family.ICT), s("63.11", 0.15, 5, Family.ICT),
      s("64.19", 0.6, 12, Family.SERVICES), s("65.12", 0.15, 30, Family.SERVICES),
      s("66.22", 0.8, 3, Family.SERVICES),
      s("68.20", 1.5, 1, Family.SERVICES), s("68.31", 1.0, 2, Family.SERVICES),
      s("69.10", 1.5, 4, Family.SERVICES), s("69.20", 1.8, 5, Family.SERVICES),
      s("70.10", 0.3, 20, Family.SERVICES), s("70.22", 2.0, 2, Family.SERVICES),
      s("71.11", 1.0, 3, Family.SERVICES), s("71.12", 1.5, 5, Family.SERVICES),
      s("72.19", 0.15, 15, Family.SERVICES), s("73.11", 0.7, 4, Family.SERVICES),
      s("74.10", 0.6, 1, Family.SERVICES), s("75.00", 0.3, 4, Family.SERVICES),
      s("77.11", 0.2, 5, Family.SERVICES), s("78.20", 0.4, 15, Family.SERVICES),
      s("80.10", 0.2, 20, Family.SERVICES), s("81.21", 1.0, 10, Family.SERVICES),
      s("81.30", 0.5, 4, Family.SERVICES), s("82.99", 0.4, 3, Family.SERVICES),
      s("84.11", 0.5, 40, Family.PUBLIC), s("85.20", 0.5, 20, Family.PUBLIC),
      s("85.31", 0.6, 40, Family.PUBLIC), s("85.59", 0.8, 3, Family.SERVICES),
      s("86.10", 0.2, 250, Family.PUBLIC), s("86.21", 1.5, 3, Family.SERVICES),
      s("86.22", 0.8, 3, Family.SERVICES), s("86.23", 0.8, 4, Family.SERVICES),
      s("86.90", 1.2, 3, Family.SERVICES), s("87.30", 0.5, 40, Family.PUBLIC),
      s("88.10", 0.4, 15, Family.PUBLIC), s("88.91", 0.7, 12, Family.PUBLIC),
      s("90.01", 0.3, 2, Family.SERVICES), s("93.12", 0.4, 2, Family.SERVICES),
      s("93.13", 0.4, 4, Family.SERVICES), s("94.99", 0.8, 1, Family.SERVICES),
      s("95.22", 0.2, 2, Family.SERVICES), s("96.02", 2.0, 2, Family.SERVICES),
      s("96.04", 0.3, 2, Family.SERVICES));

  private SampleSectors() {
  }

  static Sector s(String nace, double weight, double medianSize, Family family) {
    return new Sector(nace, weight, medianSize, family);
  }

  /** Family of a class used anywhere in the sample (background, clusters or anchor plants). */
  static Family familyOf(String nace) {
    for (Sector sector : BACKGROUND) {
      if (sector.nace().equals(nace)) {
        return sector.family();
      }
    }
    String division = nace.substring(0, 2);
    switch (division) {
      case "06": case "09": case "50": return Family.UTILITIES;
      case "10": case "11": return Family.FOOD;
      case "20": return Family.CHEMICALS;
      case "21": return Family.PHARMA;
      case "22": case "29": return Family.AUTOMOTIVE;
      case "26": case "27": return nace.equals("26.60") ? Family.MEDTECH : Family.ELECTRONICS;
      case "28": case "25": return Family.MACHINERY;
      case "32": return Family.MEDTECH;
      case "49": case "52": return Family.LOGISTICS;
      case "58": case "61": case "62": case "63": return Family.ICT;
      case "72": return nace.equals("72.11") ? Family.PHARMA : Family.SERVICES;
      default: return Family.SERVICES;
    }
  }

  /** The NAF rév. 2 subclass of a NACE class {@code NN.NN}: letter A where INSEE splits the class, Z otherwise. */
  static String nafSubclass(String nace) {
    return nace + (SPLIT_IN_NAF.contains(nace) ? "A" : "Z");
  }

  /** True for agriculture and forestry, which city districts have little of. */
  static boolean isFarming(String nace) {
    return nace.startsWith("01") || nace.startsWith("02");
  }
}
