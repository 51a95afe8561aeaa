package org.clusterscope.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code clusterscope.conf} beside the generated files: a complete config, in the style of
 * conf/local.conf, whose sources are the generated files, whose warehouse is {@code <out>/warehouse}
 * and whose reference data are the repository's (absolute paths). It has no NUTS list because the
 * synthetic codes are not real NUTS codes.
 */
final class ConfigFile {
  /** Up to this many records in all, 8 shuffle partitions; above, 32 (about 1 million records each at 25M). */
  static final long SMALL_INPUT = 5_000_000L;

  private ConfigFile() {}

  static int shufflePartitions(long records) {
    return records <= SMALL_INPUT ? 8 : 32;
  }

  static Path write(GenerateOptions options, long records) {
    Path out = options.out();
    List<String> sources = new ArrayList<>();
    if (options.writes(OutputFormat.REGISTER_CSV)) {
      sources.add("    # " + (options.writes(OutputFormat.SIRENE) ? "Every country but France (France is in SIRENE)"
          : "All 27 countries") + ", " + options.year() + ".\n"
          + "    { name = register, format = register-csv, paths = [" + quote(out.resolve("register")) + "] }");
    }
    if (options.writes(OutputFormat.SIRENE)) {
      sources.add("    # France; non-employer units (band NN) have no year of their own.\n"
          + "    { name = sirene, format = sirene, paths = [" + quote(out.resolve("sirene/StockEtablissement.csv")) + "]\n"
          + "      options { commune-nuts = " + quote(out.resolve("sirene/commune_nuts3.csv"))
          + ", reference-year = " + options.year() + " } }");
    }
    if (options.writes(OutputFormat.REGPAT)) {
      sources.add("    { name = regpat, format = regpat, paths {\n"
          + "        inventors = [" + quote(out.resolve("regpat/inventors.txt")) + "]\n"
          + "        ipc = [" + quote(out.resolve("regpat/ipc.txt")) + "] } }");
    }
    if (options.writes(OutputFormat.CORDIS)) {
      sources.add("    { name = cordis, format = cordis, paths {\n"
          + "        organizations = [" + quote(out.resolve("cordis/organization.csv")) + "]\n"
          + "        projects = [" + quote(out.resolve("cordis/project.csv")) + "] } }");
    }
    String text = "# Written by 'jobs/clusterscope generate' (seed " + options.seed() + "): synthetic inputs, "
        + String.format(java.util.Locale.ROOT, "%,d", records) + " records.\n"
        + "#   jobs/clusterscope run --config " + out.resolve("clusterscope.conf") + "\n"
        + "clusterscope {\n"
        + "  catalog {\n"
        + "    warehouse = " + quote(out.resolve("warehouse")) + "\n"
        + "    database-prefix = \"cs\"\n"
        + "  }\n\n"
        + "  spark {\n"
        + "    master = \"local[*]\"\n"
        + "    conf {\n"
        + "      # 8 partitions up to " + String.format(java.util.Locale.ROOT, "%,d", SMALL_INPUT)
        + " records (more only costs scheduling on a few cores), 32 above.\n"
        + "      \"spark.sql.shuffle.partitions\" = \"" + shufflePartitions(records) + "\"\n"
        + "    }\n"
        + "  }\n\n"
        + "  sources = [\n" + String.join("\n", sources) + "\n  ]\n\n"
        + "  reference {\n"
        + "    nace = " + quote(options.nace()) + "\n"
        + "    # No nuts-regions list: the synthetic NUTS codes are well-formed but not real.\n"
        + "    schemes {\n"
        + "      cluster_categories = " + quote(options.reference("schemes/cluster_categories.csv")) + "\n"
        + "    }\n"
        + "    # The generator uses only IPC codes that these two subsets map.\n"
        + "    ipc-technology = " + quote(options.reference("ipc_technology.csv")) + "\n"
        + "    ipc-nace = " + quote(options.reference("ipc_nace2.csv")) + "\n"
        + "  }\n\n"
        + "  indicators {\n"
        + "    nuts-levels = [0, 1, 2, 3]\n"
        + "    sector-schemes = [nace_section, nace_division, nace_class, cluster_categories]\n"
        + "  }\n"
        + "}\n";
    Path file = out.resolve("clusterscope.conf");
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String quote(Path path) {
    return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
