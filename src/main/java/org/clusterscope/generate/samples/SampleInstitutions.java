package org.clusterscope.generate.samples;

import static org.clusterscope.generate.samples.Technology.AUTOMOTIVE;
import static org.clusterscope.generate.samples.Technology.CHEMICALS;
import static org.clusterscope.generate.samples.Technology.ELECTRONICS;
import static org.clusterscope.generate.samples.Technology.FOOD;
import static org.clusterscope.generate.samples.Technology.ICT;
import static org.clusterscope.generate.samples.Technology.MACHINERY;
import static org.clusterscope.generate.samples.Technology.MEDICAL_DEVICES;
import static org.clusterscope.generate.samples.Technology.PHARMA;

import java.util.ArrayList;
import java.util.List;

/**
 * Real universities (HES), research organisations (REC), public bodies (PUB) and other bodies
 * (OTH) in the sample regions, and a few outside Europe, with the technologies they work in.
 * Used as CORDIS participants and, for HES and REC, as co-applicants of patents. Addresses are
 * approximate.
 */
final class SampleInstitutions {

  /** An institution; {@code nuts3} is empty outside the NUTS area (then {@code country} says where). */
  record Institution(String name, String shortName, String type, String nuts3, String country, String street,
      String postCode, String city, double latitude, double longitude, String url,
      List<Technology> technologies) {
  }

  private static final List<Technology> ALL_FIELDS = List.of(Technology.values());

