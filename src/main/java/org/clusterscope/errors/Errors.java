package org.clusterscope.errors;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Every user-facing error, in one place so that the wording stays consistent: what is wrong,
 * where (file, key, line, record), and how to fix it. Only {@code Main} turns these into exit
 * codes.
 */
public final class Errors {
  private Errors() {}

  // ---- usage and configuration: exit 2 ------------------------------------------------------

  public static ClusterscopeException configFileMissing(Path file) {
    return usage("Config file " + file + " does not exist. Pass an existing file with --config,"
        + " e.g. --config conf/local.conf.");
  }

  public static ClusterscopeException configSyntax(Path file, String detail) {
    return usage("Config file " + file + " is not valid: " + detail + ". Correct the file and rerun.");
  }

  public static ClusterscopeException badOverride(String override) {
    return usage("Invalid --conf '" + override + "': expected key=value, e.g."
        + " --conf spark.sql.shuffle.partitions=4.");
  }

  /**
   * A key an earlier release read, whose meaning moved to another key: the old value cannot be
   * carried over silently when the new key's unit or shape differs.
   */
  public static ClusterscopeException replacedConfigKey(String key, String origin, String replacement) {
    return usage("Configuration key '" + key + "' (" + origin + ") is no longer read: " + replacement
        + " Replace it; every key is listed with its default in"
        + " src/main/resources/org/clusterscope/config/defaults.conf.");
  }

  public static ClusterscopeException unknownConfigKey(String key, String origin, Optional<String> closest) {
    return usage("Unknown configuration key '" + key + "' (" + origin + ")."
        + closest.map(c -> " Did you mean '" + c + "'?").orElse("")
        + " Remove or correct it; every key is listed with its default in"
        + " src/main/resources/org/clusterscope/config/defaults.conf.");
  }

  public static ClusterscopeException invalidConfigValue(String key, String origin, String expected) {
    return usage("Invalid value for '" + key + "' (" + origin + "): expected " + expected + ".");
  }

  /** @param supported the keys of every format clusterscope reads, in the order to list them */
  public static ClusterscopeException unknownSourceFormat(String key, String origin, String value,
      Collection<String> supported) {
    return usage("Unknown source format '" + value + "' for '" + key + "' (" + origin + ")."
        + " Supported formats: " + String.join(", ", supported) + ".");
  }

  public static ClusterscopeException unknownScheme(String scheme, String origin, Collection<String> custom) {
    return usage("Unknown sector scheme '" + scheme + "' in clusterscope.indicators.sector-schemes ("
        + origin + "). Use nace_section, nace_division, nace_class or a scheme defined under"
        + " clusterscope.reference.schemes" + (custom.isEmpty() ? "" : " (defined: " + String.join(", ", custom) + ")") + ".");
  }

  public static ClusterscopeException invalidYear(String option, String value) {
    return usage("Invalid " + option + " '" + value + "': expected "
        + (option.equals("--years") ? "a range of four-digit years such as 2019-2023." : "a four-digit year such as 2023."));
  }

  public static ClusterscopeException conflictingYearOptions() {
    return usage("Both --year and --years were given: use one of them.");
  }

  public static ClusterscopeException referenceNotConfigured(String key) {
    return usage("Configuration key '" + key + "' is not set, but this command needs it. Point it"
        + " at the reference file, e.g. " + key + " = \"reference/nace_rev2.csv\".");
  }

  public static ClusterscopeException referenceFileMissing(String key, Path path) {
    return usage("Reference file " + path + " (configuration key '" + key + "') does not exist."
        + " Correct the path; relative paths are resolved against the config file's folder.");
  }

  public static ClusterscopeException referenceFileInvalid(Path path, long line, String detail) {
    return usage("Reference file " + path + ", line " + line + ": " + detail + ". Correct the file.");
  }

  public static ClusterscopeException noSources() {
    return usage("No input sources are configured: add at least one entry to clusterscope.sources"
        + " (name, format, paths).");
  }

  public static ClusterscopeException invalidGenerateOption(String option, String value, String expected) {
    return usage("Invalid " + option + " '" + value + "': expected " + expected + ". Run 'jobs/clusterscope"
        + " generate --help' for the options.");
  }

  public static ClusterscopeException outputNotWritable(Path out, String detail) {
    return usage("Cannot write the generated files to " + out + ": " + detail + ". Choose a folder you can write"
        + " to with --out, e.g. --out synthetic (a folder under the current directory).");
  }

