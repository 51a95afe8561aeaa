package org.clusterscope.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ingest.InputFingerprints;
import org.clusterscope.ops.ContentHash;
import org.clusterscope.ops.InputFingerprint;

/**
 * What a run reads besides the sources' files: the reference files (and files a source's options
 * name, such as SIRENE's commune correspondence), and the application's own code. A change in any
 * of them may change every table, so it makes the run full.
 */
final class RunInputs {
  static final String REFERENCE_SOURCE = "reference";
  static final String CODE_SOURCE = "clusterscope";

  private RunInputs() {}

  /** Every file of every source, then the reference files, then the code. */
  static List<InputFingerprint> all(Settings settings, Configuration hadoop) {
    List<InputFingerprint> out = new ArrayList<>();
    settings.sources().forEach(source -> out.addAll(InputFingerprints.of(source, hadoop)));
    out.addAll(reference(settings, hadoop));
    out.add(code());
    return out;
  }

  private static List<InputFingerprint> reference(Settings settings, Configuration hadoop) {
    List<InputFingerprint> out = new ArrayList<>();
    var ref = settings.reference();
    add(out, "nace", ref.nace(), hadoop);
    add(out, "nuts-regions", ref.nutsRegions(), hadoop);
    add(out, "ipc-technology", ref.ipcTechnology(), hadoop);
    add(out, "ipc-nace", ref.ipcNace(), hadoop);
    new java.util.TreeMap<>(ref.customSchemes()).forEach((name, path) ->
        add(out, "schemes." + name, Optional.of(path), hadoop));
    for (SourceSettings source : settings.sources()) {
      for (Map.Entry<String, String> option : new java.util.TreeMap<>(source.options()).entrySet()) {
        if (option.getKey().equals("commune-nuts")) {
          out.add(InputFingerprints.file(InputFingerprint.REFERENCE, source.name(), option.getKey(),
              new Path(option.getValue()), hadoop));
        }
      }
    }
    return out;
  }

  private static void add(List<InputFingerprint> out, String key, Optional<java.nio.file.Path> path, Configuration hadoop) {
    path.ifPresent(p -> out.add(InputFingerprints.file(InputFingerprint.REFERENCE, REFERENCE_SOURCE, key,
        new Path(p.toUri()), hadoop)));
  }

  /**
   * The application's code: its jar, or, when it runs from a folder of classes (tests, an IDE),
   * every file under it, hashed in name order.
   */
  static InputFingerprint code() {
    try {
      java.nio.file.Path where = java.nio.file.Path.of(
          RunInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(where)) {
        try (InputStream in = Files.newInputStream(where)) {
          return new InputFingerprint(InputFingerprint.CODE, CODE_SOURCE, "jar", where.toString(), Files.size(where),
              Files.getLastModifiedTime(where).toInstant(), ContentHash.hash(in), null);
        }
      }
      StringBuilder listing = new StringBuilder();
      long size = 0;
      Instant newest = Instant.EPOCH;
      try (Stream<java.nio.file.Path> files = Files.walk(where)) {
        for (java.nio.file.Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          try (InputStream in = Files.newInputStream(file)) {
            listing.append(where.relativize(file)).append(' ').append(ContentHash.hash(in)).append('\n');
          }
          size += Files.size(file);
          Instant modified = Files.getLastModifiedTime(file).toInstant();
          newest = modified.isAfter(newest) ? modified : newest;
        }
      }
      String hash = ContentHash.hash(new java.io.ByteArrayInputStream(
          listing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return new InputFingerprint(InputFingerprint.CODE, CODE_SOURCE, "classes", where.toString(), size, newest, hash,
          null);
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("Cannot read the application's own code to fingerprint it", e);
    }
  }
}
