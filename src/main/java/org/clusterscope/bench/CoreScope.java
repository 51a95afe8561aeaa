package org.clusterscope.bench;

import java.util.List;
import org.clusterscope.errors.Errors;

/**
 * The slice of region_sector and region_profile the bench computes with both engines: one year,
 * one NUTS level, one built-in NACE scheme (whose sector code is the silver column of the same
 * name).
 */
public record CoreScope(int year, int level, String scheme) {
  static final List<String> SCHEMES = List.of("nace_section", "nace_division", "nace_class");

  public CoreScope {
    validate(level, scheme);
  }

  /** Checks the options before any work starts. */
  public static void validate(int level, String scheme) {
    if (level < 0 || level > 3) {
      throw Errors.invalidBenchOption("--level", Integer.toString(level), "a NUTS level from 0 to 3");
    }
    if (!SCHEMES.contains(scheme)) {
      throw Errors.invalidBenchOption("--scheme", scheme, "one of " + String.join(", ", SCHEMES));
    }
  }

  /** The silver column holding the region code at this level. */
  String regionColumn() {
    return switch (level) {
      case 0 -> "country_code";
      case 1 -> "nuts1";
      case 2 -> "nuts2";
      default -> "nuts3";
    };
  }

  @Override
  public String toString() {
    return year + ", NUTS " + level + ", " + scheme;
  }
}
