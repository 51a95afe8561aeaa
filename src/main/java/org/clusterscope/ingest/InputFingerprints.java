package org.clusterscope.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Location;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.ContentHash;
import org.clusterscope.ops.FileYear;
import org.clusterscope.ops.InputFingerprint;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.YearSelection;

/**
 * The input side of an incremental run: the fingerprint of every file a source would read, the
 * records per year of files that changed (read with ingest's own reader and year rule, so the
 * digests equal those ingest records), and a source narrowed to some of its files.
 */
public final class InputFingerprints {
  private InputFingerprints() {}

  /** Whether ingest learns the source's years from its records (register, SIRENE, SBS). */
  public static boolean yearly(SourceSettings source) {
    return IngestFormat.of(source.format()).yearly();
  }

  /** Every file of every configured part of {@code source}, in reading order, without their years. */
  public static List<InputFingerprint> of(SourceSettings source, Configuration hadoop) {
    List<InputFingerprint> out = new ArrayList<>();
    for (Part part : source.format().parts()) {
      if (source.paths(part).isEmpty()) {
        continue;
      }
      for (Path file : InputFiles.list(source, part, hadoop)) {
        out.add(file(InputFingerprint.INPUT, source.name(), part.key(), file, hadoop));
      }
    }
    return out;
  }

  /** The fingerprint of one file; an unreadable one is an input error naming it. */
  public static InputFingerprint file(String kind, String source, String part, Path file, Configuration hadoop) {
    try {
      ContentHash.Stamp stamp = ContentHash.of(file, hadoop);
      return new InputFingerprint(kind, source, part, InputFiles.display(file), stamp.size(), stamp.modifiedAt(),
          stamp.hash(), null);
    } catch (IOException e) {
      throw Errors.inputUnreadable(InputFiles.display(file), e);
    }
  }

  /**
   * The records per (file, year) of some files of a yearly source: one pass of ingest's reader
   * and year rule over those files alone, every year, writing nothing.
   */
  public static List<FileYear> years(SparkSession spark, Settings settings, SourceSettings source,
      Collection<String> files) {
    SourceSettings narrowed = narrowed(source, files);
    Dataset<Row> classified = IngestStage.classify(
        IngestFormat.of(source.format()).read(spark, settings.ingest(), narrowed, Part.RECORDS),
        YearSelection.all(), settings.conform());
    return RecordOutcomes.countWithFileYears(classified, source.name(), "ingest").fileYears();
  }

  /** The source with its records part reading {@code files} only (as {@link InputFingerprint#file()} names them). */
  public static SourceSettings narrowed(SourceSettings source, Collection<String> files) {
    List<Location> locations = files.stream().map(Location::new).toList();
    return new SourceSettings(source.name(), source.format(), Map.of(Part.RECORDS, locations), source.options());
  }
}
