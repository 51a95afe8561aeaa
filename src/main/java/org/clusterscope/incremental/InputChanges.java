package org.clusterscope.incremental;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.clusterscope.ops.FileYear;
import org.clusterscope.ops.InputFingerprint;

/**
 * Compares a source's files with those of the base run. A file with the content hash it had keeps
 * the records per year recorded then; a file whose bytes differ is read again for its years
 * ({@link #unknownYears}) before {@link #of} decides. A yearly source changes by year: a year
 * changed when the (file, records, digest) of its records differ in any file, so a file holding
 * every year that was corrected in one of them changes that one; records without a readable year
 * that differ change every year of their file, since ingest quarantines them wherever they are,
 * and so do bytes that differ while every year's records read the same (a header reordered).
 */
public final class InputChanges {
  private InputChanges() {}

  /**
   * The current files with the base's records per year where their bytes are the base's;
   * files of a yearly source that are new or changed keep {@code null} years.
   */
  public static List<InputFingerprint> carryOver(List<InputFingerprint> base, List<InputFingerprint> current) {
    List<InputFingerprint> out = new ArrayList<>();
    for (InputFingerprint now : current) {
      Optional<InputFingerprint> same = base.stream().filter(b -> b.sameContent(now)).findFirst();
      out.add(same.map(b -> now.withYears(b.yearDigests())).orElse(now));
    }
    return out;
  }

  /** The files of a yearly source whose years must be read before {@link #of} can compare them. */
  public static List<String> unknownYears(List<InputFingerprint> current) {
    return current.stream().filter(f -> f.yearDigests() == null).map(InputFingerprint::file).toList();
  }

  /**
   * The change of one source.
   *
   * @param base the base run's fingerprints of the source's files
   * @param current the files now, with their years for a yearly source
   */
  public static SourceChange of(String source, boolean yearly, List<InputFingerprint> base,
      List<InputFingerprint> current) {
    List<String> reasons = new ArrayList<>();
    for (InputFingerprint now : current) {
      Optional<InputFingerprint> before = base.stream().filter(b -> b.sameFile(now)).findFirst();
      if (before.isEmpty()) {
        reasons.add(now.part() + " " + now.file() + " is new");
      } else if (!before.get().contentHash().equals(now.contentHash())) {
        reasons.add(now.part() + " " + now.file() + " changed");
      }
    }
    for (InputFingerprint before : base) {
      if (current.stream().noneMatch(before::sameFile)) {
        reasons.add(before.part() + " " + before.file() + " is gone");
      }
    }
    if (!yearly) {
      return new SourceChange(source, false, !reasons.isEmpty(), new TreeSet<>(), new TreeSet<>(), reasons);
    }
    Map<Integer, Map<String, FileYear>> then = byYear(base);
    Map<Integer, Map<String, FileYear>> now = byYear(current);
    SortedSet<Integer> changed = new TreeSet<>();
    SortedSet<Integer> years = new TreeSet<>();
    then.keySet().stream().filter(Objects::nonNull).forEach(years::add);
    now.keySet().stream().filter(Objects::nonNull).forEach(years::add);
    for (int year : years) {
      if (!equalRecords(then.get(year), now.get(year))) {
        changed.add(year);
      }
    }
    Map<String, FileYear> unyearedThen = then.getOrDefault(null, Map.of());
    Map<String, FileYear> unyearedNow = now.getOrDefault(null, Map.of());
    java.util.Set<String> files = new java.util.TreeSet<>(unyearedThen.keySet());
    files.addAll(unyearedNow.keySet());
    for (String file : files) {
      if (!sameRecords(unyearedThen.get(file), unyearedNow.get(file))) {
        changed.addAll(yearsOf(file, base));
        changed.addAll(yearsOf(file, current));
      }
    }
    // Bytes that differ while every year's records read the same (a header reordered, another
    // encoding mark): the parsed values may differ all the same, so every year of the file does.
    for (InputFingerprint f : current) {
      Optional<InputFingerprint> rewritten =
          base.stream().filter(b -> b.sameFile(f) && !b.contentHash().equals(f.contentHash())).findFirst();
      if (rewritten.isPresent() && new java.util.HashSet<>(rewritten.get().yearDigests()).equals(
          new java.util.HashSet<>(f.yearDigests()))) {
        changed.addAll(yearsOf(f.file(), current));
      }
    }
    // A year no file holds any more stays as it was, as a run of every year leaves it (ingest
    // replaces the years it reads): only years with records now are changed.
    changed.retainAll(now.keySet());
    SortedSet<Integer> unchanged = new TreeSet<>();
    then.keySet().stream().filter(y -> y != null && now.containsKey(y) && !changed.contains(y)).forEach(unchanged::add);
    return new SourceChange(source, true, !changed.isEmpty(), changed, unchanged, reasons);
  }

  /** Per year (null for records without one), per file, the records of that year in the file. */
  private static Map<Integer, Map<String, FileYear>> byYear(List<InputFingerprint> files) {
    Map<Integer, Map<String, FileYear>> out = new HashMap<>();
    for (InputFingerprint f : files) {
      for (FileYear fy : Objects.requireNonNull(f.yearDigests(), () -> "years of " + f.file() + " not read")) {
        out.computeIfAbsent(fy.year(), y -> new LinkedHashMap<>()).put(f.file(), fy);
      }
    }
    return out;
  }

  private static boolean equalRecords(Map<String, FileYear> a, Map<String, FileYear> b) {
    Map<String, FileYear> x = a == null ? Map.of() : a;
    Map<String, FileYear> y = b == null ? Map.of() : b;
    return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(f -> sameRecords(x.get(f), y.get(f)));
  }

  private static boolean sameRecords(FileYear a, FileYear b) {
    return a == null ? b == null : b != null && a.records() == b.records() && a.digest() == b.digest();
  }

  private static List<Integer> yearsOf(String file, List<InputFingerprint> files) {
    return files.stream().filter(f -> f.file().equals(file)).flatMap(f -> f.yearDigests().stream())
        .map(FileYear::year).filter(Objects::nonNull).toList();
  }
}
