package org.clusterscope.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code --release <name>} of {@code run} and {@code publish}: the name of the release it records. */
final class ReleaseOption {
  @Option(names = "--release", paramLabel = "<name>",
      description = "Name of the release this publish records (cs_ops.releases; letters, digits, '.', '_', '-');"
          + " a name an earlier release has is refused. Default: from publish.release-name-pattern, e.g."
          + " r20261207T051233Z (docs/operations.md).")
  String name;

  /** The configuration key the option stands for. */
  List<String> overrides() {
    return name == null ? List.of() : List.of("publish.release-name=" + name);
  }
}