  static final List<Institution> ALL = List.of(
      i("Universität Stuttgart", "USTUTT", "HES", "DE111", "Keplerstraße 7", "70174", "Stuttgart", 48.7823,
          9.1750, "www.uni-stuttgart.de", List.of(AUTOMOTIVE, MACHINERY, ICT, ELECTRONICS)),
      i("Universität Hohenheim", "UHOH", "HES", "DE111", "Schloss Hohenheim 1", "70599", "Stuttgart", 48.7117,
          9.2130, "www.uni-hohenheim.de", List.of(FOOD, CHEMICALS)),
      i("Karlsruher Institut für Technologie", "KIT", "HES", "DE122", "Kaiserstraße 12", "76131", "Karlsruhe",
          49.0094, 8.4120, "www.kit.edu", List.of(AUTOMOTIVE, ELECTRONICS, ICT, MACHINERY, CHEMICALS)),
      i("Albert-Ludwigs-Universität Freiburg", "ALU-FR", "HES", "DE131", "Fahnenbergplatz", "79098",
          "Freiburg im Breisgau", 47.9960, 7.8470, "www.uni-freiburg.de",
          List.of(PHARMA, MEDICAL_DEVICES, ELECTRONICS)),
      i("Ruprecht-Karls-Universität Heidelberg", "UHEI", "HES", "DE125", "Grabengasse 1", "69117", "Heidelberg",
          49.4106, 8.7060, "www.uni-heidelberg.de", List.of(PHARMA, MEDICAL_DEVICES)),
      i("Universität Mannheim", "UMA", "HES", "DE126", "Schloss", "68161", "Mannheim", 49.4830, 8.4620,
          "www.uni-mannheim.de", List.of(ICT)),
      i("Hochschule Furtwangen", "HFU", "HES", "DE136", "Robert-Gerwig-Platz 1", "78120", "Furtwangen", 48.0500,
          8.2070, "www.hs-furtwangen.de", List.of(MEDICAL_DEVICES, ELECTRONICS)),
      i("Universität Konstanz", "UKON", "HES", "DE138", "Universitätsstraße 10", "78464", "Konstanz", 47.6896,
          9.1868, "www.uni-konstanz.de", List.of(PHARMA, ICT)),
      i("Université de Strasbourg", "UNISTRA", "HES", "FRF11", "4 rue Blaise Pascal", "67000", "Strasbourg",
          48.5806, 7.7656, "www.unistra.fr", List.of(PHARMA, CHEMICALS, MEDICAL_DEVICES, FOOD)),
      i("Université de Haute-Alsace", "UHA", "HES", "FRF12", "2 rue des Frères Lumière", "68100", "Mulhouse",
          47.7320, 7.3140, "www.uha.fr", List.of(AUTOMOTIVE, CHEMICALS)),
      i("Sorbonne Université", "SU", "HES", "FR101", "21 rue de l'École de Médecine", "75006", "Paris", 48.8510,
          2.3430, "www.sorbonne-universite.fr", List.of(PHARMA, MEDICAL_DEVICES, ICT)),
      i("Université Paris-Saclay", "UPSACLAY", "HES", "FR104", "3 rue Joliot Curie", "91190", "Gif-sur-Yvette",
          48.7090, 2.1640, "www.universite-paris-saclay.fr", List.of(ICT, ELECTRONICS, PHARMA)),
      i("Université Grenoble Alpes", "UGA", "HES", "FRK24", "621 avenue Centrale", "38400",
          "Saint-Martin-d'Hères", 45.1920, 5.7680, "www.univ-grenoble-alpes.fr",
          List.of(ELECTRONICS, ICT, MEDICAL_DEVICES)),
      i("Université Claude Bernard Lyon 1", "UCBL", "HES", "FRK26", "43 boulevard du 11 Novembre 1918", "69100",
          "Villeurbanne", 45.7797, 4.8650, "www.univ-lyon1.fr", List.of(PHARMA, CHEMICALS, MEDICAL_DEVICES)),
      i("Københavns Universitet", "UCPH", "HES", "DK011", "Nørregade 10", "1165", "København", 55.6800, 12.5720,
          "www.ku.dk", List.of(PHARMA, MEDICAL_DEVICES, FOOD, ICT)),
      i("Danmarks Tekniske Universitet", "DTU", "HES", "DK012", "Anker Engelunds Vej 1", "2800",
          "Kongens Lyngby", 55.7857, 12.5217, "www.dtu.dk",
          List.of(ELECTRONICS, ICT, FOOD, PHARMA, CHEMICALS)),
      i("Aarhus Universitet", "AU", "HES", "DK042", "Nordre Ringgade 1", "8000", "Aarhus", 56.1681, 10.2030,
          "www.au.dk", List.of(FOOD, ICT, PHARMA)),
      i("Syddansk Universitet", "SDU", "HES", "DK031", "Campusvej 55", "5230", "Odense", 55.3690, 10.4280,
          "www.sdu.dk", List.of(MEDICAL_DEVICES, MACHINERY)),
      i("Lunds universitet", "LU", "HES", "SE224", "Paradisgatan 5", "221 00", "Lund", 55.7058, 13.1932,
          "www.lu.se", List.of(MEDICAL_DEVICES, PHARMA, FOOD, ICT)),
      i("Malmö universitet", "MAU", "HES", "SE224", "Nordenskiöldsgatan 1", "205 06", "Malmö", 55.6110, 12.9940,
          "www.mau.se", List.of(MEDICAL_DEVICES, ICT)),
      i("Kungliga Tekniska högskolan", "KTH", "HES", "SE110", "Brinellvägen 8", "100 44", "Stockholm", 59.3498,
          18.0707, "www.kth.se", List.of(ICT, ELECTRONICS, AUTOMOTIVE)),
      i("Karolinska Institutet", "KI", "HES", "SE110", "Nobels väg 5", "171 77", "Solna", 59.3486, 18.0233,
          "www.ki.se", List.of(PHARMA, MEDICAL_DEVICES)),
      i("Chalmers tekniska högskola AB", "CHALMERS", "HES", "SE232", "Chalmersplatsen 4", "412 96", "Göteborg",
          57.6896, 11.9742, "www.chalmers.se", List.of(AUTOMOTIVE, ICT, ELECTRONICS, MACHINERY)),
      i("Göteborgs universitet", "UGOT", "HES", "SE232", "Universitetsplatsen 1", "405 30", "Göteborg", 57.6983,
          11.9716, "www.gu.se", List.of(PHARMA, MEDICAL_DEVICES)),
      i("Universität Basel", "UNIBAS", "HES", "CH031", "Petersplatz 1", "4051", "Basel", 47.5584, 7.5835,
          "www.unibas.ch", List.of(PHARMA, MEDICAL_DEVICES)),
      i("Eidgenössische Technische Hochschule Zürich", "ETH Zürich", "HES", "CH040", "Rämistrasse 101", "8092",
          "Zürich", 47.3763, 8.5480, "www.ethz.ch", List.of(ICT, ELECTRONICS, MACHINERY, AUTOMOTIVE, PHARMA)),
      i("Universität Zürich", "UZH", "HES", "CH040", "Rämistrasse 71", "8006", "Zürich", 47.3743, 8.5510,
          "www.uzh.ch", List.of(PHARMA, MEDICAL_DEVICES)),
      i("École polytechnique fédérale de Lausanne", "EPFL", "HES", "CH011", "Route Cantonale", "1015",
          "Lausanne", 46.5191, 6.5668, "www.epfl.ch", List.of(ICT, ELECTRONICS, MEDICAL_DEVICES)),
      i("Université de Genève", "UNIGE", "HES", "CH013", "24 rue du Général-Dufour", "1211", "Genève", 46.1994,
          6.1450, "www.unige.ch", List.of(PHARMA)),
      i("Centre national de la recherche scientifique CNRS", "CNRS", "REC", "FR101", "3 rue Michel-Ange",
          "75016", "Paris", 48.8476, 2.2633, "www.cnrs.fr", ALL_FIELDS),
      i("Institut national de la santé et de la recherche médicale", "INSERM", "REC", "FR101",
          "101 rue de Tolbiac", "75013", "Paris", 48.8263, 2.3659, "www.inserm.fr",
          List.of(PHARMA, MEDICAL_DEVICES)),
      i("Commissariat à l'énergie atomique et aux énergies alternatives", "CEA", "REC", "FR101",
          "25 rue Leblanc", "75015", "Paris", 48.8390, 2.2750, "www.cea.fr",
          List.of(ELECTRONICS, ICT, MEDICAL_DEVICES)),
      i("Institut national de recherche pour l'agriculture, l'alimentation et l'environnement", "INRAE", "REC",
          "FR101", "147 rue de l'Université", "75007", "Paris", 48.8600, 2.3060, "www.inrae.fr",
          List.of(FOOD)),
      i("Institut Pasteur", "IP", "REC", "FR101", "25-28 rue du Docteur Roux", "75015", "Paris", 48.8404, 2.3110,
          "www.pasteur.fr", List.of(PHARMA)),
      i("FZI Forschungszentrum Informatik", "FZI", "REC", "DE122", "Haid-und-Neu-Straße 10-14", "76131",
          "Karlsruhe", 49.0130, 8.4250, "www.fzi.de", List.of(ICT, AUTOMOTIVE)),
      i("Hahn-Schickard-Gesellschaft für angewandte Forschung e.V.", "HSG", "REC", "DE136",
          "Wilhelm-Schickard-Straße 10", "78052", "Villingen-Schwenningen", 48.0540, 8.5340,
          "www.hahn-schickard.de", List.of(MEDICAL_DEVICES, ELECTRONICS)),
      i("Paul Scherrer Institut", "PSI", "REC", "CH033", "Forschungsstrasse 111", "5232", "Villigen", 47.5366,
          8.2230, "www.psi.ch", List.of(ELECTRONICS, PHARMA, CHEMICALS)),
      i("Eidgenössische Materialprüfungs- und Forschungsanstalt", "EMPA", "REC", "CH040", "Überlandstrasse 129",
          "8600", "Dübendorf", 47.4030, 8.6130, "www.empa.ch", List.of(CHEMICALS, MACHINERY)),
      i("Friedrich Miescher Institute for Biomedical Research", "FMI", "REC", "CH031", "Fabrikstrasse 24", "4056",
          "Basel", 47.5700, 7.5740, "www.fmi.ch", List.of(PHARMA)),
      i("RISE Research Institutes of Sweden AB", "RISE", "REC", "SE232", "Brinellgatan 4", "501 15", "Borås",
          57.7210, 12.9401, "www.ri.se", List.of(ICT, FOOD, AUTOMOTIVE, CHEMICALS)),
      i("Statens Serum Institut", "SSI", "REC", "DK011", "Artillerivej 5", "2300", "København", 55.6690, 12.5890,
          "www.ssi.dk", List.of(PHARMA)),
      i("Teknologisk Institut", "DTI", "REC", "DK012", "Gregersensvej 1", "2630", "Taastrup", 55.6510, 12.2970,
          "www.teknologisk.dk", List.of(FOOD, MACHINERY, CHEMICALS)),
      i("Région Grand Est", "GRANDEST", "PUB", "FRF11", "1 place Adrien Zeller", "67000", "Strasbourg", 48.5950,
          7.7690, "www.grandest.fr", ALL_FIELDS),
      i("Landeshauptstadt Stuttgart", "STUTTGART", "PUB", "DE111", "Marktplatz 1", "70173", "Stuttgart", 48.7755,
          9.1790, "www.stuttgart.de", List.of(AUTOMOTIVE, ICT)),
      i("Region Skåne", "SKANE", "PUB", "SE224", "Dockplatsen 26", "211 19", "Malmö", 55.6140, 12.9870,
          "www.skane.se", List.of(MEDICAL_DEVICES, FOOD)),
      i("Region Hovedstaden", "REGIONH", "PUB", "DK013", "Kongens Vænge 2", "3400", "Hillerød", 55.9290, 12.3000,
          "www.regionh.dk", List.of(MEDICAL_DEVICES, PHARMA)),
      i("Kanton Basel-Stadt", "BS", "PUB", "CH031", "Marktplatz 9", "4051", "Basel", 47.5580, 7.5880,
          "www.bs.ch", List.of(PHARMA)),
      i("Medicon Valley Alliance", "MVA", "OTH", "DK011", "Arne Jacobsens Allé 15", "2300", "København", 55.6300,
          12.5800, "www.mva.org", List.of(PHARMA, MEDICAL_DEVICES)),
      i("Eucor; The European Campus EVTZ", "EUCOR", "OTH", "DE131", "Werthmannstraße 8", "79098",
          "Freiburg im Breisgau", 47.9940, 7.8450, "www.eucor-uni.org", List.of(PHARMA, CHEMICALS, ICT)),
      i("ARENA2036 e.V.", "ARENA2036", "OTH", "DE111", "Pfaffenwaldring 19", "70569", "Stuttgart", 48.7400,
          9.1000, "www.arena2036.de", List.of(AUTOMOTIVE, MACHINERY)),
      i("Association \"Alsace BioValley\"", "ABV", "OTH", "FRF11", "300 boulevard Sébastien Brant", "67400",
          "Illkirch-Graffenstaden", 48.5297, 7.7147, "www.alsace-biovalley.com",
          List.of(PHARMA, MEDICAL_DEVICES)),
      i("Minalogic", "MINALOGIC", "OTH", "FRK24", "3 parvis Louis Néel", "38000", "Grenoble", 45.1900, 5.7650,
          "www.minalogic.com", List.of(ELECTRONICS, ICT)),
      foreign("Massachusetts Institute of Technology", "MIT", "HES", "US", "77 Massachusetts Avenue", "02139",
          "Cambridge", 42.3601, -71.0942, "www.mit.edu", List.of(ICT, ELECTRONICS, PHARMA)),
      foreign("The Board of Trustees of the Leland Stanford Junior University", "STANFORD", "HES", "US",
          "450 Serra Mall", "94305", "Stanford", 37.4275, -122.1697, "www.stanford.edu",
          List.of(ICT, MEDICAL_DEVICES)),
      foreign("Mayo Foundation for Medical Education and Research", "MAYO", "OTH", "US", "200 First Street SW",
          "55905", "Rochester", 44.0225, -92.4665, "www.mayo.edu", List.of(MEDICAL_DEVICES, PHARMA)),
      foreign("University of Toronto", "UOFT", "HES", "CA", "27 King's College Circle", "M5S 1A1", "Toronto",
          43.6629, -79.3957, "www.utoronto.ca", List.of(PHARMA, ICT)));

  private SampleInstitutions() {
  }

  /** Institutions of {@code type} (null: any) working in {@code technology}, in the NUTS area or not. */
  static List<Institution> working(Technology technology, String type, boolean outsideEurope) {
    List<Institution> result = new ArrayList<>();
    for (Institution institution : ALL) {
      if (institution.technologies().contains(technology) && (type == null || institution.type().equals(type))
          && institution.nuts3().isEmpty() == outsideEurope) {
        result.add(institution);
      }
    }
    return result;
  }

  private static Institution i(String name, String shortName, String type, String nuts3, String street,
      String postCode, String city, double lat, double lon, String url,
      List<Technology> technologies) {
    return new Institution(name, shortName, type, nuts3, nuts3.substring(0, 2), street, postCode, city, lat, lon,
        url, technologies);
  }

  private static Institution foreign(String name, String shortName, String type, String country, String street,
      String postCode, String city, double lat, double lon, String url,
      List<Technology> technologies) {
    return new Institution(name, shortName, type, "", country, street, postCode, city, lat, lon, url,
        technologies);
  }
}