  /** @param option the option that named the folder, {@code --out} or {@code --reference-out} */
  public static ClusterscopeException samplesNotWritable(String option, Path folder, String detail) {
    return usage("Cannot write the sample files to " + folder + " (" + option + "): " + detail + ". Choose a"
        + " folder you can write to with " + option + ".");
  }

  /** @param detail why the folder or a file in it cannot be written, e.g. "AccessDeniedException /srv/out" */
  public static ClusterscopeException sdmxNotWritable(Path folder, String detail) {
    return usage("Cannot write the SDMX-CSV export of cs_pub.region_sector to " + folder + ": " + detail
        + ". Choose a folder you can write to with publish --sdmx <folder> (or the publish configuration's"
        + " SDMX folder), e.g. a folder under the current directory.");
  }

  /** @param detail what is wrong with the file, e.g. "it is not a GeoJSON FeatureCollection" */
  public static ClusterscopeException boundaryFileInvalid(Path file, String detail) {
    return usage("Cannot use the NUTS boundary file " + file + " (clusterscope.report.nuts-geojson): " + detail
        + ". Point the key at a GISCO NUTS GeoJSON file in EPSG:4326, e.g. NUTS_RG_20M_2021_4326.geojson, or"
        + " leave it empty for a report without the map.");
  }

  /** @param option the option or key that named the folder, {@code --out}, {@code --report} or report.folder */
  public static ClusterscopeException reportNotWritable(String option, Path folder, String detail) {
    return usage("Cannot write the report to " + folder + " (" + option + "): " + detail + ". Choose a folder you"
        + " can write to, e.g. --out report (a folder under the current directory).");
  }

  public static ClusterscopeException invalidReportOption(String option, String value, String expected) {
    return usage("Invalid " + option + " '" + value + "': expected " + expected + ". Run 'jobs/clusterscope"
        + " report --help' for the options.");
  }

  public static ClusterscopeException reportFileFailed(Path file, Throwable cause) {
    return new ClusterscopeException(ExitCode.FAILURE, "Cannot write the report page " + file + ": "
        + cause.getMessage() + ". Check the free space and the permissions of the folder, and write the report"
        + " again.", cause);
  }

  public static ClusterscopeException chartLibraryMissing(String resource) {
    return new ClusterscopeException(ExitCode.FAILURE, "The chart library of the report (" + resource + ", from"
        + " the Maven artifact org.webjars:echarts) is not on the classpath. Rebuild the application jar with"
        + " 'mvn -DskipTests package'.", null);
  }

  public static ClusterscopeException officialConcordanceMissing(Path file) {
    return usage("Official concordance " + file + " does not exist. Pass with --official the folder that holds"
        + " the full ipc_technology.csv and ipc_nace2.csv, e.g. --official ../shared/reference.");
  }

  public static ClusterscopeException sqlFileMissing(Path file) {
    return usage("SQL file " + file + " does not exist. Pass an existing file of statements separated by ';'"
        + " with -f, or the statements themselves with -e.");
  }

  public static ClusterscopeException warehouseNotWritable(Path warehouse, String detail) {
    return usage("Cannot write to the warehouse folder " + warehouse + " (clusterscope.catalog.warehouse): "
        + detail + ". Every command that opens the catalog writes there, even sql, because the embedded"
        + " metastore (" + warehouse.resolve("metastore_db") + ") records its locks and transactions in it."
        + " Make the folder writable, or copy it to a writable folder and point clusterscope.catalog.warehouse"
        + " at the copy (the copy's catalog is then re-pointed to it).");
  }

  /**
   * @param url the configured URL with any password masked
   * @param detail the JDBC driver's own reason, e.g. "No suitable driver found for ..."
   */
  public static ClusterscopeException metastoreUnavailable(String url, String detail, Throwable cause) {
    return new ClusterscopeException(ExitCode.USAGE, "Cannot connect to the metastore database " + url
        + " (clusterscope.catalog.metastore.url): " + detail + ". Check the URL, the user and password"
        + " (clusterscope.catalog.metastore.user and .password), that the JDBC driver"
        + " (clusterscope.catalog.metastore.driver) is on the classpath and that the database server is"
        + " running; or leave clusterscope.catalog.metastore.url empty to use the embedded metastore in"
        + " the warehouse folder.", cause);
  }

