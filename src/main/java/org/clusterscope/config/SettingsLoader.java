package org.clusterscope.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterscope.config.ConformSettings.SizeBandEstimator;
import org.clusterscope.errors.Errors;

/**
 * Reads a HOCON file into {@link Settings}: parse, apply {@code --conf} overrides, reject unknown
 * keys, fill defaults, then check every value. Each failure is a configuration error (exit 2)
 * naming the key, the file and line, and the fix.
 */
public final class SettingsLoader {
  private static final String ROOT = "clusterscope";
  public static final Set<String> BUILT_IN_SCHEMES =
      Set.of("nace_section", "nace_division", "nace_class");

  private final Config defaults =
      ConfigFactory.parseResources(
          SettingsLoader.class, "defaults.conf", ConfigParseOptions.defaults().setAllowMissing(false));

  /**
   * @param file the config file
   * @param overrides {@code key=value} pairs; keys starting with {@code spark.} are Spark
   *     settings, others are clusterscope keys (with or without the {@code clusterscope.} prefix)
   * @param masterOverride {@code --master}, if given
   */
  public Settings load(Path file, List<String> overrides, Optional<String> masterOverride) {
    Path configFile = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(configFile)) {
      throw Errors.configFileMissing(file);
    }
    Config user;
    try {
      user = ConfigFactory.parseFile(configFile.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    } catch (ConfigException e) {
      throw Errors.configSyntax(file, e.getMessage());
    }
    Map<String, String> sparkOverrides = new LinkedHashMap<>();
    for (String override : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        throw Errors.badOverride(override);
      }
      String key = override.substring(0, eq).trim();
      String value = override.substring(eq + 1).trim();
      if (key.startsWith("spark.")) {
        sparkOverrides.put(key, value);
      } else {
        String path = key.startsWith(ROOT + ".") ? key : ROOT + "." + key;
        user = user.withValue(path, ConfigValueFactory.fromAnyRef(value, "--conf " + override));
      }
    }
    new KeyChecker(defaults).check(user);
    Config merged;
    try {
      merged = user.withFallback(defaults).resolve();
    } catch (ConfigException e) {
      throw Errors.configSyntax(file, e.getMessage());
    }
    Reader reader = new Reader(merged.getConfig(ROOT), configFile.getParent());
    try {
      return reader.settings(configFile, digest(merged), sparkOverrides, masterOverride);
    } catch (ConfigException.WrongType | ConfigException.BadValue e) {
      throw Errors.configSyntax(file, e.getMessage());
    }
  }

  private static String digest(Config merged) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String rendered = merged.getConfig(ROOT).root().render(ConfigRenderOptions.concise());
      return HexFormat.of().formatHex(sha.digest(rendered.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Typed access to the merged {@code clusterscope} section. */
  private static final class Reader {
    private final Config c;
    private final Path base;

    Reader(Config c, Path base) {
      this.c = c;
      this.base = base;
    }

    Settings settings(
        Path configFile, String digest, Map<String, String> sparkOverrides, Optional<String> master) {
      Map<String, String> sparkConf = new LinkedHashMap<>();
      for (Map.Entry<String, ConfigValue> e : c.getObject("spark.conf").entrySet()) {
        sparkConf.put(e.getKey(), String.valueOf(e.getValue().unwrapped()));
      }
      sparkConf.putAll(sparkOverrides);
      Map<String, Path> schemes = customSchemes();
      List<SourceSettings> sources = sources();
      IndicatorSettings indicators = indicators(schemes, sources);
      ReleaseReader releases = new ReleaseReader(c);
      CatalogSettings catalog = catalog();
      return new Settings(
          configFile,
          digest,
          catalog,
          master.orElse(submittedMaster().orElse(c.getString("spark.master"))),
          sparkConf,
          sources,
          ingest(),
          new ReferenceSettings(
              optionalPath("reference.nace"), optionalPath("reference.nuts-regions"), schemes,
              optionalPath("reference.ipc-technology"), optionalPath("reference.ipc-nace")),
          conform(),
          indicators,
          linkages(),
          new PublishSettings(optionalPath("publish.sdmx-folder"), atLeast("publish.audit-interval-cells", 0),
              releases.naming()),
          new ServeReader(c).read(),
          report(indicators.nutsLevels()),
          fraction("quality.max-quarantine-share"),
          releases.maintain(),
          lock(),
          checkpointDir(catalog.warehouse()),
          progress());
    }

    /**
     * The master spark-submit was given (jobs/submit's SPARK_SUBMIT_OPTS_EXTRA), which it passes as
     * the system property spark.master: it wins over the file's spark.master, or the session would
     * be built with the file's (by default local[*]) and never reach the cluster; clusterscope's own
     * --master wins over both.
     */
    private static Optional<String> submittedMaster() {
      return Optional.ofNullable(System.getProperty("spark.master")).filter(m -> !m.isBlank());
    }

    /** spark.checkpoint-dir, by default the warehouse's _checkpoints folder. */
    private Location checkpointDir(Location warehouse) {
      String value = c.getString("spark.checkpoint-dir");
      if (!value.isBlank()) {
        return Location.resolve(base, value);
      }
      return new Location(warehouse.isLocal() ? warehouse.localPath().resolve("_checkpoints").toString()
          : warehouse.value().replaceAll("/+$", "") + "/_checkpoints");
    }

    private ProgressSettings progress() {
      String modeKey = c.getString("progress.mode");
      ProgressSettings.Mode mode = java.util.Arrays.stream(ProgressSettings.Mode.values())
          .filter(candidate -> candidate.key().equals(modeKey)).findFirst()
          .orElseThrow(() -> Errors.invalidConfigValue("clusterscope.progress.mode", origin("progress.mode"),
              "auto, log or off (got '" + modeKey + "')"));
      java.time.Duration interval = c.getDuration("progress.log-interval");
      if (interval.compareTo(java.time.Duration.ofSeconds(1)) < 0) {
        throw Errors.invalidConfigValue("clusterscope.progress.log-interval", origin("progress.log-interval"),
            "a duration of at least 1 s, such as 30s (got " + c.getString("progress.log-interval") + ")");
      }
      return new ProgressSettings(mode, interval);
    }

    private CatalogSettings catalog() {
      String prefix = c.getString("catalog.database-prefix");
      if (!prefix.matches("[a-z][a-z0-9_]*")) {
        throw Errors.invalidConfigValue(
            "clusterscope.catalog.database-prefix", origin("catalog.database-prefix"),
            "lower-case letters, digits and '_', starting with a letter (got '" + prefix + "')");
      }
      Location warehouse = Location.resolve(base, c.getString("catalog.warehouse"));
      CatalogSettings.MetastoreSettings metastore = new CatalogSettings.MetastoreSettings(
          c.getString("catalog.metastore.url"),
          c.getString("catalog.metastore.driver"),
          c.getString("catalog.metastore.user"),
          c.getString("catalog.metastore.password"));
      if (!metastore.isEmbedded() && !metastore.url().startsWith("jdbc:")) {
        throw Errors.invalidConfigValue("clusterscope.catalog.metastore.url", origin("catalog.metastore.url"),
            "empty (the embedded metastore) or a JDBC URL such as jdbc:postgresql://host:5432/metastore (got '"
                + metastore.displayUrl() + "')");
      }
      if (metastore.isEmbedded() && !warehouse.isLocal()) {
        throw Errors.invalidConfigValue("clusterscope.catalog.warehouse", origin("catalog.warehouse"),
            "a local folder while the metastore is the embedded Derby (got '" + warehouse
                + "'); for a warehouse on " + warehouse.value().substring(0, warehouse.value().indexOf(':'))
                + ", also set clusterscope.catalog.metastore.url to an external metastore");
      }
      return new CatalogSettings(warehouse, prefix, metastore);
    }

    private List<SourceSettings> sources() {
      List<SourceSettings> sources = new ArrayList<>();
      List<? extends ConfigObject> list = c.getObjectList("sources");
      for (int i = 0; i < list.size(); i++) {
        Config s = list.get(i).toConfig();
        String key = "clusterscope.sources[" + i + "]";
        String where = Origins.describe(list.get(i).origin());
        if (!s.hasPath("name") || !s.getString("name").matches("[a-z][a-z0-9_]*")) {
          throw Errors.invalidConfigValue(
              key + ".name", where, "a name of lower-case letters, digits and '_'");
        }
        String name = s.getString("name");
        if (sources.stream().anyMatch(other -> other.name().equals(name))) {
          throw Errors.invalidConfigValue(key + ".name", where, "a unique name ('" + name + "' is used twice)");
        }
        String formatKey = s.hasPath("format") ? s.getString("format") : "";
        SourceFormat format = SourceFormat.fromKey(formatKey)
            .orElseThrow(() -> Errors.unknownSourceFormat(key + ".format", where, formatKey, SourceFormat.keys()));
        Map<SourceFormat.Part, List<Location>> paths = paths(s, key, where, format);
        Map<String, String> options = new LinkedHashMap<>();
        if (s.hasPath("options")) {
          for (Map.Entry<String, ConfigValue> e : s.getObject("options").entrySet()) {
            if (!format.options().contains(e.getKey())) {
              throw Errors.invalidConfigValue(key + ".options." + e.getKey(), Origins.describe(e.getValue().origin()),
                  format.options().isEmpty() ? "no options for format " + format.key()
                      : "one of the options of format " + format.key() + ": "
                          + String.join(", ", new java.util.TreeSet<>(format.options())));
            }
            options.put(e.getKey(), String.valueOf(e.getValue().unwrapped()));
          }
        }
        checkOptions(key, where, format, options);
        sources.add(new SourceSettings(name, format, paths, options));
      }
      return sources;
    }

    /**
     * A single-part format takes {@code paths = [...]}; a multi-part one an object with one list
     * per part, e.g. {@code paths { inventors = [...], ipc = [...] }}.
     */
    private Map<SourceFormat.Part, List<Location>> paths(Config s, String key, String where, SourceFormat format) {
      Map<SourceFormat.Part, List<Location>> paths = new LinkedHashMap<>();
      if (format.isSinglePart()) {
        if (!s.hasPath("paths") || s.getValue("paths").valueType() != com.typesafe.config.ConfigValueType.LIST
            || s.getStringList("paths").isEmpty()) {
          throw Errors.invalidConfigValue(key + ".paths", where, "a non-empty list of files or folders");
        }
        paths.put(SourceFormat.Part.RECORDS, locations(s.getStringList("paths")));
        return paths;
      }
      String expected = "an object with a list of files or folders per part: "
          + format.parts().stream().map(p -> p.key() + (format.isOptional(p) ? " (optional)" : ""))
              .collect(java.util.stream.Collectors.joining(", "));
      if (!s.hasPath("paths") || s.getValue("paths").valueType() != com.typesafe.config.ConfigValueType.OBJECT) {
        throw Errors.invalidConfigValue(key + ".paths", where, expected);
      }
      Config parts = s.getConfig("paths");
      for (String given : s.getObject("paths").keySet()) {
        if (format.parts().stream().noneMatch(p -> p.key().equals(given))) {
          throw Errors.invalidConfigValue(key + ".paths." + given, where, expected);
        }
      }
      for (SourceFormat.Part part : format.parts()) {
        boolean given = parts.hasPath(part.key());
        if (given && parts.getValue(part.key()).valueType() == com.typesafe.config.ConfigValueType.STRING) {
          paths.put(part, locations(List.of(parts.getString(part.key()))));
        } else if (given && !parts.getStringList(part.key()).isEmpty()) {
          paths.put(part, locations(parts.getStringList(part.key())));
        } else if (!format.isOptional(part)) {
          throw Errors.invalidConfigValue(key + ".paths." + part.key(), where, expected);
        }
      }
      return paths;
    }

    /** Format-specific option values; a path option is resolved against the config's folder. */
    private void checkOptions(String key, String where, SourceFormat format, Map<String, String> options) {
      if (format == SourceFormat.SIRENE) {
        if (!options.containsKey("commune-nuts")) {
          throw Errors.invalidConfigValue(key + ".options.commune-nuts", where,
              "the commune-to-NUTS 3 correspondence file (CSV with columns LAU CODE and NUTS 3 CODE, as"
                  + " Eurostat publishes it); a sirene source cannot be placed in regions without it");
        }
        options.put("commune-nuts", Location.resolve(base, options.get("commune-nuts")).value());
        String year = options.get("reference-year");
        if (year != null && !year.matches("[0-9]{4}")) {
          throw Errors.invalidConfigValue(key + ".options.reference-year", where,
              "a four-digit year used when anneeEffectifsEtablissement is empty (got '" + year + "')");
        }
      }
      if (format == SourceFormat.REGPAT) {
        String basis = options.getOrDefault("reference-year", "priority");
        if (!basis.equals("priority") && !basis.equals("application")) {
          throw Errors.invalidConfigValue(key + ".options.reference-year", where,
              "priority (prio_year, the default) or application (app_year) (got '" + basis + "')");
        }
      }
    }

    private List<Location> locations(List<String> values) {
      return values.stream().map(p -> Location.resolve(base, p)).toList();
    }

    private Map<String, Path> customSchemes() {
      Map<String, Path> schemes = new LinkedHashMap<>();
      for (Map.Entry<String, ConfigValue> e : c.getObject("reference.schemes").entrySet()) {
        String name = e.getKey();
        if (!name.matches("[a-z][a-z0-9_]*") || BUILT_IN_SCHEMES.contains(name)) {
          throw Errors.invalidConfigValue(
              "clusterscope.reference.schemes." + name, Origins.describe(e.getValue().origin()),
              "a scheme name of lower-case letters, digits and '_' that is not a built-in scheme");
        }
        schemes.put(name, resolve(String.valueOf(e.getValue().unwrapped())));
      }
      return schemes;
    }

    private IngestSettings ingest() {
      return new IngestSettings(atLeast("ingest.max-record-lines", 1), atLeast("ingest.max-record-chars", 1));
    }

    private ConformSettings conform() {
      String estimatorKey = c.getString("conform.size-band-estimator");
      SizeBandEstimator estimator = null;
      for (SizeBandEstimator candidate : SizeBandEstimator.values()) {
        if (candidate.key().equals(estimatorKey)) {
          estimator = candidate;
        }
      }
      if (estimator == null) {
        throw Errors.invalidConfigValue(
            "clusterscope.conform.size-band-estimator", origin("conform.size-band-estimator"),
            "midpoint or lower-bound (got '" + estimatorKey + "')");
      }
      int min = c.getInt("conform.min-reference-year");
      int max = c.getInt("conform.max-reference-year");
      int effectiveMax = max == 0 ? Year.now().getValue() : max;
      if (min > effectiveMax) {
        throw Errors.invalidConfigValue(
            "clusterscope.conform.min-reference-year", origin("conform.min-reference-year"),
            "a year not after max-reference-year " + effectiveMax + " (got " + min + ")");
      }
      long maxEmployees = c.getLong("conform.max-employees");
      if (maxEmployees < 1) {
        throw Errors.invalidConfigValue(
            "clusterscope.conform.max-employees", origin("conform.max-employees"),
            "a whole number of at least 1 (got " + maxEmployees + ")");
      }
      return new ConformSettings(estimator, min, effectiveMax, maxEmployees);
    }

    private IndicatorSettings indicators(Map<String, Path> customSchemes, List<SourceSettings> sources) {
      List<String> employmentSources = c.getStringList("indicators.sources");
      for (String name : employmentSources) {
        boolean employment = sources.stream().anyMatch(s -> s.name().equals(name) && s.format().givesEmployment());
        if (!employment) {
          throw Errors.invalidConfigValue("clusterscope.indicators.sources", origin("indicators.sources"),
              "names of configured register-csv, sirene or sbs sources (got '" + name + "')");
        }
      }
      List<Integer> levels = c.getIntList("indicators.nuts-levels");
      for (int level : levels) {
        if (level < 0 || level > 3) {
          throw Errors.invalidConfigValue(
              "clusterscope.indicators.nuts-levels", origin("indicators.nuts-levels"),
              "NUTS levels from 0 to 3 (got " + level + ")");
        }
      }
      List<String> schemes = c.getStringList("indicators.sector-schemes");
      for (String scheme : schemes) {
        if (!BUILT_IN_SCHEMES.contains(scheme) && !customSchemes.containsKey(scheme)) {
          throw Errors.unknownScheme(scheme, origin("indicators.sector-schemes"), customSchemes.keySet());
        }
      }
      int coLocation = c.getInt("indicators.co-location-level");
      int finest = levels.stream().mapToInt(Integer::intValue).max().orElse(3);
      if (coLocation != -1 && !levels.contains(coLocation)) {
        throw Errors.invalidConfigValue("clusterscope.indicators.co-location-level",
            origin("indicators.co-location-level"),
            "one of the configured nuts-levels " + levels + ", or -1 for the finest (got " + coLocation + ")");
      }
      return new IndicatorSettings(
          levels.stream().distinct().sorted().toList(),
          schemes.stream().distinct().toList(),
          coLocation == -1 ? finest : coLocation,
          new IndicatorSettings.Stars(
              fraction("indicators.stars.size-quantile"),
              positive("indicators.stars.specialisation-lq"),
              fraction("indicators.stars.focus-quantile")),
          new IndicatorSettings.StrongCluster(
              fraction("indicators.strong-cluster.lq-quantile"),
              fraction("indicators.strong-cluster.employment-quantile"),
              fraction("indicators.strong-cluster.establishments-quantile"),
              positive("indicators.strong-cluster.min-lq")),
          new ConfidentialityReader(c).read(),
          employmentSources,
          atLeastZero("indicators.patent-intensity-min-employment"));
    }

    private LinkageSettings linkages() {
      int stars = c.getInt("linkages.cross-border.min-stars");
      if (stars < 0 || stars > 3) {
        throw Errors.invalidConfigValue("clusterscope.linkages.cross-border.min-stars",
            origin("linkages.cross-border.min-stars"), "a number of stars from 0 to 3 (got " + stars + ")");
      }
      long links = c.getLong("linkages.cross-border.min-links");
      if (links < 1) {
        throw Errors.invalidConfigValue("clusterscope.linkages.cross-border.min-links",
            origin("linkages.cross-border.min-links"), "at least 1 (got " + links + ")");
      }
      return new LinkageSettings(new LinkageSettings.CrossBorder(
          stars, c.getBoolean("linkages.cross-border.strong-cluster"), links));
    }

    private ReportSettings report(List<Integer> levels) {
      int level = c.getInt("report.nuts-level");
      if (level != -1 && !levels.contains(level)) {
        throw Errors.invalidConfigValue("clusterscope.report.nuts-level", origin("report.nuts-level"),
            "one of the configured nuts-levels " + levels + ", or -1 for the finest (got " + level + ")");
      }
      int finest = levels.stream().mapToInt(Integer::intValue).max().orElse(3);
      return new ReportSettings(level == -1 ? finest : level, optionalPath("report.nuts-geojson"),
          optionalPath("report.folder"));
    }

    private LockSettings lock() {
      java.time.Duration heartbeat = c.getDuration("lock.heartbeat");
      if (heartbeat.compareTo(java.time.Duration.ofSeconds(1)) < 0) {
        throw Errors.invalidConfigValue("clusterscope.lock.heartbeat", origin("lock.heartbeat"),
            "a duration of at least 1s, e.g. 10s (got " + heartbeat + ")");
      }
      java.time.Duration staleAfter = c.getDuration("lock.stale-after");
      if (staleAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
        throw Errors.invalidConfigValue("clusterscope.lock.stale-after", origin("lock.stale-after"),
            "a duration of at least three heartbeats (" + heartbeat.multipliedBy(3).toSeconds() + "s), so that a"
                + " slow refresh is not taken for a dead holder (got " + staleAfter.toSeconds() + "s)");
      }
      return new LockSettings(heartbeat, staleAfter);
    }

    private double fraction(String key) {
      double value = c.getDouble(key);
      if (!(value >= 0 && value <= 1)) {
        throw Errors.invalidConfigValue("clusterscope." + key, origin(key), "a number from 0 to 1 (got " + value + ")");
      }
      return value;
    }

    private double atLeastZero(String key) {
      double value = c.getDouble(key);
      if (!(value >= 0 && Double.isFinite(value))) {
        throw Errors.invalidConfigValue("clusterscope." + key, origin(key), "a number of 0 or more (got " + value + ")");
      }
      return value;
    }

    private int atLeast(String key, int min) {
      int value = c.getInt(key);
      if (value < min) {
        throw Errors.invalidConfigValue("clusterscope." + key, origin(key), "a whole number of at least " + min
            + " (got " + value + ")");
      }
      return value;
    }

    private double positive(String key) {
      double value = c.getDouble(key);
      if (!(value > 0)) {
        throw Errors.invalidConfigValue("clusterscope." + key, origin(key), "a number above 0 (got " + value + ")");
      }
      return value;
    }

    private Optional<Path> optionalPath(String key) {
      String value = c.getString(key);
      return value.isBlank() ? Optional.empty() : Optional.of(resolve(value));
    }

    private Path resolve(String value) {
      return base.resolve(value).normalize();
    }

    private String origin(String key) {
      return Origins.describe(c.getValue(key).origin());
    }
  }
}
