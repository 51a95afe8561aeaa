package org.clusterscope.generate.samples;

/**
 * One establishment of the synthetic panel. Identity, place and activity are fixed for life; the
 * size changes from year to year.
 */
final class Establishment {

  final String id;
  final String enterpriseId;
  /** The code the register writes: NUTS 3 for most, NUTS 2 or 1 when only that is known, or extra-regio. */
  final String regionCode;
  final String nace;
  final SampleSectors.Family family;
  final boolean anchor;
  /** Head count as a real number, so that small yearly growth rates accumulate; 0 means no employees. */
  double size;

  Establishment(String id, String enterpriseId, String regionCode, String nace, double size, boolean anchor) {
    this.id = id;
    this.enterpriseId = enterpriseId;
    this.regionCode = regionCode;
    this.nace = nace;
    this.family = SampleSectors.familyOf(nace);
    this.size = size;
    this.anchor = anchor;
  }

  String country() {
    return id.substring(0, 2);
  }

  int employees() {
    if (size <= 0) {
      return 0;
    }
    return (int) Math.max(1, StrictMath.round(size));
  }
}
