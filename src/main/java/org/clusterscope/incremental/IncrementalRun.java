package org.clusterscope.incremental;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ingest.InputFingerprints;
import org.clusterscope.ops.FileYear;
import org.clusterscope.ops.InputFingerprint;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageResult;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.OpsTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/**
 * A {@code run} that redoes only what its inputs changed (DESIGN 9, docs/operations.md): the
 * sources' (source, year) whose records differ from the base run's are ingested and conformed,
 * the rest keep their bronze and silver; gold and the released layer are recomputed for the
 * years that read a changed one ({@link AffectedYears}). The run is full instead when
 * {@code --full} or {@code --year(s)} is given, when there is no base run to compare with
 * ({@link FingerprintStore}), or when the configuration, a reference file or the code changed,
 * since any of them may change every table.
 */
public final class IncrementalRun {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IncrementalRun.class);

  private final StageContext ctx;
  private final FingerprintStore store;
  private final List<InputFingerprint> inputs;
  private final Optional<String> fullReason;
  private final String baseRunId;
  private final Map<String, SourceChange> changes;
  private final boolean complete;

  private IncrementalRun(StageContext ctx, FingerprintStore store, List<InputFingerprint> inputs,
      Optional<String> fullReason, String baseRunId, Map<String, SourceChange> changes, boolean complete) {
    this.ctx = ctx;
    this.store = store;
    this.inputs = inputs;
    this.fullReason = fullReason;
    this.baseRunId = baseRunId;
    this.changes = changes;
    this.complete = complete;
  }

  /**
   * Fingerprints the run's inputs and compares them with the base run's.
   *
   * @param full {@code --full}: recompute everything, and record the inputs for the next run
   */
  public static IncrementalRun plan(StageContext ctx, YearSelection selection, boolean full) {
    Settings settings = ctx.settings();
    Configuration hadoop = ctx.spark().sparkContext().hadoopConfiguration();
    FingerprintStore store = new FingerprintStore(ctx.spark(), settings.catalog());
    long start = System.nanoTime();
    List<InputFingerprint> inputs = RunInputs.all(settings, hadoop);
    LOG.info("Run {}: fingerprinted {} input files ({} MB) in {} s", ctx.audit().runId(), inputs.size(),
        inputs.stream().mapToLong(InputFingerprint::size).sum() >> 20,
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
    boolean complete = selection.isAll();
    if (full) {
      return fullRun(ctx, store, inputs, "--full was given", complete);
    }
    if (!complete) {
      return fullRun(ctx, store, inputs, "--year(s) was given: only a run of every year is incremental", false);
    }
    FingerprintStore.Baseline baseline = store.find(ctx.audit().runId());
    if (baseline.base().isEmpty()) {
      return fullRun(ctx, store, inputs, baseline.fullReason(), true);
    }
    FingerprintStore.Base base = baseline.base().get();
    Optional<String> changed = globalChange(settings, base, inputs);
    if (changed.isPresent()) {
      return fullRun(ctx, store, inputs, changed.get() + " since run " + base.runId(), true);
    }
    List<InputFingerprint> known = InputChanges.carryOver(base.fingerprints(), inputs);
    Map<String, SourceChange> changes = new LinkedHashMap<>();
    List<InputFingerprint> withYears = new ArrayList<>();
    for (SourceSettings source : settings.sources()) {
      boolean yearly = InputFingerprints.yearly(source);
      List<InputFingerprint> now = ofSource(known, source.name());
      if (yearly) {
        now = readYears(ctx, source, now);
      }
      withYears.addAll(now);
      changes.put(source.name(), InputChanges.of(source.name(), yearly, ofSource(base.fingerprints(), source.name()), now));
    }
    known.stream().filter(f -> !f.kind().equals(InputFingerprint.INPUT)).forEach(withYears::add);
    return new IncrementalRun(ctx, store, withYears, Optional.empty(), base.runId(), changes, true);
  }

  private static IncrementalRun fullRun(StageContext ctx, FingerprintStore store, List<InputFingerprint> inputs,
      String reason, boolean complete) {
    LOG.info("Run {}: a full run: {}", ctx.audit().runId(), reason);
    return new IncrementalRun(ctx, store, inputs, Optional.of(reason), null, Map.of(), complete);
  }

  /** What forces a full run although a base exists: the configuration, a reference file, the code. */
  private static Optional<String> globalChange(Settings settings, FingerprintStore.Base base, List<InputFingerprint> now) {
    if (!settings.digest().equals(base.configDigest())) {
      return Optional.of("the configuration changed (digest " + abbreviated(base.configDigest()) + " -> "
          + abbreviated(settings.digest()) + ")");
    }
    for (InputFingerprint f : now) {
      if (!f.kind().equals(InputFingerprint.INPUT) && base.fingerprints().stream().noneMatch(f::sameContent)) {
        return Optional.of(f.kind().equals(InputFingerprint.CODE) ? "the application's code changed"
            : "the reference file " + f.file() + " (" + f.source() + " " + f.part() + ") changed");
      }
    }
    for (InputFingerprint b : base.fingerprints()) {
      if (!b.kind().equals(InputFingerprint.INPUT) && now.stream().noneMatch(b::sameFile)) {
        return Optional.of("the reference file " + b.file() + " is no longer read");
      }
    }
    return Optional.empty();
  }

  private static String abbreviated(String digest) {
    return digest == null ? "none" : digest.substring(0, Math.min(12, digest.length()));
  }

  private static List<InputFingerprint> ofSource(List<InputFingerprint> all, String source) {
    return all.stream().filter(f -> f.kind().equals(InputFingerprint.INPUT) && f.source().equals(source)).toList();
  }

  /** The files with their years: carried over where unchanged, read (ingest's reader, no write) where not. */
  private static List<InputFingerprint> readYears(StageContext ctx, SourceSettings source, List<InputFingerprint> files) {
    List<String> unknown = InputChanges.unknownYears(files);
    if (unknown.isEmpty()) {
      return files;
    }
    List<FileYear> read = ctx.describe("incremental: years of " + unknown.size() + " changed file(s) of " + source.name(),
        () -> InputFingerprints.years(ctx.spark(), ctx.settings(), source, unknown));
    return files.stream().map(f -> f.yearDigests() != null ? f
        : f.withYears(read.stream().filter(y -> y.file().equals(f.file())).toList())).toList();
  }

  /** Whether the run recomputes everything (then {@code Pipeline} chains the stages as usual). */
  public boolean full() {
    return fullReason.isPresent();
  }

  /**
   * Ingests and conforms each changed source on its changed years (a complete delivery as a
   * whole), then runs the stages after conform on the years that read a changed one.
   *
   * @param stages ingest, conform, then the gold and publish stages, as {@code run} chains them
   * @param entering told each stage's name before it runs: the run's record names the stage a
   *     cancel stopped, and no stage starts once the run was cancelled
   */
  public StageResult chain(List<Stage> stages, Supplier<ReferenceData> reference, Consumer<String> entering) {
    Settings settings = ctx.settings();
    Stage ingest = stages.get(0);
    Stage conform = stages.get(1);
    SortedSet<Integer> changed = new TreeSet<>();
    for (SourceSettings source : settings.sources()) {
      SourceChange change = changes.get(source.name());
      String since = " unchanged since run " + baseRunId;
      if (!change.changed()) {
        ctx.audit().addSkipped(source.name() + (change.yearly() ? " " + years(change.unchangedYears()) : "")
            + ": inputs" + since);
        continue;
      }
      LOG.info("Run {}: {} changed: {}", ctx.audit().runId(), source.name(), String.join("; ", change.reasons()));
      if (change.yearly() && !change.unchangedYears().isEmpty()) {
        ctx.audit().addSkipped(source.name() + " " + years(change.unchangedYears()) + ": records" + since);
      }
      StageContext one = new StageContext(ctx.spark(), settings.withSources(List.of(narrowed(source, change))),
          ctx.tables(), ctx.ops(), ctx.audit());
      StageYears given = StageYears.of(change.yearly() ? YearSelection.of(change.changedYears()) : YearSelection.all());
      entering.accept(ingest.name());
      ctx.tables().ensure(ingest.tables(one.settings().sources()).all());
      StageResult ingested = ingest.execute(one, reference, given);
      entering.accept(conform.name());
      ctx.tables().ensure(conform.tables(one.settings().sources()).all());
      StageResult conformed = conform.execute(one, reference, ingested.next());
      changed.addAll(change.yearly() ? change.changedYears() : conformed.written());
    }
    List<Stage> gold = stages.subList(2, stages.size());
    SortedSet<Integer> present = changed.isEmpty() ? new TreeSet<>() : silverYears(conform);
    SortedSet<Integer> affected = AffectedYears.of(changed, present);
    SortedSet<Integer> untouched = new TreeSet<>(present);
    untouched.removeAll(affected);
    String names = String.join(", ", gold.stream().map(Stage::name).toList());
    if (!untouched.isEmpty()) {
      ctx.audit().addSkipped(names + " " + years(untouched) + ": no year they read (the year and the "
          + AffectedYears.REACH + " before) changed since run " + baseRunId);
    }
    if (affected.isEmpty()) {
      if (changed.isEmpty()) {
        ctx.audit().addSkipped(names + ": no input changed since run " + baseRunId);
      }
      return new StageResult(new TreeSet<>(), StageYears.of(YearSelection.of(List.of())));
    }
    LOG.info("Run {}: changed years {}, recomputing {} for {}", ctx.audit().runId(), changed, names, affected);
    StageYears given = new StageYears(YearSelection.all(), YearSelection.of(affected));
    StageResult result = null;
    for (Stage stage : gold) {
      entering.accept(stage.name());
      ctx.tables().ensure(stage.tables(settings.sources()).all());
      result = stage.execute(ctx, reference, given);
      given = result.next();
    }
    return result;
  }

  /**
   * A yearly source reads the files holding a changed year (all of them when none does: a
   * year whose only file is gone is still replaced, by nothing); a delivery reads all its files.
   */
  private SourceSettings narrowed(SourceSettings source, SourceChange change) {
    if (!change.yearly()) {
      return source;
    }
    List<String> files = ofSource(inputs, source.name()).stream()
        .filter(f -> f.yearDigests().stream().anyMatch(y -> y.year() != null && change.changedYears().contains(y.year())))
        .map(InputFingerprint::file).toList();
    return files.isEmpty() ? source : InputFingerprints.narrowed(source, files);
  }

  /** The years the silver tables hold, over all sources: those gold can be computed for. */
  private SortedSet<Integer> silverYears(Stage conform) {
    SortedSet<Integer> years = new TreeSet<>();
    for (TableSpec table : conform.tables(ctx.settings().sources()).outputs()) {
      for (Row r : ctx.spark().table(ctx.table(table)).select(col("reference_year")).distinct().collectAsList()) {
        if (!r.isNullAt(0)) {
          years.add(r.getInt(0));
        }
      }
    }
    return years;
  }

  private static String years(SortedSet<Integer> years) {
    return String.join(", ", years.stream().map(String::valueOf).toList());
  }

  /**
   * After the run succeeded: records its inputs, with the records per year that ingest read
   * where it read a file, for the next run to compare with. A run of some years records nothing
   * (its tables hold other years from other inputs), nor does one whose yearly files' years are
   * unknown.
   */
  public void record() {
    if (!complete) {
      return;
    }
    Map<List<String>, List<FileYear>> read = new LinkedHashMap<>();
    for (FileYear y : ctx.audit().fileYears()) {
      read.computeIfAbsent(List.of(y.source(), y.file()), k -> new ArrayList<>()).add(y);
    }
    List<InputFingerprint> out = new ArrayList<>();
    for (InputFingerprint f : inputs) {
      List<FileYear> years = read.get(List.of(f.source(), f.file()));
      boolean yearly = f.kind().equals(InputFingerprint.INPUT) && ctx.settings().sources().stream()
          .anyMatch(s -> s.name().equals(f.source()) && InputFingerprints.yearly(s));
      InputFingerprint recorded = years != null && yearly ? f.withYears(years)
          : yearly && f.yearDigests() == null ? f.withYears(List.of()) : f;
      out.add(recorded);
    }
    long version = store.write(ctx.tables(), ctx.audit().runId(), out);
    ctx.audit().addVersion(ctx.table(OpsTables.INPUT_FINGERPRINTS), version);
  }
}
