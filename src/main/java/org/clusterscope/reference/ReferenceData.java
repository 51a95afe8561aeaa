package org.clusterscope.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterscope.config.ReferenceSettings;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.clusterscope.errors.Errors;

/**
 * All reference tables of a run, loaded and checked once on the driver.
 *
 * @param schemes the configured sector schemes, in configured order
 */
public record ReferenceData(
    NaceReference nace, Optional<NutsReference> nuts, List<SectorScheme> schemes, Optional<IpcConcordance> ipc) {

  public ReferenceData {
    schemes = List.copyOf(schemes);
  }

  /** The configured custom schemes (cluster categories), in configured order. */
  public List<CustomScheme> customSchemes() {
    return schemes.stream().filter(CustomScheme.class::isInstance).map(CustomScheme.class::cast).toList();
  }

  public static ReferenceData load(Settings settings) {
    ReferenceSettings ref = settings.reference();
    NaceReference nace = NaceReference.load(
        ref.nace().orElseThrow(() -> Errors.referenceNotConfigured("clusterscope.reference.nace")));
    List<SectorScheme> schemes = new ArrayList<>();
    for (String name : settings.indicators().sectorSchemes()) {
      schemes.add(SettingsLoader.BUILT_IN_SCHEMES.contains(name)
          ? SectorScheme.builtIn(name, nace)
          : CustomScheme.load(name, ref.customSchemes().get(name), nace));
    }
    boolean patents = settings.sources().stream().anyMatch(s -> s.format().needsIpcConcordance());
    Optional<IpcConcordance> ipc = Optional.empty();
    if (patents || ref.ipcTechnology().isPresent() || ref.ipcNace().isPresent()) {
      ipc = Optional.of(IpcConcordance.load(
          "clusterscope.reference.ipc-technology",
          ref.ipcTechnology().orElseThrow(() -> Errors.referenceNotConfigured("clusterscope.reference.ipc-technology")),
          "clusterscope.reference.ipc-nace",
          ref.ipcNace().orElseThrow(() -> Errors.referenceNotConfigured("clusterscope.reference.ipc-nace"))));
    }
    return new ReferenceData(nace, NutsReference.load(ref.nutsRegions()), schemes, ipc);
  }
}
