package org.clusterscope.spark;

/**
 * Recognises the failure of embedded Derby when another JVM holds the metastore. Hive wraps it
 * in several layers ("Unable to instantiate SessionHiveMetaStoreClient" ... "XSDB6"), so the
 * whole cause chain is searched.
 */
final class MetastoreLock {
  private MetastoreLock() {}

  static boolean isLockError(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("XSDB6") || message.contains("Another instance of Derby")) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql) {
        for (java.sql.SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
          if ("XSDB6".equals(next.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
