package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.List;
import org.clusterscope.generate.Draws;

/**
 * Towns in every NUTS 3 region of the sample, with postal code and approximate centre, for the
 * addresses of inventors (REGPAT) and research organisations (CORDIS). French places are the
 * communes of {@link SampleCommunes}; elsewhere one to three real towns per region.
 */
final class SamplePlaces {

  /** A town in a NUTS 3 region; {@code weight} (population in thousands) sets how often it is drawn. */
  record Place(String nuts3, String city, String postalCode, double latitude, double longitude, double weight) {

    String country() {
      return nuts3.substring(0, 2);
    }
  }

  private static final List<Place> OUTSIDE_FRANCE = List.of(
      p("CH011", "Lausanne", "1003", 46.5197, 6.6323, 140), p("CH012", "Sion", "1950", 46.2331, 7.3606, 35),
      p("CH013", "Genève", "1201", 46.2044, 6.1432, 200), p("CH031", "Basel", "4051", 47.5596, 7.5886, 175),
      p("CH031", "Basel", "4056", 47.5690, 7.5760, 20), p("CH032", "Liestal", "4410", 47.4846, 7.7346, 15),
      p("CH032", "Allschwil", "4123", 47.5507, 7.5359, 21), p("CH032", "Pratteln", "4133", 47.5213, 7.6931, 17),
      p("CH033", "Aarau", "5000", 47.3925, 8.0442, 22), p("CH033", "Baden", "5400", 47.4724, 8.3064, 20),
      p("CH033", "Villigen", "5234", 47.5384, 8.2147, 2), p("CH040", "Zürich", "8001", 47.3769, 8.5417, 420),
      p("CH040", "Winterthur", "8400", 47.4988, 8.7237, 115), p("CH040", "Dübendorf", "8600", 47.3972, 8.6186, 30),
      p("DE111", "Stuttgart", "70173", 48.7758, 9.1829, 630), p("DE112", "Böblingen", "71032", 48.6833, 9.0167, 50),
      p("DE112", "Sindelfingen", "71063", 48.7133, 9.0028, 65),
      p("DE113", "Esslingen am Neckar", "73728", 48.7406, 9.3108, 95),
      p("DE114", "Göppingen", "73033", 48.7031, 9.6525, 58), p("DE115", "Ludwigsburg", "71638", 48.8975, 9.1919, 93),
      p("DE116", "Waiblingen", "71332", 48.8303, 9.3169, 56), p("DE117", "Heilbronn", "74072", 49.1427, 9.2109, 126),
      p("DE118", "Neckarsulm", "74172", 49.1917, 9.2246, 27), p("DE119", "Künzelsau", "74653", 49.2817, 9.6900, 15),
      p("DE11A", "Schwäbisch Hall", "74523", 49.1122, 9.7375, 41),
      p("DE11B", "Tauberbischofsheim", "97941", 49.6225, 9.6628, 13),
      p("DE11C", "Heidenheim an der Brenz", "89518", 48.6761, 10.1517, 50),
      p("DE11D", "Aalen", "73430", 48.8378, 10.0933, 68), p("DE121", "Baden-Baden", "76530", 48.7606, 8.2398, 55),
      p("DE122", "Karlsruhe", "76131", 49.0069, 8.4037, 308), p("DE123", "Bruchsal", "76646", 49.1244, 8.5981, 45),
      p("DE123", "Ettlingen", "76275", 48.9414, 8.4075, 39), p("DE124", "Rastatt", "76437", 48.8572, 8.2031, 50),
      p("DE125", "Heidelberg", "69117", 49.3988, 8.6724, 160), p("DE126", "Mannheim", "68159", 49.4875, 8.4660, 310),
      p("DE127", "Mosbach", "74821", 49.3522, 9.1453, 23), p("DE128", "Walldorf", "69190", 49.3064, 8.6428, 15),
      p("DE128", "Sinsheim", "74889", 49.2528, 8.8800, 35), p("DE129", "Pforzheim", "75175", 48.8922, 8.6947, 125),
      p("DE12A", "Calw", "75365", 48.7142, 8.7400, 24), p("DE12B", "Mühlacker", "75417", 48.9472, 8.8397, 26),
      p("DE12C", "Freudenstadt", "72250", 48.4633, 8.4111, 23),
      p("DE131", "Freiburg im Breisgau", "79098", 47.9990, 7.8421, 231),
      p("DE132", "Müllheim im Markgräflerland", "79379", 47.8083, 7.6300, 19),
      p("DE133", "Emmendingen", "79312", 48.1211, 7.8494, 28), p("DE134", "Offenburg", "77652", 48.4708, 7.9408, 60),
      p("DE135", "Rottweil", "78628", 48.1681, 8.6272, 25),
      p("DE136", "Villingen-Schwenningen", "78050", 48.0603, 8.4586, 85),
      p("DE137", "Tuttlingen", "78532", 47.9850, 8.8233, 36), p("DE138", "Konstanz", "78462", 47.6633, 9.1753, 85),
      p("DE139", "Lörrach", "79539", 47.6156, 7.6614, 49),
      p("DE139", "Grenzach-Wyhlen", "79639", 47.5500, 7.6750, 15),
      p("DE139", "Weil am Rhein", "79576", 47.5947, 7.6206, 30),
      p("DE13A", "Waldshut-Tiengen", "79761", 47.6233, 8.2144, 24),
      p("DK011", "København", "1165", 55.6761, 12.5683, 650), p("DK012", "Bagsværd", "2880", 55.7617, 12.4547, 40),
      p("DK012", "Kongens Lyngby", "2800", 55.7704, 12.5038, 55), p("DK012", "Glostrup", "2600", 55.6667, 12.4000, 23),
      p("DK013", "Hillerød", "3400", 55.9267, 12.3108, 52), p("DK014", "Rønne", "3700", 55.1000, 14.7000, 14),
      p("DK021", "Roskilde", "4000", 55.6415, 12.0803, 52), p("DK021", "Køge", "4600", 55.4580, 12.1821, 38),
      p("DK022", "Næstved", "4700", 55.2299, 11.7609, 44), p("DK022", "Kalundborg", "4400", 55.6795, 11.0886, 16),
      p("DK031", "Odense", "5000", 55.4038, 10.4024, 180), p("DK032", "Esbjerg", "6700", 55.4765, 8.4594, 72),
      p("DK032", "Kolding", "6000", 55.4904, 9.4722, 62), p("DK032", "Vejle", "7100", 55.7093, 9.5357, 60),
      p("DK041", "Herning", "7400", 56.1393, 8.9738, 51), p("DK041", "Holstebro", "7500", 56.3601, 8.6161, 37),
      p("DK042", "Aarhus", "8000", 56.1629, 10.2039, 290), p("DK042", "Horsens", "8700", 55.8607, 9.8503, 60),
      p("DK042", "Randers", "8900", 56.4607, 10.0364, 63), p("DK050", "Aalborg", "9000", 57.0488, 9.9217, 120),
      p("SE110", "Stockholm", "111 20", 59.3293, 18.0686, 980), p("SE110", "Solna", "171 77", 59.3600, 18.0009, 85),
      p("SE110", "Kista", "164 40", 59.4032, 17.9442, 12), p("SE221", "Karlskrona", "371 31", 56.1612, 15.5869, 67),
      p("SE224", "Malmö", "211 20", 55.6050, 13.0038, 350), p("SE224", "Lund", "221 00", 55.7047, 13.1910, 125),
      p("SE224", "Helsingborg", "252 25", 56.0465, 12.6945, 150),
      p("SE231", "Halmstad", "302 42", 56.6745, 12.8578, 103),
      p("SE231", "Falkenberg", "311 30", 56.9055, 12.4912, 46),
      p("SE232", "Göteborg", "411 04", 57.7089, 11.9746, 590), p("SE232", "Borås", "503 32", 57.7210, 12.9401, 115),
      p("SE232", "Trollhättan", "461 30", 58.2837, 12.2886, 59));

  static final List<Place> ALL = all();

  private SamplePlaces() {
  }

  static List<Place> inNuts3(String nuts3) {
    List<Place> result = new ArrayList<>();
    for (Place place : ALL) {
      if (place.nuts3().equals(nuts3)) {
        result.add(place);
      }
    }
    if (result.isEmpty()) {
      throw new IllegalArgumentException("No sample place in " + nuts3 + " (add one to SamplePlaces)");
    }
    return result;
  }

  /** A town drawn in proportion to its population. */
  static Place draw(String nuts3, Draws draws) {
    return draws.weighted(inNuts3(nuts3), Place::weight);
  }

  private static List<Place> all() {
    List<Place> places = new ArrayList<>();
    for (SampleCommunes.Commune commune : SampleCommunes.ALL) {
      places.add(new Place(commune.nuts3(), commune.city(), commune.postalCode(), commune.latitude(),
          commune.longitude(), commune.populationThousands()));
    }
    places.addAll(OUTSIDE_FRANCE);
    return List.copyOf(places);
  }

  private static Place p(String nuts3, String city, String postalCode, double lat, double lon, double weight) {
    return new Place(nuts3, city, postalCode, lat, lon, weight);
  }
}
