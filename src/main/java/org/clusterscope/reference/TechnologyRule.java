package org.clusterscope.reference;

import java.io.Serializable;
import java.util.List;

/**
 * One row of the IPC–technology concordance: codes under {@code ipc} and under none of the
 * {@code except} main groups belong to technology field {@code field}, unless a more specific
 * row matches them too.
 *
 * @param line the row's line in its file, for messages
 */
record TechnologyRule(long line, int field, String label, String sector, IpcPattern ipc, List<IpcPattern> except)
    implements Serializable {

  TechnologyRule {
    except = List.copyOf(except);
  }

  boolean matches(String code) {
    return ipc.matches(code) && except.stream().noneMatch(e -> e.matches(code));
  }
}
