package org.clusterscope.reference;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.upper;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The two IPC concordances: IPC to the 35 WIPO technology fields (Schmoch 2008) and IPC to NACE
 * Rev.2 divisions (Van Looy et al. 2015). Both are read from users' files; the official tables
 * and their matching rules are described in {@code ipc_technology_NOTES.md} and
 * {@code ipc_nace2_NOTES.md}. In short, per code and per concordance separately:
 * <ul>
 *   <li>a pattern is a class ({@code H10*}), a subclass ({@code A61K}) or a main group
 *       ({@code A61K 8/*}); only the most specific matching patterns count;</li>
 *   <li>a technology row does not match codes under its {@code except} main groups, so a less
 *       specific row may match them instead;</li>
 *   <li>a NACE row gives its division unless the application also has a code under
 *       {@code not_with} and none under {@code unless_with}; a row whose pattern is the most
 *       specific match but whose condition fails gives nothing, and no less specific row stands in;</li>
 *   <li>co-IPC codes (F16S, B29K, B29L, C12R, A99Z to H99Z) give no division and count for no
 *       condition; they keep their technology field.</li>
 * </ul>
 * {@link #classify} applies the rules to a DataFrame, {@link #map} to one application in plain
 * Java; tests hold the two against each other.
 */
public final class IpcConcordance implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Codes that only qualify another code (Table 2, "Co-IPC"; §4.4 of the source). */
  static final String CO_IPC = "^(F16S|B29K|B29L|C12R|[A-H]99Z)";
  private static final String WELL_FORMED = "^[A-H][0-9]{2}[A-Z]( [0-9]{1,4}/[0-9]{1,6})?$";
  private static final Pattern CO_IPC_PATTERN = Pattern.compile(CO_IPC);
  private static final Pattern WELL_FORMED_PATTERN = Pattern.compile(WELL_FORMED);
  private static final String SPACES = "\\s+";
  private static final String OUTER_SPACE = "^ | $";
  private static final String SUBCLASS_THEN_GROUP = "^([A-Z][0-9]{2}[A-Z])([0-9])";

  private final List<TechnologyRule> technology;
  private final List<NaceRule> nace;

  private IpcConcordance(List<TechnologyRule> technology, List<NaceRule> nace) {
    this.technology = List.copyOf(technology);
    this.nace = List.copyOf(nace);
  }

  /**
   * Loads and checks both files; a malformed file is a configuration error naming file, line and
   * value. The keys are the configuration keys named in messages, e.g.
   * {@code clusterscope.reference.ipc-technology}.
   */
  public static IpcConcordance load(String technologyKey, Path technologyCsv, String naceKey, Path naceCsv) {
    return new IpcConcordance(IpcConcordanceFiles.technology(technologyKey, technologyCsv),
        IpcConcordanceFiles.nace(naceKey, naceCsv));
  }

  /**
   * A code as the concordances write it: trimmed, upper case, single-spaced, with a space between
   * subclass and group ({@code "a61k31/00"} becomes {@code "A61K 31/00"}). NULL stays NULL.
   */
  public static Column normalise(Column raw) {
    Column spaced = regexp_replace(regexp_replace(upper(raw), SPACES, " "), OUTER_SPACE, "");
    return regexp_replace(spaced, SUBCLASS_THEN_GROUP, "$1 $2");
  }

  /** {@link #normalise(Column)} in plain Java, with the same result. */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String spaced = raw.toUpperCase(Locale.ROOT).replaceAll(SPACES, " ").replaceAll(OUTER_SPACE, "");
    return spaced.replaceAll(SUBCLASS_THEN_GROUP, "$1 $2");
  }

  /**
   * Whether a normalised code is an IPC symbol: a subclass ({@code A61K}), optionally followed by
   * a group ({@code A61K 31/045}). False for NULL.
   */
  public static Column isWellFormed(Column normalised) {
    return coalesce(normalised.rlike(WELL_FORMED), lit(false));
  }

  /** {@link #isWellFormed(Column)} in plain Java. */
  public static boolean isWellFormed(String normalised) {
    return normalised != null && WELL_FORMED_PATTERN.matcher(normalised).matches();
  }

  static boolean isCoIpc(String code) {
    return CO_IPC_PATTERN.matcher(code).find();
  }

  /**
   * Adds {@code tech_field} (INT, NULL when no row matches), {@code tech_field_label},
   * {@code tech_sector} and {@code nace_divisions} (ARRAY&lt;STRING&gt;, sorted, distinct, empty
   * when the code gives no division in its application) to rows of {@code appln_id} and
   * {@code ipc} (normalised; codes that are not well-formed match nothing). Other columns are kept.
   */
  public Dataset<Row> classify(Dataset<Row> codes) {
    return IpcClassifier.classify(codes, technology, nace);
  }

  /** The result of {@link #map}: per code, its technology field (or null) and its divisions. */
  public record Mapping(Map<String, Integer> techField, Map<String, SortedSet<String>> naceDivisions) {}

  /** The rules of {@link #classify} for the normalised codes of one application, in plain Java. */
  public Mapping map(Collection<String> normalisedCodesOfOneApplication) {
    List<String> naceCodes = normalisedCodesOfOneApplication.stream()
        .filter(c -> isWellFormed(c) && !isCoIpc(c)).distinct().toList();
    Map<String, Integer> fields = new LinkedHashMap<>();
    Map<String, SortedSet<String>> divisions = new LinkedHashMap<>();
    for (String code : normalisedCodesOfOneApplication) {
      fields.put(code, isWellFormed(code) ? technologyField(code) : null);
      divisions.put(code, naceCodes.contains(code) ? divisions(code, naceCodes) : new TreeSet<>());
    }
    return new Mapping(Collections.unmodifiableMap(fields), Collections.unmodifiableMap(divisions));
  }

  private Integer technologyField(String code) {
    return technology.stream().filter(r -> r.matches(code))
        .max(Comparator.comparing(r -> r.ipc().level())).map(TechnologyRule::field).orElse(null);
  }

  private SortedSet<String> divisions(String code, List<String> applicationCodes) {
    List<NaceRule> matching = nace.stream().filter(r -> r.ipc().matches(code)).toList();
    SortedSet<String> result = new TreeSet<>();
    matching.stream().map(r -> r.ipc().level()).max(Comparator.naturalOrder()).ifPresent(best -> matching.stream()
        .filter(r -> r.ipc().level() == best && r.givesDivision(applicationCodes))
        .forEach(r -> result.add(r.division())));
    return result;
  }

  /** Technology field number to its label. */
  public Map<Integer, String> fieldLabels() {
    return labels(technology.stream().map(r -> Map.entry(r.field(), r.label())).toList());
  }

  /** Technology field number to its sector (e.g. 13 to "Instruments"). */
  public Map<Integer, String> fieldSectors() {
    return labels(technology.stream().map(r -> Map.entry(r.field(), r.sector())).toList());
  }

  /** NACE division to its label as printed in the concordance. */
  public Map<String, String> divisionLabels() {
    return labels(nace.stream().map(r -> Map.entry(r.division(), r.label())).toList());
  }

  /** Sorted by key; the loader has checked that each key has one value. */
  private static <K extends Comparable<K>> Map<K, String> labels(List<Map.Entry<K, String>> entries) {
    Map<K, String> labels = new TreeMap<>();
    entries.forEach(e -> labels.putIfAbsent(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(labels);
  }
}
