package org.clusterscope.generate.samples;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clusterscope.generate.Draws;

/**
 * Acronyms, titles and objectives of the synthetic research projects. Some objectives run over
 * several lines and hold semicolons and double quotes, as real CORDIS abstracts do.
 */
final class CordisText {

  private static final List<String> SYLLABLES = List.of("RHI", "NO", "MED", "VAL", "TRI", "ON", "AL", "SEN",
      "SO", "BIO", "TEC", "DRI", "VE", "NEX", "QU", "ANT", "FO", "OD", "CHI", "PS", "LUM", "EN", "OR", "IS");
  private static final double MULTI_LINE_SHARE = 0.35;

  private final Draws draws;
  private final Set<String> acronyms = new HashSet<>();

  CordisText(Draws draws) {
    this.draws = draws;
  }

  String acronym() {
    while (true) {
      StringBuilder acronym = new StringBuilder();
      int syllables = 2 + draws.index(3);
      for (int i = 0; i < syllables; i++) {
        acronym.append(SYLLABLES.get(draws.index(SYLLABLES.size())));
      }
      if (draws.chance(0.15)) {
        acronym.append("-").append(2 + draws.index(4));
      }
      if (acronyms.add(acronym.toString())) {
        return acronym.toString();
      }
    }
  }

  String title(Technology technology) {
    String[] subject = subjects(technology);
    return pick(List.of("Next-generation ", "Scalable ", "Open and trusted ", "Cross-border ", "Sustainable "))
        + subject[draws.index(subject.length)] + " for " + pick(List.of("Europe's regions",
        "industrial clusters", "patients and clinicians", "small and medium-sized enterprises",
        "a resilient value chain"));
  }

  /** Three to five sentences; some spread over paragraphs, with semicolons and quoted terms. */
  String objective(Technology technology, String acronym) {
    String[] subject = subjects(technology);
    List<String> sentences = List.of(
        acronym + " will develop " + subject[draws.index(subject.length)] + " and validate them in "
            + "industrial pilots; the consortium brings together universities, research centres and "
            + "companies from several regions.",
        "The project builds a \"digital twin\" of the value chain; it links design, production and use.",
        "Results will be demonstrated in three pilot sites; data will be shared under FAIR principles.",
        "We address barriers to uptake: cost, regulation and skills.",
        "Cross-border cooperation in the Upper Rhine and Øresund regions is a core element of the "
            + "exploitation plan.",
        "An open call will involve start-ups and SMEs; a training programme reaches 500 professionals.");
    int count = 3 + draws.index(3);
    String separator = draws.chance(MULTI_LINE_SHARE) ? "\n" : " ";
    StringBuilder text = new StringBuilder(sentences.get(0));
    int start = 1 + draws.index(sentences.size() - 1);
    for (int i = 1; i < count; i++) {
      text.append(separator).append(sentences.get(1 + (start + i) % (sentences.size() - 1)));
    }
    return text.toString();
  }

  private static String[] subjects(Technology technology) {
    switch (technology) {
      case AUTOMOTIVE: return new String[] {"battery management for electric vehicles",
          "automated driving functions", "lightweight vehicle structures"};
      case MEDICAL_DEVICES: return new String[] {"minimally invasive surgical instruments",
          "smart implants", "point-of-care diagnostic devices"};
      case PHARMA: return new String[] {"small-molecule therapies", "antibody-based treatments",
          "mRNA vaccine platforms"};
      case ICT: return new String[] {"trustworthy AI services", "edge-cloud computing platforms",
          "secure 6G networks"};
      case ELECTRONICS: return new String[] {"power semiconductors", "quantum sensors",
          "low-energy microelectronics"};
      case CHEMICALS: return new String[] {"bio-based polymers", "green catalytic processes",
          "recyclable coatings"};
      case MACHINERY: return new String[] {"collaborative robots", "additive manufacturing",
          "zero-defect machining"};
      case FOOD: return new String[] {"plant-based proteins", "healthy food processing",
          "low-sugar confectionery"};
      default: throw new IllegalArgumentException("No subjects for " + technology);
    }
  }

  private String pick(List<String> items) {
    return items.get(draws.index(items.size()));
  }

  /** Horizon 2020 identifiers for a 2020 start: legal basis, topic and call. */
  static String[] h2020Call(Technology technology) {
    switch (technology) {
      case PHARMA:
      case MEDICAL_DEVICES:
        return new String[] {"H2020-EU.3.1.", "SC1-PHE-CORONAVIRUS-2020", "H2020-SC1-PHE-CORONAVIRUS-2020"};
      case AUTOMOTIVE:
        return new String[] {"H2020-EU.3.4.", "LC-GV-05-2019", "H2020-LC-GV-2018-2019-2020"};
      case FOOD:
        return new String[] {"H2020-EU.3.2.", "LC-SFS-19-2018-2019-2020", "H2020-SFS-2018-2020"};
      default:
        return new String[] {"H2020-EU.2.1.1.", "ICT-56-2020", "H2020-ICT-2020-2"};
    }
  }

  /** Call identifiers of a technology's Horizon Europe cluster: legal basis and topic stem. */
  static String[] horizonCall(Technology technology, int year) {
    switch (technology) {
      case PHARMA:
      case MEDICAL_DEVICES:
        return new String[] {"HORIZON.2.1", String.format(Locale.ROOT, "HORIZON-HLTH-%d-TOOL-06", year)};
      case AUTOMOTIVE:
        return new String[] {"HORIZON.2.5", String.format(Locale.ROOT, "HORIZON-CL5-%d-D5-01", year)};
      case FOOD:
        return new String[] {"HORIZON.2.6", String.format(Locale.ROOT, "HORIZON-CL6-%d-FARM2FORK-01", year)};
      default:
        return new String[] {"HORIZON.2.4",
            String.format(Locale.ROOT, "HORIZON-CL4-%d-DIGITAL-EMERGING-01", year)};
    }
  }
}