  public static ClusterscopeException warehouseCopyIncomplete(Path warehouse, Path recorded, java.util.List<Path> missing) {
    int shown = Math.min(3, missing.size());
    return usage("The catalog in " + warehouse.resolve("metastore_db") + " records its tables under " + recorded
        + ", so the warehouse " + warehouse + " (clusterscope.catalog.warehouse) is a copy or has been moved;"
        + " it was not re-pointed to its new place because " + missing.size() + " of the folders it records"
        + " are missing there: " + String.join(", ", missing.subList(0, shown).stream().map(Path::toString).toList())
        + (missing.size() > shown ? " and " + (missing.size() - shown) + " more" : "") + ". Copy the whole"
        + " warehouse folder (every <database>.db folder together with metastore_db), or point"
        + " clusterscope.catalog.warehouse at " + recorded + ".");
  }

  /**
   * An external metastore records the product's databases under another folder than the
   * configured warehouse: the warehouse was moved or copied, or the config points elsewhere.
   */
  public static ClusterscopeException sharedWarehouseMismatch(String configured, String database, String recorded,
      String metastoreUrl) {
    return usage("The metastore " + metastoreUrl + " records database " + database + " under " + recorded
        + ", but clusterscope.catalog.warehouse is " + configured + ": reading on would use the tables at "
        + recorded + ", not those of the configured folder. If the warehouse was moved or copied there for good,"
        + " re-point the metastore's locations (docs/serving.md, \"A moved warehouse\", gives the three SQL"
        + " statements); otherwise point clusterscope.catalog.warehouse at " + recorded + ", or give the copy its"
        + " own metastore database or its own clusterscope.catalog.database-prefix.");
  }

  public static ClusterscopeException servePortUnavailable(String host, int port, String detail) {
    return usage("serve cannot listen on " + host + ":" + port + " (clusterscope.serve.bind-host and"
        + " clusterscope.serve.port): " + detail + ". Another serve or program may hold the port: stop it, or"
        + " choose another port, e.g. --conf serve.port=10001.");
  }

  public static ClusterscopeException emptyPassword() {
    return usage("No password was given: type one at the prompt, or pass it on the first line of standard input,"
        + " e.g. jobs/clusterscope password-hash < secret.txt.");
  }

  /** A statement a serve client sent that would change a table, the catalog or the session's code. */
  public static ClusterscopeException serveReadOnly(String command) {
    return usage("clusterscope serve is read-only: " + command + " would change data, the catalog or what the"
        + " session may read, so it was refused. Queries (SELECT, WITH), SHOW, DESCRIBE, EXPLAIN, SET and USE run; tables are written by"
        + " jobs/clusterscope run and publish.");
  }

  public static ClusterscopeException serveOutsideDatabases(String relation, Collection<String> databases) {
    return usage("clusterscope serve reads only the tables of " + String.join(", ", new java.util.TreeSet<>(databases))
        + " through the catalog, so this read was refused: " + relation + ". Query a table by its name,"
        + " e.g. SELECT * FROM " + databases.stream().sorted().findFirst().orElse("cs_pub") + ".region_sector;"
        + " further layers are served only if clusterscope.serve.layers lists them.");
  }

  public static ClusterscopeException databaseOutsideWarehouse(Path warehouse, String database, String location) {
    return usage("Database " + database + " is recorded at " + location + " in the catalog of " + warehouse
        + " (clusterscope.catalog.warehouse), not at <warehouse>/" + database + ".db where clusterscope creates"
        + " it, so clusterscope cannot tell whether that folder is the warehouse's own copy. Point"
        + " clusterscope.catalog.warehouse at the folder holding " + database + ".db and metastore_db"
        + " together, or use another clusterscope.catalog.database-prefix.");
  }

  public static ClusterscopeException invalidBenchOption(String option, String value, String expected) {
    return usage("Invalid " + option + " '" + value + "': expected " + expected + ".");
  }

  // ---- input and data quality: exit 3 -------------------------------------------------------

  public static ClusterscopeException inputPathMissing(String source, String path) {
    return input("Input path " + path + " of source '" + source + "' does not exist. Check that"
        + " the file was delivered, or correct clusterscope.sources in the config.");
  }

  public static ClusterscopeException noInputFiles(String source, String folder, java.util.List<String> extensions) {
    return input("Folder " + folder + " of source '" + source + "' holds no "
        + String.join(" or ", extensions.stream().map(e -> "*." + e).toList()) + " file. Check"
        + " that the files were delivered, or point the source at the files themselves.");
  }

