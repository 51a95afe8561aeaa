package org.clusterscope.config;

import java.util.Arrays;
import java.util.Optional;

/** Input formats clusterscope reads (DESIGN section 3). */
public enum SourceFormat {
  /** The canonical business register CSV of DESIGN 3.1. */
  REGISTER_CSV("register-csv");

  private final String key;

  SourceFormat(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<SourceFormat> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
