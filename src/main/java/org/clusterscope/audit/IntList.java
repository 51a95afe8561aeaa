package org.clusterscope.audit;

import java.util.Arrays;

/** A growable list of ints: the atom lists of a year's cells, without boxing millions of Integers. */
final class IntList {
  private int[] values = new int[4];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  int get(int index) {
    return values[index];
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
