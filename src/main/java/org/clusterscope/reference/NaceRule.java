package org.clusterscope.reference;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * One row of the IPC–NACE concordance: a code under {@code ipc} gives NACE division
 * {@code division}, unless its application also has a code under one of {@code notWith} and none
 * under {@code unlessWith} (Van Looy et al. 2015, §4.2: C07C with A61K goes to 21 only, but with
 * A61K and A61K 8/* to 20 and 21).
 *
 * @param line the row's line in its file, for messages
 */
record NaceRule(long line, String division, String label, IpcPattern ipc, List<IpcPattern> notWith,
    List<IpcPattern> unlessWith) implements Serializable {

  NaceRule {
    notWith = List.copyOf(notWith);
    unlessWith = List.copyOf(unlessWith);
  }

  /** Whether this row, whose pattern matches one of the codes, gives its division to the application. */
  boolean givesDivision(Collection<String> applicationCodes) {
    return !(anyMatch(notWith, applicationCodes) && !anyMatch(unlessWith, applicationCodes));
  }

  private static boolean anyMatch(List<IpcPattern> patterns, Collection<String> codes) {
    return patterns.stream().anyMatch(p -> codes.stream().anyMatch(p::matches));
  }
}
