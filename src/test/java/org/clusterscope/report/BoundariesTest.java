package org.clusterscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GISCO boundary file: the report's level is kept, and files it cannot draw are refused by reason. */
class BoundariesTest {
  @TempDir Path folder;

  private static String feature(String id, double x, double y) {
    return "{\"type\":\"Feature\",\"properties\":{\"NUTS_ID\":\"" + id + "\",\"LEVL_CODE\":" + (id.length() - 2)
        + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + 1) + "," + y
        + "],[" + x + "," + (y + 1) + "],[" + x + "," + y + "]]]}}";
  }

  private Path file(String... features) throws IOException {
    return Files.writeString(folder.resolve("nuts.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
  }

  private static List<String> ids(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.path("features").forEach(f -> ids.add(f.path("properties").path("NUTS_ID").asText()));
    return ids;
  }

  @Test
  void onlyTheRegionsOfTheReportsLevelAreKept() throws IOException {
    Path all = file(feature("DE", 7, 48), feature("DE1", 7, 48), feature("DE11", 7, 48), feature("DE111", 9.1, 48.7),
        feature("FRF12", 7.3, 47.7));
    assertEquals(List.of("DE111", "FRF12"), ids(Boundaries.read(all, 3)));
    assertEquals(List.of("DE11"), ids(Boundaries.read(all, 2)));
    assertEquals(Optional.empty(), Boundaries.load(Optional.empty(), 3));
  }

  @Test
  void aProjectedFileIsRefusedNamingEpsg4326() throws IOException {
    // GISCO's EPSG:3035 files are in metres: Stuttgart is near (4,220,000, 2,850,000).
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> Boundaries.read(file(feature("DE111", 4220000, 2850000)), 3));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("EPSG:4326") && e.getMessage().contains("nuts-geojson"), e.getMessage());
  }

  @Test
  void filesThatCannotBeDrawnAreRefusedWithTheReason() throws IOException {
    assertRefused(folder.resolve("missing.geojson"), 3, "does not exist");
    assertRefused(Files.writeString(folder.resolve("broken.geojson"), "{\"type\": "), 3, "it is not JSON");
    assertRefused(Files.writeString(folder.resolve("point.geojson"), "{\"type\":\"Feature\"}"), 3,
        "not a GeoJSON FeatureCollection");
    assertRefused(file("{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":null}"), 3, "NUTS_ID");
    assertRefused(file(feature("DE1", 7, 48)), 3, "no region of NUTS level 3");
  }

  private static void assertRefused(Path file, int level, String reason) {
    ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> Boundaries.read(file, level));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains(reason) && e.getMessage().contains(file.toString()), e.getMessage());
  }
}
