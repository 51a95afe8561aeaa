package org.clusterscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ops.QualityCheck;

/**
 * What a part's input files say beyond their records, as warnings for the run log and
 * {@code cs_ops.data_quality}: each entry of a configured folder that is not read (with the reason
 * from {@link InputFiles}), and each file that holds a header but no record, since a delivery
 * that reads as nothing must not pass unnoticed.
 */
final class InputNotices {
  static final String SKIPPED = "input_skipped";
  static final String HEADER_ONLY = "header_only_file";

  private InputNotices() {}

  static List<QualityCheck> of(SourceSettings source, Part part, Configuration hadoop) {
    String recordSet = source.recordSet(part);
    InputFiles.Listing listing = InputFiles.scan(source, part, hadoop);
    List<QualityCheck> notices = new ArrayList<>();
    for (InputFiles.Skipped skipped : listing.skipped()) {
      notices.add(warning(recordSet, SKIPPED, skipped.path() + " is not read: " + skipped.reason()));
    }
    for (Path file : listing.files()) {
      if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".parquet") && FirstLine.headerOnly(file, hadoop)) {
        notices.add(warning(recordSet, HEADER_ONLY, InputFiles.display(file) + " holds a header line but no record"));
      }
    }
    return notices;
  }

  private static QualityCheck warning(String recordSet, String check, String detail) {
    return new QualityCheck(recordSet, check, "warn", 1, 0, false, detail);
  }
}
