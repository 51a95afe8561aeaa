package org.clusterscope.disclosure;

/**
 * Arithmetic modulo the Mersenne prime 2^61 − 1. The suppression works on 0/1 relation
 * matrices; eliminating them over this field is exact (no rounding tolerance decides whether a
 * cell is disclosed) and a rank over it can be lower than over the rationals only when the prime
 * divides a minor of the matrix, which sums of a few hundred thousand 0/1 columns cannot reach
 * in practice. The independent audit checks the result over the rationals.
 */
final class PrimeField {
  static final long P = (1L << 61) - 1;

  private PrimeField() {}

  static long add(long a, long b) {
    long s = a + b;
    return s >= P ? s - P : s;
  }

  static long sub(long a, long b) {
    long d = a - b;
    return d < 0 ? d + P : d;
  }

  static long mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    long r = ((hi << 3) | (lo >>> 61)) + (lo & P);
    r = (r & P) + (r >>> 61);
    return r >= P ? r - P : r;
  }

  static long inverse(long a) {
    if (a == 0) {
      throw new ArithmeticException("0 has no inverse");
    }
    long result = 1;
    long base = a;
    long e = P - 2;
    while (e > 0) {
      if ((e & 1) == 1) {
        result = mul(result, base);
      }
      base = mul(base, base);
      e >>= 1;
    }
    return result;
  }
}
