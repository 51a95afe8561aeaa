package org.clusterscope.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Input formats clusterscope reads (docs/design.md section 3). A format names the parts a delivery
 * consists of (a REGPAT delivery is an inventor file and an IPC file, a CORDIS one a project and
 * an organisation file), the file extensions read from a folder, and the options it accepts.
 */
public enum SourceFormat {
  /** The canonical business register of docs/design.md 3.1, as CSV or Parquet. */
  REGISTER_CSV("register-csv", List.of(Part.RECORDS), Set.of(), List.of("csv", "parquet"), Set.of("delimiter")),
  /** The INSEE SIRENE StockEtablissement file. */
  SIRENE("sirene", List.of(Part.RECORDS), Set.of(), List.of("csv"), Set.of("commune-nuts", "reference-year")),
  /** Eurostat regional structural business statistics, TSV bulk layout. */
  SBS("sbs", List.of(Part.RECORDS), Set.of(), List.of("tsv"), Set.of()),
  /** OECD REGPAT inventor, IPC and (optional) applicant files. */
  REGPAT("regpat", List.of(Part.INVENTORS, Part.IPC, Part.APPLICANTS), Set.of(Part.APPLICANTS),
      List.of("txt", "csv"), Set.of("reference-year")),
  /** CORDIS bulk organisation and project files. */
  CORDIS("cordis", List.of(Part.ORGANIZATIONS, Part.PROJECTS), Set.of(), List.of("csv"), Set.of());

  /** A kind of file within a delivery; its key names it under {@code paths} in the config. */
  public enum Part {
    RECORDS("records"), INVENTORS("inventors"), APPLICANTS("applicants"), IPC("ipc"),
    ORGANIZATIONS("organizations"), PROJECTS("projects");

    private final String key;

    Part(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private final String key;
  private final List<Part> parts;
  private final Set<Part> optionalParts;
  private final List<String> extensions;
  private final Set<String> options;

  SourceFormat(String key, List<Part> parts, Set<Part> optionalParts, List<String> extensions, Set<String> options) {
    this.key = key;
    this.parts = parts;
    this.optionalParts = optionalParts;
    this.extensions = extensions;
    this.options = options;
  }

  public String key() {
    return key;
  }

  /** The parts of a delivery; a single-part format is configured with a plain list of paths. */
  public List<Part> parts() {
    return parts;
  }

  public boolean isSinglePart() {
    return parts.size() == 1;
  }

  public boolean isOptional(Part part) {
    return optionalParts.contains(part);
  }

  /** Extensions (lower case, without dot) of the files read from a configured folder. */
  public List<String> extensions() {
    return extensions;
  }

  /** Option keys the format accepts. */
  public Set<String> options() {
    return options;
  }

  /**
   * True for formats whose records give employment (register-csv, sirene, sbs): the sources
   * {@code indicators.sources} may name.
   */
  public boolean givesEmployment() {
    return this == REGISTER_CSV || this == SIRENE || this == SBS;
  }

  /** True for formats whose records are classified by IPC code, so a run needs the IPC concordances. */
  public boolean needsIpcConcordance() {
    return this == REGPAT;
  }

  /** The keys of every format, in declaration order: what the config's {@code format} accepts. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(SourceFormat::key).toList();
  }

  public static Optional<SourceFormat> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
