package org.clusterscope.audit;

/** The two additive measures released per cell; each is audited on its own. */
enum Measure {
  EMPLOYMENT,
  ESTABLISHMENTS
}
