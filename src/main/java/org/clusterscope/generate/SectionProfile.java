package org.clusterscope.generate;

/**
 * What a NACE section says about its classes: how many establishments a class of it tends to
 * have (trade, construction and professional services many; mining and utilities few), how large
 * they are (factories and hospitals larger than shops), and how likely the class is to
 * agglomerate (manufacturing and ICT often; retail, health, education and public services,
 * which serve the population where it lives, never).
 */
final class SectionProfile {
  private SectionProfile() {}

  static double establishmentWeight(String section) {
    return switch (section) {
      case "G" -> 4.0;
      case "F" -> 3.0;
      case "M", "I" -> 2.5;
      case "N", "Q", "S", "L" -> 1.5;
      case "C", "J", "H", "K", "R", "P", "A" -> 0.8;
      case "O" -> 0.5;
      case "B", "D", "E" -> 0.3;
      default -> 0.05; // T households, U extraterritorial bodies
    };
  }

  /** Median of the class's size scale (a multiplier of the Pareto draw). */
  static double medianSizeScale(String section) {
    return switch (section) {
      case "B", "C", "D", "E" -> 4.0;
      case "K", "O", "P", "Q", "H" -> 2.5;
      case "J", "N" -> 2.0;
      default -> 1.2;
    };
  }

  static double agglomerationChance(String section) {
    return switch (section) {
      case "B", "C" -> 0.5;
      case "J", "K", "M", "H", "D" -> 0.3;
      case "A", "R", "N", "E" -> 0.15;
      default -> 0.0;
    };
  }
}