  public static ClusterscopeException inputUnreadable(String path, Throwable cause) {
    return new ClusterscopeException(ExitCode.INPUT, "Cannot read input " + path + ": " + cause.getMessage()
        + ". Check that the file or folder exists, is readable and is not damaged, or correct"
        + " clusterscope.sources in the config.", cause);
  }

  public static ClusterscopeException inputFileCorrupt(String path, String format, Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new ClusterscopeException(ExitCode.INPUT, "Input file " + path + " is not a readable " + format
        + " file (" + root.getMessage() + "). Deliver the file again, or remove it from the source.", cause);
  }

  public static ClusterscopeException noDataForYears(String table, String years) {
    return input("Table " + table + " holds no rows for reference years " + years + ". Run the"
        + " earlier stages first (jobs/clusterscope run), or choose years present in the inputs.");
  }

  public static ClusterscopeException overlappingSources(int year, String country, java.util.List<Object> sources) {
    return input("Sources " + sources + " all hold employment for " + country + " in " + year
        + "; indicators would count those jobs twice. List the sources to use in"
        + " clusterscope.indicators.sources (e.g. sources = [" + sources.get(0) + "]).");
  }

  public static ClusterscopeException qualityChecksFailed(String runId, String summary) {
    return input("Data-quality checks failed for run " + runId + ": " + summary + ". The gold"
        + " tables were not updated. See cs_ops.data_quality and cs_ops.quarantine for details,"
        + " fix the input, and rerun.");
  }

  public static ClusterscopeException nonFiniteValues(String runId, String table, String detail) {
    return input("Run " + runId + " stopped after writing " + table + ": " + detail + ". An input"
        + " value too large or too small for the formulas got past the conform rules, or a formula"
        + " divided without try_divide. " + table + " was restored to its version before the write;"
        + " see cs_ops.data_quality"
        + " (check finite_values), find the input in cs_silver, and report it as a bug.");
  }

  public static ClusterscopeException tableMissing(String table) {
    return input("Table " + table + " does not exist yet. Run the stage that writes it first"
        + " (jobs/clusterscope run --config <file>).");
  }

  public static ClusterscopeException exactDisclosure(String runId, long cells, String where) {
    return input("The disclosure audit of run " + runId + " found " + cells + " suppressed cell"
        + (cells == 1 ? "" : "s") + " whose value can be computed exactly from the released tables ("
        + where + "): publishing them would reveal confidential values, so nothing was written to"
        + " cs_pub. The secondary suppression missed an additive relation; see cs_ops.disclosure_audit"
        + " for the run, and report it with the run id. Do not publish the gold values by other means.");
  }

  // ---- environment: exit 1 ------------------------------------------------------------------

  public static ClusterscopeException metastoreLocked(Path warehouse, Throwable cause) {
    return new ClusterscopeException(ExitCode.FAILURE,
        "The embedded metastore in " + warehouse.resolve("metastore_db") + " is in use by another"
        + " clusterscope or Spark process (embedded Derby admits one process at a time). Wait for"
        + " that process to finish, or configure an external metastore"
        + " (clusterscope.catalog.metastore.url) so several processes can share the catalog.", cause);
  }

  /** @param waited how long the command waited ({@code --wait}); zero when it did not */
  public static ClusterscopeException warehouseLocked(String lockFile, String holder, java.time.Duration waited) {
    return new ClusterscopeException(ExitCode.FAILURE, "The warehouse is locked by " + holder
        + (waited.isZero() ? "" : ", still after waiting " + waitText(waited)) + ": two commands writing the"
        + " same tables at once would overwrite each other's rows. Wait for that command to finish, or rerun with"
        + " --wait <duration> (e.g. --wait 30m) to wait for it. If that process is known to be dead, the lock is"
        + " taken over by the next command (on its host at once, from other hosts after clusterscope.lock.stale-after);"
        + " the lock file is " + lockFile + ".", null);
  }

  private static String waitText(java.time.Duration waited) {
    return waited.toSeconds() % 60 == 0 ? waited.toMinutes() + " min" : waited.toSeconds() + " s";
  }

