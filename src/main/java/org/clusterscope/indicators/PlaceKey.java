package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.ascii;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.conv;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;

/**
 * An establishment's place (its region at every NUTS level and its NACE section, division and
 * class) as one exact 64-bit number, and the place back from that number.
 *
 * <p>A place is fixed by its finest region code, its NACE class and its section: conform derives
 * country_code, nuts1 and nuts2 as prefixes of the code ({@code RegionColumns}), accepts only
 * codes of two to five characters of 0-9 and A-Z (upper-cased, {@code NUTS_SHAPE}), writes the
 * class as NN.NN and the division as its first two digits. The key packs the code read as a
 * base-36 number (its first character is a letter, so codes of different lengths never share a
 * number), the class's four digits and the section letter. A number aggregates as a plain hash
 * aggregate, where the place's seven strings, as a struct, made Spark sort every establishment;
 * and because it decodes, the aggregate needs no table from keys back to places. The checks here
 * are only those that cost next to nothing (lengths, the section letter); a row that fails them
 * has a NULL key, and the caller counts it the exact way, through its own columns.
 */
final class PlaceKey {
  /** The place columns, in the order of silver. */
  static final List<String> COLUMNS = List.of(
      "country_code", "nuts1", "nuts2", "nuts3", "nace_section", "nace_division", "nace_class");
  private static final long CLASSES = 10_000;
  private static final long SECTIONS = 32;

  private PlaceKey() {}

  /** The key of the row's place columns; NULL where they are not a place conform writes. */
  static Column encode() {
    Column region = coalesce(col("nuts3"), col("nuts2"), col("nuts1"), col("country_code"));
    Column naceClass = col("nace_class");
    Column section = col("nace_section");
    Column checked = length(region).between(2, 5).and(length(naceClass).equalTo(5))
        .and(length(section).equalTo(1)).and(section.between("A", "Z"));
    Column classDigits = substring(naceClass, 1, 2).cast("long").multiply(100).plus(substring(naceClass, 4, 2).cast("long"));
    return when(checked, conv(region, 36, 10).cast("long").multiply(CLASSES).plus(classDigits).multiply(SECTIONS)
        .plus(ascii(section).minus((int) 'A' - 1)));
  }

  /** The {@link #COLUMNS} of the place with the key in {@code key}, named as in silver. */
  static Column[] decode(Column key) {
    Column region = conv(quotient(key, CLASSES * SECTIONS).cast("string"), 10, 36);
    Column classDigits = quotient(key, SECTIONS).mod(CLASSES);
    Column classCode = format_string("%02d.%02d", quotient(classDigits, 100).cast("int"), classDigits.mod(100).cast("int"));
    Column[] letters = new Column[26];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = lit(String.valueOf((char) ('A' + i)));
    }
    Column section = element_at(array(letters), key.mod(SECTIONS).cast("int"));
    return new Column[] {
        substring(region, 1, 2).as("country_code"), prefix(region, 3).as("nuts1"), prefix(region, 4).as("nuts2"),
        prefix(region, 5).as("nuts3"), section.as("nace_section"), substring(classCode, 1, 2).as("nace_division"),
        classCode.as("nace_class")};
  }

  /**
   * The integer quotient: the dividend less its remainder divides exactly, and every value here
   * is far below 2^53, so the division in doubles is exact.
   */
  private static Column quotient(Column dividend, long divisor) {
    return dividend.minus(dividend.mod(divisor)).divide(divisor).cast("long");
  }

  /** The code's first {@code n} characters, NULL when it is shorter (a coarser level). */
  private static Column prefix(Column region, int n) {
    return when(length(region).geq(n), substring(region, 1, n));
  }
}
