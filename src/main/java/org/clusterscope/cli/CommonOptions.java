package org.clusterscope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SettingsLoader;
import org.clusterscope.ops.YearSelection;
import picocli.CommandLine.Option;

/** Options every command shares (docs/design.md section 2). */
final class CommonOptions {
  @Option(names = "--config", required = true, paramLabel = "<file>",
      description = "Configuration file (HOCON), e.g. conf/local.conf")
  Path config;

  @Option(names = "--year", paramLabel = "<yyyy>", description = "One reference year, e.g. 2023")
  String year;

  @Option(names = "--years", paramLabel = "<yyyy-yyyy>", description = "A range of reference years, e.g. 2019-2023")
  String years;

  @Option(names = "--master", paramLabel = "<url>", description = "Spark master (default from the config: local[*])")
  String master;

  @Option(names = "--conf", paramLabel = "<key=value>",
      description = "Override a Spark setting (spark.*) or a clusterscope key; repeatable")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--verbose", description = "Print stack traces of errors")
  boolean verbose;

  Settings settings() {
    return settings(List.of());
  }

  /** With {@code implied} overrides of a command's own options, before the user's --conf ones. */
  Settings settings(List<String> implied) {
    List<String> all = new ArrayList<>(implied);
    all.addAll(overrides);
    return new SettingsLoader().load(config, all, Optional.ofNullable(master));
  }

  YearSelection selection() {
    return YearSelection.parse(year, years);
  }
}