  public static ClusterscopeException warehouseLockFailed(String lockFile, Throwable cause) {
    return new ClusterscopeException(ExitCode.FAILURE, "Cannot create or read the warehouse lock " + lockFile + ": "
        + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ". Every writing command keeps this file"
        + " in the warehouse folder while it runs; make the folder writable for this user.", cause);
  }

  public static ClusterscopeException runCancelled(String runId, String stage) {
    return new ClusterscopeException(ExitCode.FAILURE, "Run " + runId + " was cancelled during stage " + stage
        + " (the process was asked to stop); it is recorded as cancelled in cs_ops.runs. Rerun the command.", null);
  }

  public static ClusterscopeException invalidWait(String value) {
    return usage("Invalid --wait '" + value + "': expected a duration such as 90s, 30m or 2h.");
  }

  /** A statement of {@code sql} that would write, without {@code --allow-writes}. */
  public static ClusterscopeException sqlReadOnly(String command) {
    return usage("clusterscope sql is read-only: " + command + " would change data or the catalog, so it was"
        + " refused. Queries (SELECT, WITH), SHOW, DESCRIBE, EXPLAIN, SET, USE and temporary views run. To write,"
        + " rerun with --allow-writes (it takes the warehouse lock, like run); the product's tables are written by"
        + " jobs/clusterscope run and its stage commands.");
  }

  public static ClusterscopeException sqlFailed(String detail, Throwable cause) {
    return new ClusterscopeException(ExitCode.USAGE, "The SQL statement failed: " + detail, cause);
  }

  public static ClusterscopeException sqlExecutionFailed(Throwable cause) {
    String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    return new ClusterscopeException(ExitCode.FAILURE, "The SQL statement failed while running: "
        + cause.getClass().getSimpleName() + ": " + message + ". Correct the statement or the data it reads"
        + " and rerun; --verbose prints the stack trace.", cause);
  }

  /** A script's failed statement, where it stands, and that the statements after it did not run. */
  public static ClusterscopeException sqlScriptStopped(int number, int total, String source, int line,
      ClusterscopeException failure) {
    int notRun = total - number;
    return new ClusterscopeException(failure.exitCode(), "Statement " + number + " of " + total + " ("
        + source + ", line " + line + ") failed, so the script stopped"
        + (notRun == 0 ? "" : " and the " + (notRun == 1 ? "statement" : notRun + " statements") + " after it did not run")
        + ". " + failure.getMessage(), failure);
  }

  public static ClusterscopeException duckDbUnavailable(Throwable cause) {
    return new ClusterscopeException(ExitCode.FAILURE, "The bench command could not start DuckDB: "
        + cause.getMessage() + ". It needs org.duckdb:duckdb_jdbc on the classpath, which"
        + " jobs/clusterscope adds from target/classpath.txt; rebuild with 'mvn -DskipTests package'.", cause);
  }

  public static ClusterscopeException benchOutputFailed(java.nio.file.Path path, Throwable cause) {
    return new ClusterscopeException(ExitCode.FAILURE, "Cannot write the bench record " + path + ": "
        + cause.getMessage() + ". Choose a writable folder with --out.", cause);
  }

  // ---- releases and maintenance (docs/operations.md) -----------------------------------------

  /** @param latest the newest releases, newest first, each with its time */
  public static ClusterscopeException unknownRelease(String name, String table, java.util.List<String> latest) {
    return usage("Release '" + name + "' is not recorded in " + table + ". "
        + (latest.isEmpty() ? "No release has been recorded yet: publish (or run, which ends with publish) records one."
            : "The latest " + (latest.size() == 1 ? "release is " : latest.size() + " releases are ")
                + String.join(", ", latest) + "; give one of these, or list them all with"
                + " jobs/clusterscope sql -e \"SELECT release, created_at FROM " + table + " ORDER BY created_at DESC\"."));
  }

  public static ClusterscopeException releaseNameTaken(String name, String createdAt, String runId, String table) {
    return usage("Release name '" + name + "' is taken: run " + runId + " recorded it at " + createdAt + " in " + table
        + ". Names are unique so that sql --as-of finds one release; give another with --release <name>"
        + " (or clusterscope.publish.release-name), or leave it out for a name from"
        + " clusterscope.publish.release-name-pattern.");
  }

  private static ClusterscopeException usage(String message) {
    return new ClusterscopeException(ExitCode.USAGE, message, null);
  }

  private static ClusterscopeException input(String message) {
    return new ClusterscopeException(ExitCode.INPUT, message, null);
  }
}
