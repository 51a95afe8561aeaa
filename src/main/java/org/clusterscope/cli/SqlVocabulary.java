package org.clusterscope.cli;

import java.util.List;

/**
 * The words the shell completes: SQL's keywords and functions, and the catalog's databases,
 * tables and columns. Names are lower case, as the catalog keeps them. An implementation reads
 * each list when it is first asked for and keeps it, so the shell starts without reading the
 * catalog and a Tab after the first costs nothing.
 */
interface SqlVocabulary {
  List<String> keywords();

  List<String> functions();

  List<String> databases();

  /** The tables and views of {@code database}; none when it does not exist. */
  List<String> tables(String database);

  /** The columns of {@code database.table} in table order; none when it does not exist. */
  List<String> columns(String database, String table);

  /** Forgets what was read, after a statement that may have created, dropped or altered a table. */
  void refresh();
}
