package org.clusterscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.clusterscope.config.Location;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.clusterscope.ops.QualityCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files a source reads: each file once however many configured paths reach it, gzip
 * deliveries included, and every folder entry left out named with its reason; unreadable inputs
 * are input errors (exit 3) naming the path.
 */
class InputFilesTest {
  private static final String HEADER = "establishment_id,enterprise_id,region_code,nace,employees,size_band,reference_year,status";
  private final Configuration hadoop = new Configuration();
  @TempDir Path dir;

  @Test
  void aFileReachableThroughSeveralPathsIsReadOnce() throws IOException {
    Path a = write("in/a.csv", HEADER + "\nA,A,DK011,10.11,5,,2023,active\n");
    Path b = write("in/b.csv", HEADER + "\nB,B,DK011,10.11,5,,2023,active\n");
    Path link = Files.createSymbolicLink(dir.resolve("b-link.csv"), b);
    InputFiles.Listing listing = InputFiles.scan(register(dir.resolve("in"), a, link, dir.resolve("in/../in/a.csv")),
        Part.RECORDS, hadoop);
    assertEquals(List.of(a.toRealPath(), b.toRealPath()), listing.files().stream().map(p -> Path.of(p.toUri())).toList());
    assertEquals(3, listing.skipped().size(), listing.skipped().toString());
    assertTrue(listing.skipped().stream().allMatch(s -> s.reason().startsWith("the same file as")), listing.skipped().toString());
  }

  @Test
  void gzipFilesAreReadAndEveryOtherEntryOfTheFolderIsNamedWithItsReason() throws IOException {
    write("in/a.csv", HEADER + "\nA,A,DK011,10.11,5,,2023,active\n");
    Files.write(dir.resolve("in/b.csv.gz"), gzip(HEADER + "\nB,B,DK011,10.11,5,,2023,active\n"));
    Files.createDirectories(dir.resolve("in/2024"));
    Files.createSymbolicLink(dir.resolve("in/c.csv"), dir.resolve("gone.csv"));
    write("in/notes.txt", "delivered 2024-01-05");
    write("in/.hidden.csv", "");
    write("in/_SUCCESS", "");
    InputFiles.Listing listing = InputFiles.scan(register(dir.resolve("in")), Part.RECORDS, hadoop);
    assertEquals(List.of("a.csv", "b.csv.gz"), listing.files().stream().map(p -> p.getName()).toList());
    Map<String, String> skipped = new java.util.TreeMap<>();
    listing.skipped().forEach(s -> skipped.put(Path.of(s.path()).getFileName().toString(), s.reason()));
    assertEquals(Map.of(
        "2024", "a sub-folder; list it under paths to read its files",
        "c.csv", "a symbolic link whose target does not exist",
        "notes.txt", "not a *.csv or *.parquet file"), skipped);
  }

  @Test
  void skippedEntriesAndHeaderOnlyFilesBecomeDataQualityWarnings() throws IOException {
    write("in/a.csv", HEADER + "\nA,A,DK011,10.11,5,,2023,active\n");
    write("in/header-only.csv", HEADER + "\n\n");
    Files.createDirectories(dir.resolve("in/old"));
    List<QualityCheck> notices = InputNotices.of(register(dir.resolve("in")), Part.RECORDS, hadoop);
    assertEquals(List.of(
        new QualityCheck("register", "input_skipped", "warn", 1, 0, false,
            dir.resolve("in/old") + " is not read: a sub-folder; list it under paths to read its files"),
        new QualityCheck("register", "header_only_file", "warn", 1, 0, false,
            dir.resolve("in/header-only.csv").toRealPath() + " holds a header line but no record")), notices);
  }

  @Test
  void aHeaderIsReadFromAGzipFile() throws IOException {
    Files.createDirectories(dir.resolve("in"));
    Path gz = Files.write(dir.resolve("in/b.csv.gz"), gzip("\uFEFF" + HEADER + "\nB,B,DK011,10.11,5,,2023,active\n"));
    assertEquals(HEADER, FirstLine.read(new org.apache.hadoop.fs.Path(gz.toUri()), hadoop));
  }

  @Test
  void aFileThatCannotBeReadIsAnInputErrorNamingIt() throws IOException {
    Path notGzip = write("in/broken.csv.gz", "not gzip at all");
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> FirstLine.read(new org.apache.hadoop.fs.Path(notGzip.toUri()), hadoop));
    assertEquals(ExitCode.INPUT, e.exitCode());
    assertTrue(e.getMessage().contains(notGzip.toString()), e.getMessage());
  }

  @Test
  void aLocationThatCannotBeListedIsAnInputErrorNamingIt() {
    SourceSettings source = SourceSettings.of("register", SourceFormat.REGISTER_CSV,
        List.of(new Location("nosuchfs://host/register")), Map.of());
    ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> InputFiles.list(source, Part.RECORDS, hadoop));
    assertEquals(ExitCode.INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("nosuchfs://host/register"), e.getMessage());
  }

  private static SourceSettings register(Path... paths) {
    return SourceSettings.of("register", SourceFormat.REGISTER_CSV,
        java.util.Arrays.stream(paths).map(p -> new Location(p.toString())).toList(), Map.of());
  }

  private Path write(String relative, String content) throws IOException {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, content);
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
