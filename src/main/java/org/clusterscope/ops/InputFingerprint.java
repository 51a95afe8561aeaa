package org.clusterscope.ops;

import java.time.Instant;
import java.util.List;

/**
 * One file a run read, as {@code cs_ops.input_fingerprints} records it: what identifies its
 * content (size, modification time, content hash) and, for a source whose records carry their
 * year, the records of each year in it. Two fingerprints of one file with the same content hash
 * stand for the same bytes; size and modification time are recorded for people, the hash decides.
 *
 * @param kind {@link #INPUT}, {@link #REFERENCE} or {@link #CODE}
 * @param source the configured source name, {@code reference}, or {@code clusterscope} for the code
 * @param part the source part ({@code records}, {@code inventors}, ...), or the reference key
 * @param file the file, as bronze's {@code source_file} names it
 * @param yearDigests the records per year of the file; null where the year is known only after
 *     conform (complete deliveries), for reference files and code, and for a changed file whose
 *     years are not read yet
 */
public record InputFingerprint(
    String kind, String source, String part, String file, long size, Instant modifiedAt, String contentHash,
    List<FileYear> yearDigests) {
  public static final String INPUT = "input";
  public static final String REFERENCE = "reference";
  public static final String CODE = "code";

  public InputFingerprint {
    yearDigests = yearDigests == null ? null : List.copyOf(yearDigests);
  }

  /** The same file with the records per year now known. */
  public InputFingerprint withYears(List<FileYear> years) {
    return new InputFingerprint(kind, source, part, file, size, modifiedAt, contentHash, years);
  }

  /** Whether {@code other} is the same file of the same source part (content aside). */
  public boolean sameFile(InputFingerprint other) {
    return kind.equals(other.kind) && source.equals(other.source) && part.equals(other.part) && file.equals(other.file);
  }

  /** The same file with the same content. */
  public boolean sameContent(InputFingerprint other) {
    return sameFile(other) && contentHash.equals(other.contentHash);
  }

  /** How the run record and the log name the file: {@code register records /data/r-2023.csv}. */
  public String label() {
    return source + " " + part + " " + file;
  }
}
