package org.clusterscope.disclosure;

import java.util.Arrays;

/**
 * An immutable sparse vector over {@link PrimeField}: the atoms (finest cells) a table cell or a
 * residual of one covers, with their coefficients. Indices are strictly increasing; no stored
 * coefficient is 0.
 */
final class SparseVector {
  static final SparseVector ZERO = new SparseVector(new int[0], new long[0]);

  private final int[] indices;
  private final long[] values;

  private SparseVector(int[] indices, long[] values) {
    this.indices = indices;
    this.values = values;
  }

  /** The 0/1 vector of a table cell: the sum of its atoms. */
  static SparseVector ones(int[] sortedAtoms) {
    long[] values = new long[sortedAtoms.length];
    Arrays.fill(values, 1L);
    return new SparseVector(sortedAtoms.clone(), values);
  }

  static SparseVector of(int[] indices, long[] values) {
    return new SparseVector(indices, values);
  }

  int size() {
    return indices.length;
  }

  boolean isZero() {
    return indices.length == 0;
  }

  int index(int k) {
    return indices[k];
  }

  long value(int k) {
    return values[k];
  }

  /** The coefficient at {@code atom}, 0 where none is stored. */
  long get(int atom) {
    int k = Arrays.binarySearch(indices, atom);
    return k < 0 ? 0 : values[k];
  }

  /** The coefficients at the atoms {@code keep} holds, the others dropped. */
  SparseVector restrictedTo(java.util.BitSet keep) {
    int n = 0;
    for (int index : indices) {
      n += keep.get(index) ? 1 : 0;
    }
    if (n == indices.length) {
      return this;
    }
    int[] idx = new int[n];
    long[] val = new long[n];
    int k = 0;
    for (int i = 0; i < indices.length; i++) {
      if (keep.get(indices[i])) {
        idx[k] = indices[i];
        val[k++] = values[i];
      }
    }
    return new SparseVector(idx, val);
  }

  /** {@code this − factor · other}, merged in one pass. */
  SparseVector minus(long factor, SparseVector other) {
    int[] idx = new int[indices.length + other.indices.length];
    long[] val = new long[idx.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < indices.length || j < other.indices.length) {
      int a = i < indices.length ? indices[i] : Integer.MAX_VALUE;
      int b = j < other.indices.length ? other.indices[j] : Integer.MAX_VALUE;
      long v;
      int at;
      if (a < b) {
        at = a;
        v = values[i++];
      } else if (b < a) {
        at = b;
        v = PrimeField.sub(0, PrimeField.mul(factor, other.values[j++]));
      } else {
        at = a;
        v = PrimeField.sub(values[i++], PrimeField.mul(factor, other.values[j++]));
      }
      if (v != 0) {
        idx[n] = at;
        val[n++] = v;
      }
    }
    return new SparseVector(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
  }

  /** The same direction scaled so its first coefficient is 1: equal for proportional vectors. */
  SparseVector normalised() {
    if (isZero() || values[0] == 1) {
      return this;
    }
    long inverse = PrimeField.inverse(values[0]);
    long[] val = new long[values.length];
    for (int k = 0; k < values.length; k++) {
      val[k] = PrimeField.mul(values[k], inverse);
    }
    return new SparseVector(indices, val);
  }

  /** {@code this} scaled so the coefficient at {@code atom} (not 0) is 1. */
  SparseVector scaledToOneAt(int atom) {
    long inverse = PrimeField.inverse(get(atom));
    long[] val = new long[values.length];
    for (int k = 0; k < values.length; k++) {
      val[k] = PrimeField.mul(values[k], inverse);
    }
    return new SparseVector(indices, val);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector other && Arrays.equals(indices, other.indices)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
  }
}
