package org.clusterscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clusterscope.errors.Errors;

/**
 * NUTS boundaries for the map of stars, from a GISCO GeoJSON file (EPSG:4326, properties
 * {@code NUTS_ID} and {@code LEVL_CODE}), such as {@code NUTS_RG_20M_2021_4326.geojson}. Only the
 * features of the report's level are kept, so a file with every level can be given.
 */
final class Boundaries {
  private Boundaries() {}

  static final String KEY = "clusterscope.report.nuts-geojson";

  /** The sentence a page shows instead of the map when no boundary file is configured. */
  static final String HINT = "No map: no NUTS boundary file is configured. To add the map of stars per region,"
      + " download a GISCO NUTS GeoJSON file in EPSG:4326 (for example NUTS_RG_20M_2021_4326.geojson from"
      + " https://gisco-services.ec.europa.eu/distribution/v2/nuts/, the year of the NUTS version of your data),"
      + " set " + KEY + " to its path in the configuration and write the report again.";

  /** The features of NUTS level {@code level} of the configured file, or empty when none is configured. */
  static Optional<JsonNode> load(Optional<Path> file, int level) {
    return file.map(path -> read(path, level));
  }

  static JsonNode read(Path file, int level) {
    if (!Files.isRegularFile(file)) {
      throw Errors.boundaryFileInvalid(file, "the file does not exist");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw Errors.boundaryFileInvalid(file, "it is not JSON (" + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw Errors.boundaryFileInvalid(file, "it cannot be read (" + e.getMessage() + ")");
    }
    if (!"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
      throw Errors.boundaryFileInvalid(file, "it is not a GeoJSON FeatureCollection");
    }
    ArrayNode kept = root.path("features").deepCopy();
    kept.removeAll();
    for (JsonNode feature : root.path("features")) {
      JsonNode properties = feature.path("properties");
      if (!properties.hasNonNull("NUTS_ID")) {
        throw Errors.boundaryFileInvalid(file, "a feature has no property NUTS_ID (GISCO's NUTS files have one)");
      }
      if (properties.path("NUTS_ID").asText().length() == level + 2) {
        checkLongitudeLatitude(file, feature.path("geometry"));
        kept.add(feature);
      }
    }
    if (kept.isEmpty()) {
      throw Errors.boundaryFileInvalid(file, "it holds no region of NUTS level " + level
          + " (download the file of all levels, or of LEVL_" + level + ")");
    }
    ObjectNode collection = new ObjectMapper().createObjectNode();
    collection.put("type", "FeatureCollection");
    collection.set("features", kept);
    return collection;
  }

  /** Projected coordinates (e.g. EPSG:3035, in metres) would draw nothing: refuse them by name. */
  private static void checkLongitudeLatitude(Path file, JsonNode geometry) {
    JsonNode point = geometry.path("coordinates");
    while (point.isArray() && point.size() > 0 && point.get(0).isArray()) {
      point = point.get(0);
    }
    if (point.size() >= 2 && (Math.abs(point.get(0).asDouble()) > 180 || Math.abs(point.get(1).asDouble()) > 90)) {
      throw Errors.boundaryFileInvalid(file, "its coordinates are not longitude and latitude (the file of"
          + " EPSG:4326 is needed, '_4326' in GISCO's file names; got " + point.get(0) + ", " + point.get(1) + ")");
    }
  }
}
