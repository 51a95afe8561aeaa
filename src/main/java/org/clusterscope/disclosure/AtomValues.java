package org.clusterscope.disclosure;

/**
 * Each atom's employment and establishments: what an attacker's lower bounds are compared with.
 *
 * @param employment per atom
 * @param establishments per atom
 */
record AtomValues(double[] employment, long[] establishments) {
  AtomValues {
    if (employment.length != establishments.length) {
      throw new IllegalArgumentException("Atom values of unequal length: " + employment.length + " employment, "
          + establishments.length + " establishments");
    }
  }

  int count() {
    return employment.length;
  }
}
