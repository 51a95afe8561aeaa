package org.clusterscope.generate.samples;

import java.util.List;
import java.util.Map;
import org.clusterscope.generate.Draws;

/** Common surnames, given names and street names by country, for synthetic inventors and firms. */
final class PersonNames {

  private static final Map<String, List<String>> SURNAMES = Map.of(
      "DE", List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
          "Hoffmann", "Koch", "Richter", "Wolf", "Schäfer", "Bauer", "Klein", "Schröder", "Neumann",
          "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Maier"),
      "FR", List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
          "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier",
          "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Muller", "Schmitt", "Meyer"),
      "DK", List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
          "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
          "Johansen", "Møller", "Mortensen"),
      "SE", List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
          "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
          "Lindberg", "Jakobsson", "Magnusson", "Lindström"),
      "CH", List.of("Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner",
          "Fischer", "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf",
          "Roth", "Favre", "Rochat"),
      "US", List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Wilson"),
      "JP", List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"));

  private static final Map<String, List<String>> GIVEN_NAMES = Map.of(
      "DE", List.of("Thomas", "Michael", "Andreas", "Stefan", "Christian", "Julia", "Katrin", "Sabine", "Anna",
          "Markus", "Jürgen", "Tobias", "Lena", "Sebastian", "Claudia"),
      "FR", List.of("Jean", "Pierre", "Nicolas", "Julien", "Camille", "Marie", "Sophie", "Thomas", "Élodie",
          "François", "Céline", "Antoine", "Hélène", "Mathieu", "Aurélie"),
      "DK", List.of("Lars", "Mette", "Søren", "Anne", "Jens", "Henrik", "Camilla", "Rasmus", "Louise",
          "Mikkel", "Kirsten"),
      "SE", List.of("Erik", "Anna", "Lars", "Karin", "Johan", "Maria", "Anders", "Sofia", "Mikael", "Åsa",
          "Björn", "Emma"),
      "CH", List.of("Daniel", "Martin", "Peter", "Andrea", "Beat", "Ursula", "Reto", "Nicole", "Luca",
          "Sandra", "Lukas"),
      "US", List.of("John", "Robert", "Jennifer", "Michael", "Linda", "David", "Sarah"),
      "JP", List.of("Hiroshi", "Takashi", "Yuki", "Kenji", "Akiko", "Naoki"));

  private static final Map<String, List<String>> STREETS = Map.of(
      "DE", List.of("Hauptstraße %d", "Bahnhofstraße %d", "Schillerstraße %d", "Industriestraße %d",
          "Lindenweg %d", "Gartenstraße %d"),
      "FR", List.of("%d rue de la Gare", "%d avenue Jean Jaurès", "%d rue Pasteur", "%d boulevard Victor Hugo",
          "%d rue du Moulin"),
      "DK", List.of("Vestergade %d", "Nørregade %d", "Skovvej %d", "Strandvejen %d"),
      "SE", List.of("Storgatan %d", "Kungsgatan %d", "Drottninggatan %d", "Parkvägen %d"),
      "CH", List.of("Bahnhofstrasse %d", "Dorfstrasse %d", "Hauptstrasse %d", "Rue du Lac %d"),
      "US", List.of("%d Main Street", "%d Oak Avenue"),
      "JP", List.of("%d-1 Chiyoda", "%d-3 Minato"));

  private PersonNames() {
  }

  static String surname(String country, Draws draws) {
    return pick(SURNAMES.get(country), draws);
  }

  static String givenName(String country, Draws draws) {
    return pick(GIVEN_NAMES.get(country), draws);
  }

  /** "Surname, Given name", as REGPAT writes inventors. */
  static String inventorName(String country, Draws draws) {
    return surname(country, draws) + ", " + givenName(country, draws);
  }

  static String street(String country, Draws draws) {
    return String.format(pick(STREETS.get(country), draws), 1 + draws.index(120));
  }

  private static String pick(List<String> items, Draws draws) {
    return items.get(draws.index(items.size()));
  }
}
