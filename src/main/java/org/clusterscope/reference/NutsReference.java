package org.clusterscope.reference;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterscope.errors.Errors;

/**
 * The optional list of valid NUTS codes with labels ({@code code,level,label}). The code
 * structure alone gives the hierarchy; the list adds names and lets the conform stage reject
 * well-shaped codes that do not exist.
 */
public final class NutsReference {
  private final Map<String, String> labels;

  private NutsReference(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
  }

  public static Optional<NutsReference> load(Optional<Path> path) {
    return path.map(NutsReference::load);
  }

  static NutsReference load(Path path) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (ReferenceCsv.Line line : ReferenceCsv.read("clusterscope.reference.nuts-regions", path,
        List.of("code", "level", "label"))) {
      String code = line.get("code");
      if (!code.matches("[A-Z]{2}[0-9A-Z]{0,3}") || !line.get("level").equals(String.valueOf(code.length() - 2))) {
        throw Errors.referenceFileInvalid(path, line.number(), "'" + code + "' with level '"
            + line.get("level") + "' is not a NUTS code of that level");
      }
      labels.put(code, line.get("label"));
    }
    return new NutsReference(labels);
  }

  /** NUTS code to label. */
  public Map<String, String> labels() {
    return labels;
  }
}
