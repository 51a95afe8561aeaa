package org.clusterscope.generate;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The input formats {@code generate} can write, named as in a config's {@code format}. */
public enum OutputFormat {
  REGISTER_CSV("register-csv"),
  SIRENE("sirene"),
  REGPAT("regpat"),
  CORDIS("cordis");

  private final String id;

  OutputFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** {@code register-csv,sirene} to its formats; empty when a name is unknown. */
  public static java.util.Optional<Set<OutputFormat>> parseList(String list) {
    Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
    for (String part : list.split(",", -1)) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      OutputFormat match = null;
      for (OutputFormat f : values()) {
        if (f.id.equals(name)) {
          match = f;
        }
      }
      if (match == null) {
        return java.util.Optional.empty();
      }
      formats.add(match);
    }
    return java.util.Optional.of(formats);
  }
}
