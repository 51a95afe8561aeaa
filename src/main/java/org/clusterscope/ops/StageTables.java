package org.clusterscope.ops;

import java.util.ArrayList;
import java.util.List;
import org.clusterscope.publish.TableSpec;

/**
 * The tables a stage reads and the tables it writes, in the order they are created.
 *
 * @param inputs tables written by an earlier stage (none for ingest, which reads files)
 * @param outputs tables the stage replaces the years or sources of
 */
public record StageTables(List<TableSpec> inputs, List<TableSpec> outputs) {

  public StageTables {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** Inputs then outputs, each table once. */
  public List<TableSpec> all() {
    List<TableSpec> all = new ArrayList<>(inputs);
    outputs.stream().filter(table -> !all.contains(table)).forEach(all::add);
    return List.copyOf(all);
  }
}
